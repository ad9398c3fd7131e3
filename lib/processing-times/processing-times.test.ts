import { describe, expect, it } from "vitest";
import { PermitCategory } from "@/lib/generated/prisma/enums";
import { categoryGroupOf } from "./category-groups";
import { MINIMUM_DOSSIERS, processingTimePeriod, publishProcessingTimes, type MeasuredTimes } from "./processing-times";

describe("categoryGroupOf", () => {
  it("puts seed 000's highly qualified categories, and researchers, in their group, and the rest in 'other'", () => {
    const grouped = Object.fromEntries(Object.values(PermitCategory).map((category) => [category, categoryGroupOf(category)]));
    expect(grouped).toEqual({
      HIGHLY_SKILLED: "HIGHLY_QUALIFIED",
      EXECUTIVE: "HIGHLY_QUALIFIED",
      EU_BLUE_CARD: "HIGHLY_QUALIFIED",
      INTRA_CORPORATE_TRANSFEREE: "HIGHLY_QUALIFIED",
      RESEARCHER: "HIGHLY_QUALIFIED",
      TRAINEE: "HIGHLY_QUALIFIED",
      SEASONAL_WORKER: "OTHER",
      MEDIUM_SKILLED_SHORTAGE: "OTHER",
      OTHER: "OTHER",
    });
    expect(categoryGroupOf(null)).toBe("OTHER");
  });
});

describe("processingTimePeriod", () => {
  it("is the 90 days up to today, both ends included", () => {
    expect(processingTimePeriod("2026-12-01")).toEqual({ from: "2026-09-03", to: "2026-12-01" });
    expect(processingTimePeriod("2024-03-31")).toEqual({ from: "2024-01-02", to: "2024-03-31" });
  });
});

describe("publishProcessingTimes", () => {
  const period = processingTimePeriod("2026-12-01");
  const measured = (overrides: Partial<MeasuredTimes>): MeasuredTimes => ({
    region: "FLEMISH_REGION",
    group: "HIGHLY_QUALIFIED",
    milestone: "WORK_DECISION",
    dossiers: 12,
    medianDays: 27.5,
    p90Days: 41.2,
    ...overrides,
  });

  it("answers every region and group for both milestones, in a fixed order, with 0 dossiers where none were decided", () => {
    const { byMilestone } = publishProcessingTimes(period, [measured({})]);
    for (const cells of Object.values(byMilestone)) {
      expect(cells.map((cell) => `${cell.region}/${cell.group}`)).toEqual([
        "FLEMISH_REGION/HIGHLY_QUALIFIED",
        "FLEMISH_REGION/OTHER",
        "BRUSSELS_CAPITAL_REGION/HIGHLY_QUALIFIED",
        "BRUSSELS_CAPITAL_REGION/OTHER",
        "WALLOON_REGION/HIGHLY_QUALIFIED",
        "WALLOON_REGION/OTHER",
        "GERMAN_SPEAKING_COMMUNITY/HIGHLY_QUALIFIED",
        "GERMAN_SPEAKING_COMMUNITY/OTHER",
      ]);
    }
    expect(byMilestone.WORK_DECISION[1]).toEqual({ region: "FLEMISH_REGION", group: "OTHER", dossiers: 0, shown: false });
    expect(byMilestone.FINAL_DECISION[0]).toEqual({ region: "FLEMISH_REGION", group: "HIGHLY_QUALIFIED", dossiers: 0, shown: false });
  });

  it("rounds the days to whole days", () => {
    const { byMilestone } = publishProcessingTimes(period, [measured({ medianDays: 27.5, p90Days: 41.2 })]);
    expect(byMilestone.WORK_DECISION[0]).toEqual({ region: "FLEMISH_REGION", group: "HIGHLY_QUALIFIED", dossiers: 12, shown: true, medianDays: 28, p90Days: 41 });
  });

  it(`withholds the figures resting on fewer than ${MINIMUM_DOSSIERS} dossiers, and keeps their count`, () => {
    const { byMilestone } = publishProcessingTimes(period, [
      measured({ region: "WALLOON_REGION", group: "OTHER", milestone: "FINAL_DECISION", dossiers: MINIMUM_DOSSIERS - 1 }),
      measured({ region: "BRUSSELS_CAPITAL_REGION", group: "OTHER", milestone: "FINAL_DECISION", dossiers: MINIMUM_DOSSIERS, medianDays: 50, p90Days: 70 }),
    ]);
    const cell = (region: string) => byMilestone.FINAL_DECISION.find((c) => c.region === region && c.group === "OTHER");
    expect(cell("WALLOON_REGION")).toEqual({ region: "WALLOON_REGION", group: "OTHER", dossiers: 4, shown: false });
    expect(cell("BRUSSELS_CAPITAL_REGION")).toMatchObject({ shown: true, dossiers: 5, medianDays: 50, p90Days: 70 });
  });
});
