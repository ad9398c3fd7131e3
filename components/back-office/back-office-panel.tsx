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
        <table className="mb-6 w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-3">{t("terms.kind")}</th>
              <th scope="col" className="py-2">{t("terms.lastDay")}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id} className="border-b border-slate-300">
                <td className="py-2 pr-3">{t(`termKinds.${term.kind}`)}</td>
                <td className="py-2">
                  {term.extendedUntil ? t("terms.extendedUntil", { day: day(term.extendedUntil), original: day(term.endsOn) }) : day(term.endsOn)}
                  {term.endsOnBeforeMove ? <span className="block text-sm text-slate-700">{t("terms.moved", { day: day(term.endsOnBeforeMove) })}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {kinds.length === 0 ? <p>{t("noActions")}</p> : null}
      {kinds.map((kind) => (
        <DossierActionForm key={kind} kind={kind} action={actions[kind]} applicationId={dossier.id} version={dossier.version} documentKinds={kind === "requestInformation" ? Object.values(DocumentKind) : undefined} />
      ))}
    </section>
  );
}
