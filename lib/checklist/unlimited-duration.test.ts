import { describe, expect, it } from "vitest";
import { missingDocuments } from "./checklist";
import { mostRecentAuthorisation, unlimitedDurationChecklist, type UnlimitedDurationAnswers } from "./unlimited-duration";

const inBelgium: UnlimitedDurationAnswers = {
  workerLocation: "BELGIUM",
  workPeriods: [
    { from: "2020-03-01", to: "2022-02-28", basis: "SINGLE_PERMIT" },
    { from: "2022-03-01", to: "2025-06-30", basis: "SINGLE_PERMIT" },
  ],
  hasCurrentEmploymentContract: true,
  feeExemptionClaimed: false,
};
const codes = (answers: UnlimitedDurationAnswers, day = "2025-07-01") => unlimitedDurationChecklist(answers, day).items.map((item) => item.code);

describe("the unlimited-duration checklist (seed 002, step 2)", () => {
  it("asks a worker in Belgium for the Belgian residence permit, the payslips, the contract, the health insurance and the fee", () => {
    expect(codes(inBelgium)).toEqual(["LEGAL_STAY_PROOF", "PAYSLIPS", "EMPLOYMENT_CONTRACT", "HEALTH_INSURANCE_PROOF", "FEE_PAYMENT_PROOF"]);
  });

  it("asks a worker abroad for the foreign identity card or passport instead of the residence permit", () => {
    expect(codes({ ...inBelgium, workerLocation: "ABROAD" })).toEqual(["PASSPORT", "PAYSLIPS", "EMPLOYMENT_CONTRACT", "HEALTH_INSURANCE_PROOF", "FEE_PAYMENT_PROOF"]);
  });

  it("asks for proof of sufficient means when there is no current employment contract", () => {
    const items = codes({ ...inBelgium, hasCurrentEmploymentContract: false });
    expect(items).toContain("SUFFICIENT_MEANS_PROOF");
    expect(items).not.toContain("EMPLOYMENT_CONTRACT");
  });

  it("leaves the fee proof out when an exemption is claimed", () => {
    expect(codes({ ...inBelgium, feeExemptionClaimed: true })).not.toContain("FEE_PAYMENT_PROOF");
  });

  it("names the period of the most recent combined permit for the payslips", () => {
    const payslips = unlimitedDurationChecklist(inBelgium, "2025-07-01").items.find((item) => item.code === "PAYSLIPS");
    expect(payslips?.reason).toEqual({ key: "unlimitedPayslipsCombinedPermit", values: { from: "2022-03-01", to: "2025-06-30" } });
  });

  it("records the dated rows that judged it, the fee's figure of the year included", () => {
    const { ruleIds } = unlimitedDurationChecklist(inBelgium, "2025-07-01");
    expect(ruleIds).toContain("checklist.unlimited.payslips.2019");
    expect(ruleIds).toContain("fee.2025");
  });

  it("is satisfied by uploads of every item, and lists what is missing otherwise", () => {
    const checklist = unlimitedDurationChecklist(inBelgium, "2025-07-01");
    expect(missingDocuments(checklist, ["LEGAL_STAY_PROOF", "PAYSLIPS", "EMPLOYMENT_CONTRACT", "HEALTH_INSURANCE_PROOF", "FEE_PAYMENT_PROOF"])).toEqual([]);
    expect(missingDocuments(checklist, ["LEGAL_STAY_PROOF", "PAYSLIPS"]).map((item) => item.code)).toEqual(["EMPLOYMENT_CONTRACT", "HEALTH_INSURANCE_PROOF", "FEE_PAYMENT_PROOF"]);
  });
});

describe("the most recent work authorisation", () => {
  it("is a work card and work permit for employment that began before 1 January 2019", () => {
    expect(mostRecentAuthorisation([{ from: "2016-05-01", to: "2018-12-31", basis: "WORK_CARD" }])).toEqual({ kind: "WORK_CARD_AND_PERMIT", from: "2016-05-01", to: "2018-12-31" });
  });

  it("is a combined permit for employment from 1 January 2019", () => {
    expect(mostRecentAuthorisation([{ from: "2019-01-01", to: "2021-12-31", basis: "SINGLE_PERMIT" }])).toMatchObject({ kind: "COMBINED_PERMIT" });
  });

  it("is the one that ended last, on a tie the one that began last, leaving out periods on another basis", () => {
    expect(
      mostRecentAuthorisation([
        { from: "2018-01-01", to: "2020-12-31", basis: "WORK_CARD" },
        { from: "2020-01-01", to: "2020-12-31", basis: "SINGLE_PERMIT" },
        { from: "2021-01-01", to: "2024-12-31", basis: "POSTING" },
      ]),
    ).toEqual({ kind: "COMBINED_PERMIT", from: "2020-01-01", to: "2020-12-31" });
  });

  it("is none when no period was worked on a work card or combined permit", () => {
    expect(mostRecentAuthorisation([{ from: "2020-01-01", to: "2024-12-31", basis: "RESIDENCE_RIGHT" }])).toBeNull();
    expect(unlimitedDurationChecklist({ ...inBelgium, workPeriods: [] }, "2025-07-01").items.find((item) => item.code === "PAYSLIPS")?.reason.key).toBe("unlimitedPayslipsNoPeriod");
  });
});
