import { useLocale, useTimeZone, useTranslations } from "next-intl";
import type { DossierSummary } from "@/lib/applications/list-dossiers";
import { DossierLink } from "./dossier-link";
import { StatusTag } from "./status-tag";

/** A list of dossiers as a table; `columns` picks what this reader needs to see. */
export function DossierTable({
  dossiers,
  caption,
  showEmployer = false,
  showRegion = false,
  showNextDeadline = false,
}: {
  dossiers: DossierSummary[];
  caption: string;
  showEmployer?: boolean;
  showRegion?: boolean;
  /** For the queues: the last day of the dossier's nearest running term. */
  showNextDeadline?: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  // A queue page renders 50 rows: one formatter per date column for the whole table, not a lookup per cell.
  const submittedOn = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: useTimeZone() });
  const lastDayOn = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return (
    // Scrolls sideways on a narrow screen instead of squeezing the columns.
    <div className="overflow-x-auto">
      {/* The rows' styles (their links' too) are the table's, not each cell's: a queue page carries 50 rows twice (HTML and RSC payload). */}
      <table className="w-full border-collapse text-left [&_tbody_a]:font-semibold [&_tbody_a]:text-brand-600 [&_tbody_a]:underline [&_tbody_td]:py-2 [&_tbody_td:not(:last-child)]:pr-3 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-300">
        <caption className="mb-2 text-left text-xl font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">{t("dossierList.reference")}</th>
            <th scope="col" className="py-2 pr-3">{t("dossierList.worker")}</th>
            {showEmployer ? <th scope="col" className="py-2 pr-3">{t("dossierList.employer")}</th> : null}
            <th scope="col" className="py-2 pr-3">{t("dossierList.type")}</th>
            {showRegion ? <th scope="col" className="py-2 pr-3">{t("dossierList.region")}</th> : null}
            <th scope="col" className="py-2 pr-3">{t("dossierList.status")}</th>
            <th scope="col" className={showNextDeadline ? "py-2 pr-3" : "py-2"}>{t("dossierList.submittedAt")}</th>
            {showNextDeadline ? <th scope="col" className="py-2">{t("backOffice.queue.nextDeadline")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {dossiers.map((dossier) => (
            <tr key={dossier.id}>
              <td>
                <DossierLink dossierId={dossier.id}>{dossier.referenceNumber ?? t("dossierList.draft")}</DossierLink>
              </td>
              <td>{dossier.worker ? `${dossier.worker.givenNames} ${dossier.worker.familyName}` : "—"}</td>
              {showEmployer ? <td>{dossier.employer?.name ?? t("dossierList.ownApplication")}</td> : null}
              <td>{t(`applicationTypes.${dossier.type}`)}</td>
              {showRegion ? <td>{dossier.competentRegion ? t(`routing.regions.${dossier.competentRegion}`) : "—"}</td> : null}
              <td><StatusTag status={dossier.status} /></td>
              <td>{dossier.submittedAt ? submittedOn.format(dossier.submittedAt) : "—"}</td>
              {showNextDeadline ? <td>{dossier.nextDeadlineOn ? lastDayOn.format(dossier.nextDeadlineOn) : "—"}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
