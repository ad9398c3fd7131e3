import { describe, expect, it } from "vitest";
import { DocumentKind } from "@/lib/generated/prisma/enums";
import { overlappingRows } from "@/lib/reference/dated";
import type { ChecklistAnswers } from "./answers";
import { CHECKLIST_RULES, checklistFor, coveredBy, isAdultOn, missingDocuments } from "./checklist";

const day = "2026-11-29";
const answers: ChecklistAnswers = {
  workerLocation: "ABROAD",
  stayType: null,
  euLongTermResidentSeekingSecondResidence: false,
  workerBirthDate: "1990-03-15",
  category: "MEDIUM_SKILLED_SHORTAGE",
  applicationType: "FIRST",
  employmentType: "BELGIAN_EMPLOYMENT",
  regulatedProfession: false,
  feeExemptionClaimed: false,
};
const codes = (a: Partial<ChecklistAnswers>, on = day) => checklistFor({ ...answers, ...a }, on).items.map((item) => item.code);
const GENERAL = ["PASSPORT", "FEE_PAYMENT_PROOF", "CRIMINAL_RECORD", "MEDICAL_CERTIFICATE", "HEALTH_INSURANCE_PROOF", "EMPLOYER_AFFILIATION_COMMITMENT", "EMPLOYER_ID", "EMPLOYMENT_CONTRACT"];

describe("the checklist's rules", () => {
  it("name only real document kinds and have unique ids", () => {
    for (const rule of CHECKLIST_RULES) expect(Object.values(DocumentKind)).toContain(rule.document);
    expect(new Set(CHECKLIST_RULES.map((r) => r.id)).size).toBe(CHECKLIST_RULES.length);
    expect(overlappingRows(CHECKLIST_RULES, (r) => r.id)).toEqual([]);
  });
});

describe("checklistFor: the general documents (seed 001)", () => {
  it("asks every first application from abroad for the general documents", () => {
    const checklist = checklistFor(answers, day);
    expect(checklist).toMatchObject({ filingDate: day, filingAllowed: true, diplomaticPostRequired: true, inCountry: { applies: false } });
    expect(checklist.items.map((i) => i.code)).toEqual(GENERAL);
  });

  it("accepts the employer's affiliation commitment instead of the health insurance on a first application only", () => {
    const first = checklistFor(answers, day).items;
    expect(first.find((i) => i.code === "EMPLOYER_AFFILIATION_COMMITMENT")).toMatchObject({ acceptedInsteadOf: ["HEALTH_INSURANCE_PROOF"], reason: { key: "affiliationCommitment" } });
    expect(first.find((i) => i.code === "HEALTH_INSURANCE_PROOF")).toMatchObject({ acceptedInsteadOf: [], reason: { key: "healthInsuranceFirst" } });
    const renewal = checklistFor({ ...answers, applicationType: "RENEWAL" }, day).items;
    expect(renewal.map((i) => i.code)).not.toContain("EMPLOYER_AFFILIATION_COMMITMENT");
    expect(renewal.find((i) => i.code === "HEALTH_INSURANCE_PROOF")?.reason.key).toBe("healthInsuranceRenewal");
  });

  it("asks for the criminal record only once the worker's 18th birthday is before the filing day", () => {
    expect(codes({ workerBirthDate: "2008-11-28" })).toContain("CRIMINAL_RECORD");
    expect(codes({ workerBirthDate: "2008-11-29" })).not.toContain("CRIMINAL_RECORD");
    expect(codes({ workerBirthDate: "2010-01-01" })).not.toContain("CRIMINAL_RECORD");
    // Born on 29 February: 18 on 28 February of a year without one.
    expect(isAdultOn("2008-02-29", "2026-02-28")).toBe(false);
    expect(isAdultOn("2008-02-29", "2026-03-01")).toBe(true);
  });

  it("asks for the fee proof unless an exemption is claimed, with the amount, account and message format", () => {
    expect(codes({ feeExemptionClaimed: true })).not.toContain("FEE_PAYMENT_PROOF");
    const fee = (on: string) => checklistFor(answers, on).items.find((i) => i.code === "FEE_PAYMENT_PROOF");
    const account = { iban: "BE57 6792 0060 9235", bic: "PCHQBEBB" };
    expect(fee("2025-06-01")?.reason).toEqual({ key: "feeProof", values: { ...account, amount: 148 } });
    expect(fee("2024-06-01")?.reason).toEqual({ key: "feeProof", values: { ...account, amount: 144 } });
    // No verified figure for 2026: the 2025 one, saying so.
    expect(fee("2026-11-29")?.reason).toEqual({ key: "feeProofUnverified", values: { ...account, amount: 148, figureYear: 2025, year: 2026 } });
    expect(fee("2023-06-01")?.reason).toEqual({ key: "feeProofNoFigure", values: account });
  });

  it("asks for the posting certificate only on a posting, and the regulated-profession proof only for one", () => {
    expect(codes({ employmentType: "POSTING" })).toContain("POSTING_SOCIAL_SECURITY_CERTIFICATE");
    expect(codes({})).not.toContain("POSTING_SOCIAL_SECURITY_CERTIFICATE");
    expect(codes({ regulatedProfession: true })).toContain("REGULATED_PROFESSION_PROOF");
    expect(codes({})).not.toContain("REGULATED_PROFESSION_PROOF");
  });

  it("names the rows that judged the answers, the fee's figure and account included", () => {
    const { ruleIds } = checklistFor({ ...answers, workerLocation: "BELGIUM", stayType: "LEGAL_LONG_STAY" }, "2025-06-01");
    expect(ruleIds[0]).toBe("in-country.2019");
    expect(ruleIds).toContain("checklist.passport.2019");
    expect(ruleIds).toContain("fee.2025");
    expect(ruleIds).toContain("fee-account.2019");
    expect(checklistFor({ ...answers, feeExemptionClaimed: true }, "2025-06-01").ruleIds).not.toContain("fee.2025");
  });

  it("knows no rules before the combined permit", () => {
    expect(codes({}, "2018-12-31")).toEqual([]);
  });
});

describe("checklistFor: per category", () => {
  it("asks a highly skilled worker and an EU Blue Card for the diploma, with their own reasons", () => {
    expect(checklistFor({ ...answers, category: "HIGHLY_SKILLED" }, day).items.filter((i) => i.code === "DIPLOMA")).toMatchObject([
      { reason: { key: "diplomaHighlySkilled" }, ruleId: "checklist.diploma.highly-skilled.2019" },
    ]);
    expect(checklistFor({ ...answers, category: "EU_BLUE_CARD" }, day).items.filter((i) => i.code === "DIPLOMA")).toMatchObject([
      { reason: { key: "diplomaBlueCard" }, source: "EU_BLUE_CARD" },
    ]);
    expect(codes({ category: "EXECUTIVE" })).not.toContain("DIPLOMA");
  });

  it("asks a researcher for the hosting agreement and a trainee for the training agreement, instead of the contract", () => {
    const researcher = codes({ category: "RESEARCHER" });
    expect(researcher).toContain("HOSTING_AGREEMENT");
    expect(researcher).not.toContain("EMPLOYMENT_CONTRACT");
    const trainee = codes({ category: "TRAINEE" });
    expect(trainee).toContain("TRAINING_AGREEMENT");
    expect(trainee).not.toContain("EMPLOYMENT_CONTRACT");
    expect(codes({ category: "SEASONAL_WORKER" })).toContain("EMPLOYMENT_CONTRACT");
  });

  it("asks an ICT for the secondment letter and the residual category for the vacancy evidence", () => {
    expect(codes({ category: "INTRA_CORPORATE_TRANSFEREE" })).toEqual([...GENERAL, "SECONDMENT_LETTER"]);
    expect(codes({ category: "OTHER" })).toEqual([...GENERAL, "VACANCY_EVIDENCE"]);
  });
});

describe("checklistFor: from Belgium", () => {
  const inBelgium = { workerLocation: "BELGIUM" as const, stayType: "LEGAL_SHORT_STAY" as const };

  it("adds the proof of legal stay, and needs no diplomatic post", () => {
    const checklist = checklistFor({ ...answers, ...inBelgium }, day);
    expect(checklist).toMatchObject({ filingAllowed: true, diplomaticPostRequired: false, inCountry: { applies: true, allowed: true, reason: "EXEMPT_FROM_LABOUR_MARKET_TEST" } });
    expect(checklist.items.map((i) => i.code)).toEqual([...GENERAL, "LEGAL_STAY_PROOF"]);
  });

  it("lists nothing when the application cannot be filed from Belgium", () => {
    expect(checklistFor({ ...answers, ...inBelgium, stayType: "ILLEGAL_STAY" }, day)).toMatchObject({ filingAllowed: false, items: [], ruleIds: ["in-country.2019"] });
  });

  it("adds the long-term resident's permit for a second residence", () => {
    expect(codes({ ...inBelgium, category: "OTHER", euLongTermResidentSeekingSecondResidence: true })).toEqual([
      ...GENERAL,
      "VACANCY_EVIDENCE",
      "LEGAL_STAY_PROOF",
      "LONG_TERM_RESIDENT_PERMIT",
    ]);
  });
});

describe("missingDocuments", () => {
  const checklist = checklistFor(answers, day);

  it("lists the required documents not uploaded", () => {
    expect(missingDocuments(checklist, ["PASSPORT", "FEE_PAYMENT_PROOF"]).map((i) => i.code)).toEqual([
      "CRIMINAL_RECORD",
      "MEDICAL_CERTIFICATE",
      "HEALTH_INSURANCE_PROOF",
      "EMPLOYER_ID",
      "EMPLOYMENT_CONTRACT",
    ]);
  });

  it("takes an alternative for the document it replaces", () => {
    const all = ["PASSPORT", "FEE_PAYMENT_PROOF", "CRIMINAL_RECORD", "MEDICAL_CERTIFICATE", "EMPLOYER_ID", "EMPLOYMENT_CONTRACT"] as const;
    expect(missingDocuments(checklist, [...all, "EMPLOYER_AFFILIATION_COMMITMENT"])).toEqual([]);
    expect(missingDocuments(checklist, [...all, "HEALTH_INSURANCE_PROOF"])).toEqual([]);
    // Not on a renewal: there the commitment is no alternative.
    const renewal = checklistFor({ ...answers, applicationType: "RENEWAL" }, day);
    expect(missingDocuments(renewal, [...all, "EMPLOYER_AFFILIATION_COMMITMENT"]).map((i) => i.code)).toEqual(["HEALTH_INSURANCE_PROOF"]);
  });
});

describe("coveredBy", () => {
  const checklist = checklistFor(answers, day);
  const item = (code: string) => checklist.items.find((i) => i.code === code)!;

  it("names the alternative whose file stands in for an item without files, both ways", () => {
    expect(coveredBy(checklist, item("HEALTH_INSURANCE_PROOF"), ["EMPLOYER_AFFILIATION_COMMITMENT"])).toBe("EMPLOYER_AFFILIATION_COMMITMENT");
    expect(coveredBy(checklist, item("EMPLOYER_AFFILIATION_COMMITMENT"), ["HEALTH_INSURANCE_PROOF"])).toBe("HEALTH_INSURANCE_PROOF");
  });

  it("names nothing when the item has its own file or nothing stands in for it", () => {
    expect(coveredBy(checklist, item("HEALTH_INSURANCE_PROOF"), ["HEALTH_INSURANCE_PROOF", "EMPLOYER_AFFILIATION_COMMITMENT"])).toBeNull();
    expect(coveredBy(checklist, item("HEALTH_INSURANCE_PROOF"), ["PASSPORT"])).toBeNull();
    expect(coveredBy(checklist, item("PASSPORT"), ["EMPLOYER_AFFILIATION_COMMITMENT"])).toBeNull();
  });
});
