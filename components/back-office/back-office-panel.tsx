import { useFormatter, useTranslations } from "next-intl";
import type { Actor } from "@/lib/auth/actor";
import { can, type DossierScope, type Permission } from "@/lib/auth/authorization";
import { canTransition } from "@/lib/lifecycle/lifecycle";
import type { OpenTerm } from "@/lib/applications/list-dossiers";
import { DocumentKind } from "@/lib/generated/prisma/enums";
import type { FormAction } from "@/components/forms/use-server-form";
import { DossierActionForm, type DossierActionKind } from "./dossier-action-form";

export type DossierActions = Record<DossierActionKind, FormAction>;

interface PanelDossier extends DossierScope {
  id: string;
  version: number;
  withdrawalRequestedAt: Date | null;
}

/** The acts the lifecycle allows on the dossier now and the actor may make, in the order of the procedure. */
export function availableActions(actor: Actor, dossier: PanelDossier, terms: readonly OpenTerm[]): DossierActionKind[] {
  const may = (permission: Permission) => can(actor, permission, dossier);
  const { status } = dossier;
  const available: [DossierActionKind, boolean][] = [
    ["processStop", may("dossier:process-stop") && (canTransition("processCancellation", status) || (canTransition("processWithdrawal", status) && dossier.withdrawalRequestedAt !== null))],
    ["takeIntoTreatment", may("dossier:take-into-treatment") && canTransition("takeIntoTreatment", status)],
    ["admissibility", may("dossier:decide-admissibility") && canTransition("declareAdmissible", status)],
    ["workPart", may("dossier:decide-work") && canTransition("grantWorkPart", status)],
    ["requestInformation", may("dossier:request-information") && canTransition("requestInformation", status)],
    ["extendTerm", may("dossier:extend-term") && canTransition("extendDecisionTerm", status) && terms.some((term) => term.kind === "DECISION_ON_MERITS")],
    ["residence", may("dossier:decide-residence") && canTransition("grantResidence", status)],
  ];
  return available.filter(([, allowed]) => allowed).map(([kind]) => kind);
}

/** The caseworker's side of a dossier: its running terms and the acts open to them now. */
export function BackOfficePanel({ actor, dossier, terms, actions }: { actor: Actor; dossier: PanelDossier; terms: readonly OpenTerm[]; actions: DossierActions }) {
  const t = useTranslations("backOffice");
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const kinds = availableActions(actor, dossier, terms);
  return (
    <section aria-labelledby="back-office-title" className="mb-8">
      <h2 id="back-office-title" className="mb-3 text-2xl font-semibold">
        {t("title")}
      </h2>
      <h3 className="mb-2 text-xl font-semibold">{t("terms.title")}</h3>
      {terms.length === 0 ? (
        <p className="mb-6">{t("terms.none")}</p>
      ) : (
        <ul className="mb-6 border-t border-slate-300">
          {terms.map((term) => (
            <li key={term.id} className="border-b border-slate-300 py-2">
              <span className="font-semibold">{t(`termKinds.${term.kind}`)}</span>
              {": "}
              {t("terms.lastDay", { day: term.extendedUntil ? t("terms.extendedUntil", { day: day(term.extendedUntil), original: day(term.endsOn) }) : day(term.endsOn) })}
              {term.endsOnBeforeMove ? <span className="block text-sm text-slate-700">{t("terms.moved", { day: day(term.endsOnBeforeMove) })}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {kinds.length === 0 ? <p>{t("noActions")}</p> : null}
      {kinds.map((kind) => (
        <DossierActionForm key={kind} kind={kind} action={actions[kind]} applicationId={dossier.id} version={dossier.version} documentKinds={kind === "requestInformation" ? Object.values(DocumentKind) : undefined} />
      ))}
    </section>
  );
}
