import type { IsoDay } from "@/lib/dates";
import type { PermitCategory, Region, SalaryPeriod } from "@/lib/generated/prisma/enums";
import { inForce, type Dated } from "@/lib/reference/dated";

/**
 * The minimum gross salary per region, category and year (REFERENCE.md §3). Brussels sets its
 * amounts per month (since 1 October 2024, base salary only), the other regions per year; each row
 * keeps the unit its region uses and the salary is compared in that unit (no conversion).
 *
 * Only figures REFERENCE.md gives are here. Not modelled, so no salary check (and the check says
 * so): the German-speaking Community (no figures found), Flanders from 2026 (its figures are
 * published after Statbel's data; REFERENCE.md says the 2025 figures were "still applied early
 * 2026", which is shown as the last known figure, not applied), years before 2025, the ICT
 * sub-categories (manager, specialist, trainee: the portal has one ICT category) and performing
 * artists.
 */

/** The reduced rates REFERENCE.md gives beside the standard one. */
export type ThresholdVariant =
  | "STANDARD"
  /** Flanders: under 30, nurses and teachers (80%); Wallonia: under 30. Highly skilled only. */
  | "UNDER_30"
  /** Wallonia: EU Blue Card for a worker with under 3 years of professional experience. */
  | "BLUE_CARD_JUNIOR";

export interface SalaryThresholdRow extends Dated {
  region: Region;
  category: PermitCategory;
  variant: ThresholdVariant;
  amountCents: number;
  period: SalaryPeriod;
}

type Figure = [PermitCategory, ThresholdVariant, number];

/** Rows for one region and one year, all with the same unit and source. */
function yearOf(region: Region, year: number, period: SalaryPeriod, source: string, figures: Figure[]): SalaryThresholdRow[] {
  const regionCode = { FLEMISH_REGION: "flanders", BRUSSELS_CAPITAL_REGION: "brussels", WALLOON_REGION: "wallonia", GERMAN_SPEAKING_COMMUNITY: "dg" }[region];
  return figures.map(([category, variant, amountCents]) => ({
    id: `salary-threshold.${regionCode}.${category}.${variant}.${year}`,
    validFrom: `${year}-01-01`,
    validUntil: `${year}-12-31`,
    region,
    category,
    variant,
    amountCents,
    period,
    source,
  }));
}

export const SALARY_THRESHOLD_ROWS: readonly SalaryThresholdRow[] = [
  ...yearOf("FLEMISH_REGION", 2025, "ANNUAL", "REFERENCE.md §3 [S16][S17] (Flanders 2025)", [
    ["HIGHLY_SKILLED", "STANDARD", 48_912_00],
    ["HIGHLY_SKILLED", "UNDER_30", 39_129_60],
    ["EXECUTIVE", "STANDARD", 78_259_00],
    ["EU_BLUE_CARD", "STANDARD", 63_586_00],
  ]),
  ...[2025, 2026].flatMap((year) =>
    yearOf("BRUSSELS_CAPITAL_REGION", year, "MONTHLY", "REFERENCE.md §3 [S17][S50] (Brussels 2025 = 2026, monthly base salary)", [
      ["HIGHLY_SKILLED", "STANDARD", 3_703_44],
      ["EXECUTIVE", "STANDARD", 6_647_20],
      ["EU_BLUE_CARD", "STANDARD", 4_748_00],
    ]),
  ),
  ...yearOf("WALLOON_REGION", 2025, "ANNUAL", "REFERENCE.md §3 [S16][S17] (Wallonia 2025)", [
    ["HIGHLY_SKILLED", "STANDARD", 51_613_00],
    ["HIGHLY_SKILLED", "UNDER_30", 41_290_00],
    ["EXECUTIVE", "STANDARD", 86_110_00],
    ["EU_BLUE_CARD", "STANDARD", 66_738_00],
    ["EU_BLUE_CARD", "BLUE_CARD_JUNIOR", 53_390_00],
  ]),
  ...yearOf("WALLOON_REGION", 2026, "ANNUAL", "REFERENCE.md §3 [S16][S17] (Wallonia 2026)", [
    ["HIGHLY_SKILLED", "STANDARD", 53_220_00],
    ["HIGHLY_SKILLED", "UNDER_30", 42_576_00],
    ["EXECUTIVE", "STANDARD", 88_790_00],
    ["EU_BLUE_CARD", "STANDARD", 68_815_00],
    ["EU_BLUE_CARD", "BLUE_CARD_JUNIOR", 55_052_00],
  ]),
];

/** The categories with a salary threshold in some region. */
export const CATEGORIES_WITH_SALARY_THRESHOLD: readonly PermitCategory[] = ["HIGHLY_SKILLED", "EXECUTIVE", "EU_BLUE_CARD"];

export type SalaryThreshold =
  | { status: "found"; row: SalaryThresholdRow }
  /** The category has no salary threshold at all. */
  | { status: "none" }
  /**
   * The category has thresholds, but none is known for this region and day: no check is possible.
   * `lastKnown` is the region's latest earlier figure, to show (never to apply).
   */
  | { status: "unknown"; lastKnown: SalaryThresholdRow | undefined };

/**
 * The threshold for a region, category and day. A reduced rate applies when the worker qualifies
 * for it (`under30`, `juniorBlueCard`) and the region has one; otherwise the standard rate.
 */
export function salaryThresholdFor(
  region: Region,
  category: PermitCategory,
  day: IsoDay,
  qualifies: { under30?: boolean; juniorBlueCard?: boolean } = {},
): SalaryThreshold {
  if (!CATEGORIES_WITH_SALARY_THRESHOLD.includes(category)) return { status: "none" };
  const rows = SALARY_THRESHOLD_ROWS.filter((row) => row.region === region && row.category === category);
  const current = inForce(rows, day);
  const variant = (wanted: ThresholdVariant) => current.find((row) => row.variant === wanted);
  const row =
    (qualifies.under30 ? variant("UNDER_30") : undefined) ?? (qualifies.juniorBlueCard ? variant("BLUE_CARD_JUNIOR") : undefined) ?? variant("STANDARD");
  if (row) return { status: "found", row };
  const lastKnown = rows.filter((r) => r.variant === "STANDARD" && r.validUntil !== null && r.validUntil < day).at(-1);
  return { status: "unknown", lastKnown };
}

/**
 * The unit a region sets its salary thresholds in, which the filing asks the salary in: Brussels
 * per month, the other regions per year (the rows above keep the same units).
 */
export function salaryPeriodOf(region: Region | null): SalaryPeriod {
  return region === "BRUSSELS_CAPITAL_REGION" ? "MONTHLY" : "ANNUAL";
}
