import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { NEEDS_ACTION_COUNT_MAX, PERMIT_ENDING_MONTHS, RECENT_DECISION_DAYS, type NeedsAction, type WorkspaceDossier } from "@/lib/workspace/list-workspace";
import { DossierLink } from "@/components/dossiers/dossier-link";
import { StatusTag } from "@/components/dossiers/status-tag";

/**
 * What needs the applicant's action, before the list: each kind under its heading with how many
 * there are, the most pressing first. Kinds with nothing are left out.
 */
export function NeedsActionList({ needsAction, showClient }: { needsAction: NeedsAction; showClient: boolean }) {
  const t = useTranslations("workspace");
  const format = useFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const moment = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const { informationRequests, drafts, decisions, permitsEnding } = needsAction;
  const total = informationRequests.count + drafts.count + decisions.count + permitsEnding.count;
  return (
    <section aria-labelledby="needs-action-title" className="mb-10">
      <h2 id="needs-action-title" className="mb-4 text-2xl font-bold">
        {t("needsAction.title")}
      </h2>
      {total === 0 ? <p>{t("needsAction.nothing")}</p> : null}
      <Kind id="needs-information" title={t("needsAction.informationRequests")} count={informationRequests.count} shown={informationRequests.items.length}>
        {informationRequests.items.map((request) => (
          <Item key={request.id} dossier={request.dossier} showClient={showClient} note={t("needsAction.answerBy", { day: day(request.dueOn) })} />
        ))}
      </Kind>
      <Kind id="needs-drafts" title={t("needsAction.drafts")} count={drafts.count} shown={drafts.items.length}>
        {drafts.items.map((dossier) => (
          <Item key={dossier.id} dossier={dossier} showClient={showClient} note={t("needsAction.changedOn", { day: moment(dossier.updatedAt) })} />
        ))}
      </Kind>
      <Kind id="needs-decisions" title={t("needsAction.decisions", { days: RECENT_DECISION_DAYS })} count={decisions.count} shown={decisions.items.length}>
        {decisions.items.map((decision) => (
          <Item
            key={decision.id}
            dossier={decision.dossier}
            showClient={showClient}
            note={t("needsAction.decidedOn", { decision: t("decision", { kind: t(`decisionKinds.${decision.kind}`), outcome: t(`decisionOutcomes.${decision.outcome}`) }), day: moment(decision.decidedAt) })}
          />
        ))}
      </Kind>
      <Kind id="needs-permits" title={t("needsAction.permitsEnding", { months: PERMIT_ENDING_MONTHS })} count={permitsEnding.count} shown={permitsEnding.items.length}>
        {permitsEnding.items.map((dossier) => (
          <Item key={dossier.id} dossier={dossier} showClient={showClient} note={dossier.employmentEndDate ? t("needsAction.endsOn", { day: day(dossier.employmentEndDate) }) : ""} />
        ))}
      </Kind>
    </section>
  );
}

function Kind({ id, title, count, shown, children }: { id: string; title: string; count: number; shown: number; children: ReactNode }) {
  const t = useTranslations("workspace.needsAction");
  if (count === 0) return null;
  return (
    <section aria-labelledby={id} className="mb-6">
      <h3 id={id} className="mb-2 text-xl font-semibold">
        {title} <span className="font-normal">({count > NEEDS_ACTION_COUNT_MAX ? t("countMore", { max: NEEDS_ACTION_COUNT_MAX }) : t("count", { count })})</span>
      </h3>
      {/* The items' styles are the list's, not each item's: a page carries its items twice (HTML and RSC payload). */}
      <ul className="divide-y divide-slate-300 border-y border-slate-300 [&_a]:font-semibold [&_a]:text-brand-600 [&_a]:underline [&_strong]:font-semibold [&>li]:flex [&>li]:flex-wrap [&>li]:items-baseline [&>li]:gap-x-4 [&>li]:gap-y-1 [&>li]:py-2">{children}</ul>
      {count > shown ? <p className="mt-2 text-sm">{count > NEEDS_ACTION_COUNT_MAX ? t("moreThan", { shown, max: NEEDS_ACTION_COUNT_MAX }) : t("more", { shown, count })}</p> : null}
    </section>
  );
}

function Item({ dossier, showClient, note }: { dossier: WorkspaceDossier; showClient: boolean; note: string }) {
  const t = useTranslations("dossierList");
  return (
    <li>
      <DossierLink dossierId={dossier.id}>{dossier.referenceNumber ?? t("draft")}</DossierLink>
      <span>{dossier.worker ? `${dossier.worker.givenNames} ${dossier.worker.familyName}` : "—"}</span>
      {showClient ? <span>{dossier.employer?.name}</span> : null}
      <StatusTag status={dossier.status} />
      <strong>{note}</strong>
    </li>
  );
}
