import { dateToDay, dayInBelgium } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/locales";
import { toCsv } from "./csv";
import type { WorkspaceDossier } from "./list-workspace";

/**
 * The workspace's dossiers as CSV in the reader's language: one line per dossier, the columns of
 * the page (client, reference, worker, status, region) and its dates as YYYY-MM-DD.
 */
export function workspaceCsv(dossiers: readonly WorkspaceDossier[], t: Translate): string {
  const header = ["client", "enterpriseNumber", "reference", "worker", "type", "status", "region", "submittedOn", "nextDeadline", "employmentEnds"].map((column) => t(`workspace.csv.${column}`));
  const day = (date: Date | null) => (date ? dateToDay(date) : "");
  return toCsv([
    header,
    ...dossiers.map((dossier) => [
      // The workspace lists organisations' dossiers only (scoped by employer): each has its client.
      dossier.employer?.name ?? "",
      dossier.employer?.enterpriseNumber ?? null,
      dossier.referenceNumber ?? t("dossierList.draft"),
      dossier.worker ? `${dossier.worker.givenNames} ${dossier.worker.familyName}` : "",
      t(`applicationTypes.${dossier.type}`),
      t(`statuses.${dossier.status}`),
      dossier.competentRegion ? t(`routing.regions.${dossier.competentRegion}`) : "",
      // The day in Belgium: the UTC day of a submission near midnight would be off by one.
      dossier.submittedAt ? dayInBelgium(dossier.submittedAt) : "",
      day(dossier.nextDeadlineOn),
      day(dossier.employmentEndDate),
    ]),
  ]);
}
