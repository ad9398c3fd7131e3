import { describe, expect, it } from "vitest";
import { overlappingRows } from "@/lib/reference/dated";
import { BLUE_CARD_CONTRACT_ROWS, blueCardContractRuleFor } from "./blue-card-contract";
import { checkCategoryRules, type CategoryRulesInput } from "./check-category-rules";
import { SALARY_THRESHOLD_ROWS, salaryPeriodOf, salaryThresholdFor } from "./salary-thresholds";

describe("salary thresholds", () => {
  it("have one row per region, category, rate and day", () => {
    expect(overlappingRows(SALARY_THRESHOLD_ROWS, (r) => `${r.region}/${r.category}/${r.variant}`)).toEqual([]);
  });

  it("are monthly in Brussels and annual elsewhere", () => {
    for (const row of SALARY_THRESHOLD_ROWS) expect(row.period, row.id).toBe(row.region === "BRUSSELS_CAPITAL_REGION" ? "MONTHLY" : "ANNUAL");
  });

  it("give the figure of the region, category and year", () => {
    expect(salaryThresholdFor("BRUSSELS_CAPITAL_REGION", "EU_BLUE_CARD", "2026-03-01")).toMatchObject({
      status: "found",
      row: { id: "salary-threshold.brussels.EU_BLUE_CARD.STANDARD.2026", amountCents: 474800, period: "MONTHLY" },
    });
    expect(salaryThresholdFor("WALLOON_REGION", "HIGHLY_SKILLED", "2025-12-31")).toMatchObject({ row: { amountCents: 5161300 } });
    expect(salaryThresholdFor("WALLOON_REGION", "HIGHLY_SKILLED", "2026-01-01")).toMatchObject({ row: { amountCents: 5322000 } });
    expect(salaryThresholdFor("FLEMISH_REGION", "EXECUTIVE", "2025-06-01")).toMatchObject({ row: { amountCents: 7825900, period: "ANNUAL" } });
  });

  it("give a reduced rate only to whom it applies, where the region has one", () => {
    expect(salaryThresholdFor("FLEMISH_REGION", "HIGHLY_SKILLED", "2025-06-01", { under30: true })).toMatchObject({ row: { variant: "UNDER_30", amountCents: 3912960 } });
    expect(salaryThresholdFor("BRUSSELS_CAPITAL_REGION", "HIGHLY_SKILLED", "2025-06-01", { under30: true })).toMatchObject({ row: { variant: "STANDARD" } });
    expect(salaryThresholdFor("WALLOON_REGION", "EU_BLUE_CARD", "2026-06-01", { juniorBlueCard: true })).toMatchObject({ row: { amountCents: 5505200 } });
    expect(salaryThresholdFor("WALLOON_REGION", "EU_BLUE_CARD", "2026-06-01", { under30: true })).toMatchObject({ row: { variant: "STANDARD" } });
  });

  it("say when a figure is unknown instead of inventing one", () => {
    expect(salaryThresholdFor("GERMAN_SPEAKING_COMMUNITY", "HIGHLY_SKILLED", "2026-03-01")).toEqual({ status: "unknown", lastKnown: undefined });
    expect(salaryThresholdFor("FLEMISH_REGION", "EU_BLUE_CARD", "2026-03-01")).toMatchObject({ status: "unknown", lastKnown: { id: "salary-threshold.flanders.EU_BLUE_CARD.STANDARD.2025" } });
    expect(salaryThresholdFor("WALLOON_REGION", "EU_BLUE_CARD", "2024-06-01")).toEqual({ status: "unknown", lastKnown: undefined });
    expect(salaryThresholdFor("BRUSSELS_CAPITAL_REGION", "SEASONAL_WORKER", "2026-03-01")).toEqual({ status: "none" });
  });
});

describe("the EU Blue Card's shortest contract", () => {
  it("is one year (seed 003), six months in Flanders from 1 May 2024", () => {
    expect(blueCardContractRuleFor("FLEMISH_REGION", "2024-04-30")?.minimumMonths).toBe(12);
    expect(blueCardContractRuleFor("FLEMISH_REGION", "2024-05-01")?.minimumMonths).toBe(6);
    expect(blueCardContractRuleFor("WALLOON_REGION", "2026-01-01")?.minimumMonths).toBe(12);
    expect(blueCardContractRuleFor("BRUSSELS_CAPITAL_REGION", "2018-12-31")).toBeUndefined();
  });

  it("has one rule per region and day", () => {
    const perRegion = BLUE_CARD_CONTRACT_ROWS.flatMap((row) => row.regions.map((region) => ({ ...row, region })));
    expect(overlappingRows(perRegion, (r) => r.region)).toEqual([]);
  });
});

describe("checkCategoryRules", () => {
  const blueCard: CategoryRulesInput = {
    region: "BRUSSELS_CAPITAL_REGION",
    category: "EU_BLUE_CARD",
    workerBirthDate: "1990-01-01",
    grossSalaryCents: 5_000_00,
    salaryPeriod: "MONTHLY",
    employmentStartDate: "2026-02-01",
    employmentEndDate: "2027-01-31",
  };
  const day = "2026-01-15";

  it("passes a Brussels Blue Card above the monthly threshold with a one-year contract, naming the rows used", () => {
    expect(checkCategoryRules(blueCard, day)).toEqual({
      problems: [],
      notices: [],
      ruleIds: ["salary-threshold.brussels.EU_BLUE_CARD.STANDARD.2026", "blue-card-contract.baseline.2019"],
    });
  });

  it("refuses a salary under the threshold, with the minimum", () => {
    expect(checkCategoryRules({ ...blueCard, grossSalaryCents: 4_747_99 }, day).problems).toEqual([
      { path: "grossSalaryCents", message: "checklist.problems.salaryBelowMonthlyThreshold", values: { minimum: 4748, year: 2026 } },
    ]);
    expect(checkCategoryRules({ ...blueCard, grossSalaryCents: 4_748_00 }, day).problems).toEqual([]);
  });

  it("asks for the salary in the region's unit", () => {
    expect(checkCategoryRules({ ...blueCard, salaryPeriod: "ANNUAL", grossSalaryCents: 70_000_00 }, day).problems).toEqual([
      { path: "salaryPeriod", message: "checklist.problems.salaryPerMonth" },
    ]);
    const walloon = { ...blueCard, region: "WALLOON_REGION" as const, salaryPeriod: "MONTHLY" as const };
    expect(checkCategoryRules(walloon, day).problems).toEqual([{ path: "salaryPeriod", message: "checklist.problems.salaryPerYear" }]);
    expect(checkCategoryRules({ ...blueCard, grossSalaryCents: null }, day).problems).toEqual([{ path: "grossSalaryCents", message: "checklist.problems.salaryRequired" }]);
  });

  it("refuses a Blue Card contract shorter than the region's minimum", () => {
    expect(checkCategoryRules({ ...blueCard, employmentEndDate: "2027-01-30" }, day).problems).toEqual([
      { path: "employmentEndDate", message: "checklist.problems.blueCardContractTooShort", values: { months: 12 } },
    ]);
    expect(checkCategoryRules({ ...blueCard, employmentEndDate: null }, day).problems).toEqual([]);
  });

  it("accepts six months in Flanders since 1 May 2024, and says the 2026 threshold is not known", () => {
    const flemish = { ...blueCard, region: "FLEMISH_REGION" as const, salaryPeriod: "ANNUAL" as const, grossSalaryCents: 10_00, employmentEndDate: "2026-07-31" };
    expect(checkCategoryRules(flemish, day)).toEqual({
      problems: [],
      notices: [{ path: "grossSalaryCents", message: "checklist.notices.noSalaryThresholdLastKnown", values: { year: 2026, lastYear: 2025, amount: 63586 } }],
      ruleIds: ["blue-card-contract.flanders.2024-05-01"],
    });
    expect(checkCategoryRules({ ...flemish, employmentEndDate: "2026-07-30" }, day).problems).toEqual([
      { path: "employmentEndDate", message: "checklist.problems.blueCardContractTooShort", values: { months: 6 } },
    ]);
  });

  it("applies the under-30 rate until the 30th birthday", () => {
    const young = { ...blueCard, region: "FLEMISH_REGION" as const, category: "HIGHLY_SKILLED" as const, salaryPeriod: "ANNUAL" as const, grossSalaryCents: 40_000_00 };
    expect(checkCategoryRules({ ...young, workerBirthDate: "1995-06-02" }, "2025-06-01").problems).toEqual([]);
    expect(checkCategoryRules({ ...young, workerBirthDate: "1995-06-01" }, "2025-06-01").problems).toEqual([
      { path: "grossSalaryCents", message: "checklist.problems.salaryBelowAnnualThreshold", values: { minimum: 48912, year: 2025 } },
    ]);
  });

  it("checks no salary in the German-speaking Community, and says so", () => {
    expect(checkCategoryRules({ ...blueCard, region: "GERMAN_SPEAKING_COMMUNITY", grossSalaryCents: 1 }, day)).toEqual({
      problems: [],
      notices: [{ path: "grossSalaryCents", message: "checklist.notices.noSalaryThreshold", values: { year: 2026 } }],
      ruleIds: ["blue-card-contract.baseline.2019"],
    });
  });

  it("has nothing to check for a category without thresholds", () => {
    expect(checkCategoryRules({ ...blueCard, category: "SEASONAL_WORKER", grossSalaryCents: null, salaryPeriod: null }, day)).toEqual({ problems: [], notices: [], ruleIds: [] });
  });
});

describe("salaryPeriodOf", () => {
  it("asks the salary in the unit each region's thresholds use", () => {
    for (const row of SALARY_THRESHOLD_ROWS) expect(salaryPeriodOf(row.region), row.id).toBe(row.period);
    expect(salaryPeriodOf(null)).toBe("ANNUAL");
  });
});
