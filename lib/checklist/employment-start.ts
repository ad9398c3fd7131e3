import { addDays, addMonths, type IsoDay } from "@/lib/dates";
import type { Region } from "@/lib/generated/prisma/enums";
import { inForce, type Dated } from "@/lib/reference/dated";

/**
 * How far ahead of, and how long after, its filing an employment may start. Flanders takes a file
 * at most 4.5 months before the start (REFERENCE §4 [S38]); the other regions publish no such
 * limit, so the portal's own plausibility bound applies there: a start more than a year ahead or
 * more than a year ago is a typing mistake (9999-12-31, 0001-01-01), not an employment. The
 * filing's employment step checks the portal's bound (the competent region is not known yet); the
 * submission checks the competent region's row. Dated: a change of a bound is a new row.
 */
export interface EmploymentStartWindow extends Dated {
  /** The region whose rule this is; null = the portal's bound for every region without a rule of its own. */
  region: Region | null;
  /** The start is at most this far after the filing day: months, then days (4.5 months = 4 months 15 days). */
  ahead: { months: number; days: number };
  /** The start is at most this far before the filing day. */
  behind: { months: number; days: number };
}

export const EMPLOYMENT_START_WINDOWS: readonly EmploymentStartWindow[] = [
  {
    id: "employment-start.portal.2021",
    validFrom: "2021-05-31",
    validUntil: null,
    source: "Portal plausibility bound (issue 13): no region accepts a start more than a year away",
    region: null,
    ahead: { months: 12, days: 0 },
    behind: { months: 12, days: 0 },
  },
  {
    // The single window opened on 31 May 2021 (REFERENCE §4 [S35]); the Flemish rule is older.
    id: "employment-start.flanders.2021",
    validFrom: "2021-05-31",
    validUntil: null,
    source: "REFERENCE.md §4 [S38]: in Flanders, file at most 4.5 months before the start date",
    region: "FLEMISH_REGION",
    ahead: { months: 4, days: 15 },
    behind: { months: 12, days: 0 },
  },
];

/** The row that judges a start filed on `day` in `region` (null: before the region is known). */
export function employmentStartWindowOn(region: Region | null, day: IsoDay): EmploymentStartWindow {
  const rows = inForce(EMPLOYMENT_START_WINDOWS, day);
  const row = (region === null ? undefined : rows.find((r) => r.region === region)) ?? rows.find((r) => r.region === null);
  // The portal's row has no end: a day before it is judged by the earliest portal row.
  return row ?? EMPLOYMENT_START_WINDOWS.find((r) => r.region === null)!;
}

export interface EmploymentStartProblem {
  message: "validation.employmentStartTooEarly" | "validation.employmentStartTooLate";
  values: { earliest: IsoDay } | { latest: IsoDay };
}

/** Whether an employment starting on `start` may be filed on `day`; the problem with the day to respect, or null. */
export function checkEmploymentStart(start: IsoDay, region: Region | null, day: IsoDay): { problem: EmploymentStartProblem | null; ruleId: string } {
  const row = employmentStartWindowOn(region, day);
  const earliest = addDays(addMonths(day, -row.behind.months), -row.behind.days);
  const latest = addDays(addMonths(day, row.ahead.months), row.ahead.days);
  if (start < earliest) return { problem: { message: "validation.employmentStartTooEarly", values: { earliest } }, ruleId: row.id };
  if (start > latest) return { problem: { message: "validation.employmentStartTooLate", values: { latest } }, ruleId: row.id };
  return { problem: null, ruleId: row.id };
}
