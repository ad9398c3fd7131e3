import { describe, expect, it } from "vitest";
import { overlappingRows } from "@/lib/reference/dated";
import { assessUnlimitedDurationEligibility, ELIGIBILITY_RULE_SET, type EligibilityRuleSet } from "./assess-eligibility";
import type { EligibilityRequest, IncapacityPeriod, WorkPeriod } from "./eligibility-request";
import { CATEGORY_RULES, INCAPACITY_RULES, WORK_BASES, WORK_BASIS_RULES, type WorkBasis } from "./eligibility-rules";

/** Seed 002's counting rules, case by case (issue 12, "Done when"). */

const APPLICATION = "2026-06-15";

const work = (from: string, to: string, basis: WorkBasis = "SINGLE_PERMIT", incapacityPeriods: IncapacityPeriod[] = []): WorkPeriod => ({ from, to, basis, incapacityPeriods });
const incapacity = (from: string, to: string, cause: IncapacityPeriod["cause"] = "ILLNESS", startedDuringRegularEmploymentByEmployerEstablishedInBelgium = true): IncapacityPeriod => ({
  from,
  to,
  cause,
  startedDuringRegularEmploymentByEmployerEstablishedInBelgium,
});
const assess = (workPeriods: WorkPeriod[], answers: Partial<EligibilityRequest> = {}) =>
  assessUnlimitedDurationEligibility({ applicationDate: APPLICATION, legalResidenceInBelgium: true, euLongTermResidentInOtherMemberState: false, workPeriods, ...answers });

describe("[ELIGIBILITY] the windows and the work needed: calendar spans ending on the application date", () => {
  it("category 1: 5 years ending on the application date, 4 years of work needed (1461 days with one leap day)", () => {
    const { category1 } = assess([]);
    expect(category1).toEqual({
      ruleId: "unlimited-duration.category-1.2019",
      windowFrom: "2021-06-16",
      windowTo: "2026-06-15",
      countedDays: 0,
      requiredDays: 1461,
      met: false,
      unmetConditions: ["NOT_ENOUGH_WORK_IN_WINDOW"],
    });
  });

  it("category 2: 18 months ending on the application date, 12 months of work needed (365 days)", () => {
    const { category2 } = assess([], { euLongTermResidentInOtherMemberState: true });
    expect(category2).toMatchObject({ ruleId: "unlimited-duration.category-2.2019", windowFrom: "2024-12-16", windowTo: "2026-06-15", requiredDays: 365 });
  });

  it("category 1 is met by exactly 4 years of work ending on the application date, and not by one day less", () => {
    const exactly = assess([work("2022-06-16", "2026-06-15")]);
    expect(exactly.category1).toMatchObject({ countedDays: 1461, requiredDays: 1461, met: true, unmetConditions: [] });
    expect(exactly).toMatchObject({ eligible: true, categoriesMet: [1] });
    const short = assess([work("2022-06-17", "2026-06-15")]);
    expect(short.category1).toMatchObject({ countedDays: 1460, met: false, unmetConditions: ["NOT_ENOUGH_WORK_IN_WINDOW"] });
    expect(short).toMatchObject({ eligible: false, categoriesMet: [] });
  });

  it("4 years of work anywhere in the 5-year window are enough, with a gap", () => {
    // 2021-06-16 … 2023-06-15 is 730 days; 2024-06-16 … 2026-06-15 is 730 days; one more day is needed.
    expect(assess([work("2021-06-16", "2023-06-15"), work("2024-06-16", "2026-06-15")]).category1).toMatchObject({ countedDays: 1460, met: false });
    expect(assess([work("2021-06-16", "2023-06-16"), work("2024-06-16", "2026-06-15")]).category1).toMatchObject({ countedDays: 1461, met: true });
  });

  it("counts only the days inside the window: work before it and after the application date is cut off", () => {
    const { category1, category2 } = assess([work("2019-03-01", "2021-06-20"), work("2026-06-10", "2026-06-30")]);
    // 2021-06-16 … 2021-06-20 (5 days) and 2026-06-10 … 2026-06-15 (6 days).
    expect(category1.countedDays).toBe(11);
    expect(category2.countedDays).toBe(6);
  });
});

describe("[ELIGIBILITY] both ends of a period count, and a day covered by several periods counts once", () => {
  it("a one-day period is one day; the first and the last day of a period both count", () => {
    expect(assess([work("2026-06-15", "2026-06-15")]).category1.countedDays).toBe(1);
    expect(assess([work("2026-06-01", "2026-06-10")]).category1.countedDays).toBe(10);
  });

  it("overlapping periods (two jobs at once) count their shared days once", () => {
    expect(assess([work("2026-01-01", "2026-01-31"), work("2026-01-15", "2026-02-14", "WORK_CARD")]).category1.countedDays).toBe(45);
    expect(assess([work("2026-01-01", "2026-01-31"), work("2026-01-10", "2026-01-20")]).category1.countedDays).toBe(31);
  });

  it("adjoining periods count every day once", () => {
    expect(assess([work("2026-01-01", "2026-01-31"), work("2026-02-01", "2026-02-28")]).category1.countedDays).toBe(59);
  });
});

describe("[ELIGIBILITY] what counts as work: work cards and combined permits only", () => {
  it("counts work on a work card (before 2019) and on a combined permit alike", () => {
    const answer = assess([work("2017-06-16", "2018-12-31", "WORK_CARD"), work("2019-01-01", "2022-06-15", "SINGLE_PERMIT")], { applicationDate: "2022-06-15" });
    // The whole window: 5 years holding one leap day (2020).
    expect(answer.category1).toMatchObject({ windowFrom: "2017-06-16", countedDays: 1826, requiredDays: 1461, met: true });
    expect(answer.excludedPeriods).toEqual([]);
  });

  const excluded: [WorkBasis, string][] = [
    ["POSTING", "POSTED_STILL_BOUND_TO_FOREIGN_EMPLOYER"],
    ["AU_PAIR", "WORKED_WITHOUT_EMPLOYMENT_CONTRACT"],
    ["TRAINEE_NO_CONTRACT", "WORKED_WITHOUT_EMPLOYMENT_CONTRACT"],
    ["RESIDENCE_RIGHT", "RIGHT_TO_WORK_CAME_FROM_RESIDENCE_STATUS"],
  ];
  for (const [basis, reason] of excluded) {
    it(`leaves out work as ${basis}, with the seed's reason ${reason}`, () => {
      const answer = assess([work("2026-01-01", "2026-03-31"), work("2021-01-01", "2026-06-15", basis)], { euLongTermResidentInOtherMemberState: true });
      expect(answer.category1.countedDays).toBe(90);
      expect(answer.category2.countedDays).toBe(90);
      expect(answer.excludedPeriods).toEqual([
        { workPeriod: 1, incapacityPeriod: null, from: "2021-01-01", to: "2026-06-15", basis, reason, ruleId: `unlimited-duration.basis.${basis}.2019` },
      ]);
      expect(answer.eligible).toBe(false);
    });
  }

  it("an excluded period takes nothing away from a counting period over the same days", () => {
    expect(assess([work("2026-01-01", "2026-01-31"), work("2026-01-01", "2026-01-31", "POSTING")]).category1.countedDays).toBe(31);
  });
});

describe("[ELIGIBILITY] incapacity for work during employment", () => {
  for (const cause of ["ILLNESS", "OCCUPATIONAL_DISEASE", "WORK_ACCIDENT"] as const) {
    it(`counts as work when caused by ${cause} and begun during regular employment by an employer established in Belgium`, () => {
      const answer = assess([work("2022-06-16", "2026-06-15", "SINGLE_PERMIT", [incapacity("2024-01-01", "2024-12-31", cause, true)])]);
      expect(answer.category1).toMatchObject({ countedDays: 1461, met: true });
      expect(answer.excludedPeriods).toEqual([]);
    });
  }

  it("does not count when it did not begin during regular employment by an employer established in Belgium: its days, both ends included, are left out", () => {
    const answer = assess([work("2022-06-16", "2026-06-15", "SINGLE_PERMIT", [incapacity("2024-01-01", "2024-01-10", "WORK_ACCIDENT", false)])]);
    expect(answer.category1).toMatchObject({ countedDays: 1451, met: false, unmetConditions: ["NOT_ENOUGH_WORK_IN_WINDOW"] });
    expect(answer.excludedPeriods).toEqual([
      {
        workPeriod: 0,
        incapacityPeriod: 0,
        from: "2024-01-01",
        to: "2024-01-10",
        basis: "SINGLE_PERMIT",
        reason: "INCAPACITY_NOT_BEGUN_DURING_REGULAR_EMPLOYMENT_BY_EMPLOYER_IN_BELGIUM",
        ruleId: "unlimited-duration.incapacity.2019",
      },
    ]);
  });

  it("leaves out only the days of an incapacity that does not count, at the edges of its period as well", () => {
    const answer = assess([work("2026-01-01", "2026-01-31", "WORK_CARD", [incapacity("2026-01-01", "2026-01-02", "ILLNESS", false), incapacity("2026-01-31", "2026-01-31", "ILLNESS", false)])]);
    expect(answer.category1.countedDays).toBe(28);
    expect(answer.excludedPeriods.map((period) => period.incapacityPeriod)).toEqual([0, 1]);
  });

  it("counts the days of an incapacity that does not count when another counting period covers them", () => {
    const answer = assess([work("2026-01-01", "2026-01-31", "SINGLE_PERMIT", [incapacity("2026-01-10", "2026-01-19", "ILLNESS", false)]), work("2026-01-15", "2026-01-31")]);
    // 1–9 and 15–31 January (26 days): the 10th to the 14th are not worked.
    expect(answer.category1.countedDays).toBe(26);
  });

  it("overlapping incapacities that do not count take their days away once", () => {
    expect(assess([work("2026-01-01", "2026-01-31", "SINGLE_PERMIT", [incapacity("2026-01-05", "2026-01-14", "ILLNESS", false), incapacity("2026-01-10", "2026-01-19", "ILLNESS", false)])]).category1.countedDays).toBe(16);
  });

  it("an incapacity inside an excluded period is left out with its period, not on its own", () => {
    const answer = assess([work("2026-01-01", "2026-01-31", "POSTING", [incapacity("2026-01-05", "2026-01-10")])]);
    expect(answer.category1.countedDays).toBe(0);
    expect(answer.excludedPeriods).toMatchObject([{ workPeriod: 0, incapacityPeriod: null, reason: "POSTED_STILL_BOUND_TO_FOREIGN_EMPLOYER" }]);
  });
});

describe("[ELIGIBILITY] legal residence and EU long-term resident status", () => {
  const fourYears = [work("2022-06-16", "2026-06-15")];

  it("category 1 needs legal residence in Belgium, whatever the work", () => {
    const answer = assess(fourYears, { legalResidenceInBelgium: false });
    expect(answer.category1).toMatchObject({ countedDays: 1461, met: false, unmetConditions: ["LEGAL_RESIDENCE_IN_BELGIUM"] });
    expect(answer.eligible).toBe(false);
  });

  it("category 2 needs EU long-term resident status in another member state and legal residence in Belgium", () => {
    expect(assess(fourYears).category2).toMatchObject({ countedDays: 547, met: false, unmetConditions: ["EU_LONG_TERM_RESIDENT_IN_OTHER_MEMBER_STATE"] });
    expect(assess(fourYears, { euLongTermResidentInOtherMemberState: true, legalResidenceInBelgium: false }).category2).toMatchObject({
      met: false,
      unmetConditions: ["LEGAL_RESIDENCE_IN_BELGIUM"],
    });
    expect(assess([], { legalResidenceInBelgium: false }).category2.unmetConditions).toEqual([
      "EU_LONG_TERM_RESIDENT_IN_OTHER_MEMBER_STATE",
      "LEGAL_RESIDENCE_IN_BELGIUM",
      "NOT_ENOUGH_WORK_IN_WINDOW",
    ]);
  });

  it("category 2 is met by 12 months of work in the 18 months, where category 1 is not", () => {
    const answer = assess([work("2025-06-16", "2026-06-15")], { euLongTermResidentInOtherMemberState: true });
    expect(answer.category2).toMatchObject({ countedDays: 365, requiredDays: 365, met: true, unmetConditions: [] });
    expect(answer.category1.met).toBe(false);
    expect(answer).toMatchObject({ eligible: true, categoriesMet: [2] });
    expect(assess([work("2025-06-17", "2026-06-15")], { euLongTermResidentInOtherMemberState: true }).category2).toMatchObject({ countedDays: 364, met: false });
  });

  it("category 2 also counts only work cards and combined permits (the seed says so; DOMAIN.md does not)", () => {
    const answer = assess([work("2025-01-01", "2026-06-15", "RESIDENCE_RIGHT")], { euLongTermResidentInOtherMemberState: true });
    expect(answer.category2).toMatchObject({ countedDays: 0, met: false });
  });

  it("both categories met: eligible under each", () => {
    expect(assess([work("2021-06-16", "2026-06-15")], { euLongTermResidentInOtherMemberState: true })).toMatchObject({ eligible: true, categoriesMet: [1, 2] });
  });
});

describe("[ELIGIBILITY] a leap day", () => {
  it("12 months ending on 1 March 2028 hold 29 February: 366 days are needed, and 365 are not enough", () => {
    const at = (workPeriods: WorkPeriod[]) => assess(workPeriods, { applicationDate: "2028-03-01", euLongTermResidentInOtherMemberState: true }).category2;
    expect(at([])).toMatchObject({ windowFrom: "2026-09-02", windowTo: "2028-03-01", requiredDays: 366 });
    expect(at([work("2027-03-02", "2028-03-01")])).toMatchObject({ countedDays: 366, met: true });
    expect(at([work("2027-03-03", "2028-03-01")])).toMatchObject({ countedDays: 365, met: false });
  });

  it("29 February counts as a day of work", () => {
    expect(assess([work("2024-02-28", "2024-03-01")]).category1.countedDays).toBe(3);
    expect(assess([work("2025-02-28", "2025-03-01")]).category1.countedDays).toBe(2);
  });

  it("an application on 29 February: windows start the day after 28 February, 5 years and 18 months back; its 12 months hold it (366 days)", () => {
    const answer = assessUnlimitedDurationEligibility({ applicationDate: "2024-02-29", legalResidenceInBelgium: true, euLongTermResidentInOtherMemberState: true, workPeriods: [] });
    expect(answer.category1).toMatchObject({ windowFrom: "2019-03-01", windowTo: "2024-02-29", requiredDays: 1461 });
    expect(answer.category2).toMatchObject({ windowFrom: "2022-08-30", windowTo: "2024-02-29", requiredDays: 366 });
  });
});

describe("[ELIGIBILITY] dated rules", () => {
  it("have one row per key and day, and a rule for every basis", () => {
    expect(overlappingRows(CATEGORY_RULES, (row) => String(row.category))).toEqual([]);
    expect(overlappingRows(WORK_BASIS_RULES, (row) => row.basis)).toEqual([]);
    expect(overlappingRows(INCAPACITY_RULES, () => "incapacity")).toEqual([]);
    for (const basis of WORK_BASES) expect(WORK_BASIS_RULES.some((row) => row.basis === basis), basis).toBe(true);
  });

  it("judge an application by the rows in force on its date", () => {
    const later = { ...CATEGORY_RULES[0]!, id: "category-1.later", validFrom: "2026-07-01", requiredMonths: 36 };
    const rules: EligibilityRuleSet = { ...ELIGIBILITY_RULE_SET, categories: [{ ...CATEGORY_RULES[0]!, validUntil: "2026-06-30" }, later, CATEGORY_RULES[1]!] };
    const threeYears = [work("2023-06-16", "2026-07-15")];
    const base = { legalResidenceInBelgium: true, euLongTermResidentInOtherMemberState: false, workPeriods: threeYears };
    expect(assessUnlimitedDurationEligibility({ ...base, applicationDate: "2026-06-30" }, rules).category1).toMatchObject({ ruleId: "unlimited-duration.category-1.2019", met: false });
    expect(assessUnlimitedDurationEligibility({ ...base, applicationDate: "2026-07-15" }, rules).category1).toMatchObject({ ruleId: "category-1.later", requiredDays: 1096, met: true });
  });
});
