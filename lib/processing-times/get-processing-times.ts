import type { IsoDay } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { HIGHLY_QUALIFIED_CATEGORIES } from "./category-groups";
import { processingTimePeriod, publishProcessingTimes, type MeasuredTimes, type ProcessingTimes } from "./processing-times";

/**
 * The public processing times (issue 10, item 9): for the dossiers whose work decision (Decision
 * WORK_PART) or final decision (Decision RESIDENCE) fell in the 90 days up to `today`, the median
 * and 90th percentile of the calendar days from submission to that decision, per competent region
 * and category group. Days are Belgian calendar days. A dossier counts once per milestone, with
 * its first decision of that kind (a later one, e.g. after an appeal, would measure the appeal).
 * Public and anonymous: only counts and percentiles leave the database.
 */
export async function getProcessingTimes({ today }: { today: IsoDay }): Promise<ProcessingTimes> {
  const period = processingTimePeriod(today);
  // Timestamps are stored in UTC without a zone: read them as UTC, then as Belgian days.
  const rows = await getDb().$queryRaw<MeasuredTimes[]>`
    WITH first_decision AS (
      SELECT "applicationId", "kind", min("decidedAt") AS "decidedAt"
      FROM "Decision"
      WHERE "kind" IN ('WORK_PART', 'RESIDENCE')
      GROUP BY "applicationId", "kind"
    ),
    measured AS (
      SELECT
        a."competentRegion" AS region,
        CASE WHEN a."category"::text = ANY(${HIGHLY_QUALIFIED_CATEGORIES}::text[]) THEN 'HIGHLY_QUALIFIED' ELSE 'OTHER' END AS "group",
        CASE WHEN d."kind" = 'WORK_PART' THEN 'WORK_DECISION' ELSE 'FINAL_DECISION' END AS milestone,
        ((d."decidedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Brussels')::date
          - ((a."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Brussels')::date AS days
      FROM first_decision d
      JOIN "Application" a ON a."id" = d."applicationId"
      WHERE a."submittedAt" IS NOT NULL
        AND a."competentRegion" IS NOT NULL
        AND ((d."decidedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Brussels')::date BETWEEN ${period.from}::date AND ${period.to}::date
    )
    SELECT region::text AS region, "group", milestone,
      count(*)::int AS dossiers,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS "medianDays",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS "p90Days"
    FROM measured
    GROUP BY region, "group", milestone`;
  return publishProcessingTimes(period, rows);
}
