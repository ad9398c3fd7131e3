import { addDays, type IsoDay } from "@/lib/dates";
import type { Region } from "@/lib/generated/prisma/enums";
import { categoryGroups, type CategoryGroup } from "./category-groups";

/** The days that count: decisions taken in the last 90 days, today included. */
export const PERIOD_DAYS = 90;

/** A figure resting on fewer dossiers is not published: too few to mean anything, and close to one person's case. */
export const MINIMUM_DOSSIERS = 5;

/** From submission to the region's decision on the work part, or to the Immigration Office's final decision. */
export const milestones = ["WORK_DECISION", "FINAL_DECISION"] as const;
export type Milestone = (typeof milestones)[number];

export const regions: readonly Region[] = ["FLEMISH_REGION", "BRUSSELS_CAPITAL_REGION", "WALLOON_REGION", "GERMAN_SPEAKING_COMMUNITY"];

export interface ProcessingTimePeriod {
  from: IsoDay;
  to: IsoDay;
}

export function processingTimePeriod(today: IsoDay): ProcessingTimePeriod {
  return { from: addDays(today, -(PERIOD_DAYS - 1)), to: today };
}

/** One group of decided dossiers as the database measured it: days are calendar days, percentiles interpolated. */
export interface MeasuredTimes {
  region: Region;
  group: CategoryGroup;
  milestone: Milestone;
  dossiers: number;
  medianDays: number;
  p90Days: number;
}

/** One cell of the published table: the figures, or why there are none. */
export type ProcessingTime =
  | { region: Region; group: CategoryGroup; dossiers: number; shown: true; medianDays: number; p90Days: number }
  | { region: Region; group: CategoryGroup; dossiers: number; shown: false };

export interface ProcessingTimes {
  period: ProcessingTimePeriod;
  byMilestone: Record<Milestone, ProcessingTime[]>;
}

/**
 * Every region × group for each milestone, in a fixed order (a group without decisions shows as
 * 0 dossiers rather than disappearing), with the figures of a group resting on fewer than
 * MINIMUM_DOSSIERS dossiers withheld, and days rounded to whole days.
 */
export function publishProcessingTimes(period: ProcessingTimePeriod, measured: readonly MeasuredTimes[]): ProcessingTimes {
  const cells = (milestone: Milestone): ProcessingTime[] =>
    regions.flatMap((region) =>
      categoryGroups.map((group): ProcessingTime => {
        const row = measured.find((m) => m.milestone === milestone && m.region === region && m.group === group);
        if (!row || row.dossiers < MINIMUM_DOSSIERS) return { region, group, dossiers: row?.dossiers ?? 0, shown: false };
        return { region, group, dossiers: row.dossiers, shown: true, medianDays: Math.round(row.medianDays), p90Days: Math.round(row.p90Days) };
      }),
    );
  return { period, byMilestone: { WORK_DECISION: cells("WORK_DECISION"), FINAL_DECISION: cells("FINAL_DECISION") } };
}
