import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { dayToDate } from "@/lib/dates";
import { DocumentKind } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import { checkFilingRules, type DossierForFilingRules } from "./filing-rules";

const day = "2026-11-29";
const GENERAL: DocumentKind[] = ["PASSPORT", "FEE_PAYMENT_PROOF", "CRIMINAL_RECORD", "MEDICAL_CERTIFICATE", "HEALTH_INSURANCE_PROOF", "EMPLOYER_ID", "EMPLOYMENT_CONTRACT"];
const uploaded = (...kinds: DocumentKind[]) => kinds.map((kind) => ({ kind }));

const dossier: DossierForFilingRules = {
  category: "HIGHLY_SKILLED",
  isRenewal: false,
  isPosting: false,
  regulatedProfession: false,
  stayType: null,
  euLongTermResidentSecondResidence: false,
  diplomaticPostCode: "NEW_DELHI",
  feeExemptionClaimed: false,
  feeExemptionGround: null,
  feeExemptionDetails: null,
  competentRegion: "BRUSSELS_CAPITAL_REGION",
  grossSalaryCents: 4_000_00n,
  salaryPeriod: "MONTHLY",
  employmentStartDate: dayToDate("2027-01-04"),
  employmentEndDate: null,
  workerResidesInBelgium: false,
  workerResidenceCountry: "IN",
  worker: { dateOfBirth: dayToDate("1990-03-15"), nationality: "IN", passportExpiresOn: dayToDate("2030-01-01") },
  documents: uploaded(...GENERAL, "DIPLOMA"),
};
const problems = (changes: Partial<DossierForFilingRules>, on = day) => checkFilingRules({ ...dossier, ...changes }, on).problems;

describe("checkFilingRules: what the submission re-checks", () => {
  it("passes a complete dossier, naming every rule that judged it", () => {
    const result = checkFilingRules(dossier, day);
    expect(result.problems).toEqual([]);
    expect(result.notices).toEqual([]);
    expect(result.appliedRuleIds).toEqual(
      expect.arrayContaining([
        "diplomatic-post-rule.2019",
        "diplomatic-post.NEW_DELHI",
        "checklist.passport.2019",
        "checklist.diploma.highly-skilled.2019",
        "fee.2025",
        "fee-account.2019",
        "salary-threshold.brussels.HIGHLY_SKILLED.STANDARD.2026",
      ]),
    );
    expect(new Set(result.appliedRuleIds).size).toBe(result.appliedRuleIds.length);
    expect(result.checklist?.items.map((i) => i.code)).toContain("DIPLOMA");
  });

  it("names each missing document, and takes the employer's commitment for the health insurance", () => {
    expect(problems({ documents: uploaded("PASSPORT", "FEE_PAYMENT_PROOF", "MEDICAL_CERTIFICATE", "EMPLOYER_ID", "EMPLOYMENT_CONTRACT") })).toEqual([
      { path: "documents.CRIMINAL_RECORD", message: "checklist.missing.CRIMINAL_RECORD" },
      { path: "documents.HEALTH_INSURANCE_PROOF", message: "checklist.missing.HEALTH_INSURANCE_PROOF_OR_ALTERNATIVE" },
      { path: "documents.DIPLOMA", message: "checklist.missing.DIPLOMA" },
    ]);
    const withCommitment = uploaded(...GENERAL.filter((k) => k !== "HEALTH_INSURANCE_PROOF"), "EMPLOYER_AFFILIATION_COMMITMENT", "DIPLOMA");
    expect(problems({ documents: withCommitment })).toEqual([]);
    expect(problems({ documents: withCommitment, isRenewal: true })).toEqual([{ path: "documents.HEALTH_INSURANCE_PROOF", message: "checklist.missing.HEALTH_INSURANCE_PROOF" }]);
  });

  it("asks the questions the checklist needs before judging the documents", () => {
    const result = checkFilingRules({ ...dossier, category: null, regulatedProfession: null, feeExemptionClaimed: null, documents: [] }, day);
    expect(result.problems).toEqual([
      { path: "category", message: "validation.categoryRequired" },
      { path: "regulatedProfession", message: "checklist.problems.regulatedProfessionRequired" },
      { path: "feeExemptionClaimed", message: "checklist.problems.feeAnswerRequired" },
    ]);
    expect(result.checklist).toBeNull();
  });

  it("refuses filing from Belgium where the in-country rule does", () => {
    const inBelgium = { workerResidesInBelgium: true, workerResidenceCountry: null, diplomaticPostCode: null, documents: uploaded(...GENERAL, "DIPLOMA", "LEGAL_STAY_PROOF") };
    expect(problems({ ...inBelgium, stayType: "LEGAL_SHORT_STAY" })).toEqual([]);
    expect(problems({ ...inBelgium, stayType: null })).toEqual([{ path: "stayType", message: "checklist.problems.stayTypeRequired" }]);
    expect(problems({ ...inBelgium, stayType: "PROCEDURE_DOCUMENT" })).toEqual([{ path: "stayType", message: "checklist.problems.notFromBelgium.PROCEDURE_DOCUMENT" }]);
    expect(problems({ ...inBelgium, stayType: "LEGAL_LONG_STAY", category: "SEASONAL_WORKER" })).toEqual([
      { path: "category", message: "checklist.problems.notFromBelgium.SEASONAL_WORKER_FROM_ABROAD" },
    ]);
    expect(problems({ ...inBelgium, stayType: "LEGAL_LONG_STAY", category: "OTHER", euLongTermResidentSecondResidence: true })).toEqual([
      { path: "documents.VACANCY_EVIDENCE", message: "checklist.missing.VACANCY_EVIDENCE" },
      { path: "documents.LONG_TERM_RESIDENT_PERMIT", message: "checklist.missing.LONG_TERM_RESIDENT_PERMIT" },
    ]);
  });

  it("wants a post open on the day that serves the country of residence, when one does", () => {
    expect(problems({ diplomaticPostCode: null })).toEqual([{ path: "diplomaticPostCode", message: "validation.diplomaticPostRequired" }]);
    expect(problems({ diplomaticPostCode: "ANKARA" })).toEqual([{ path: "diplomaticPostCode", message: "validation.diplomaticPostRequired" }]);
    expect(problems({ diplomaticPostCode: "TOKYO" })).toEqual([{ path: "diplomaticPostCode", message: "checklist.problems.diplomaticPostNotServing" }]);
    // Nepal is served from New Delhi; Chad by no post, so any open post will do.
    expect(problems({ workerResidenceCountry: "NP" })).toEqual([]);
    expect(problems({ workerResidenceCountry: "TD", diplomaticPostCode: "PARIS" })).toEqual([]);
  });

  it("checks the fee exemption's ground against the worker", () => {
    const exempt = { feeExemptionClaimed: true, documents: uploaded(...GENERAL.filter((k) => k !== "FEE_PAYMENT_PROOF"), "DIPLOMA") };
    expect(problems({ ...exempt, feeExemptionGround: "INTERNATIONAL_PROTECTION" })).toEqual([]);
    expect(problems({ ...exempt })).toEqual([{ path: "feeExemptionGround", message: "checklist.problems.feeExemptionGroundRequired" }]);
    expect(problems({ ...exempt, feeExemptionGround: "MINOR" })).toEqual([{ path: "feeExemptionGround", message: "checklist.problems.feeExemptionNotMinor" }]);
    expect(problems({ ...exempt, feeExemptionGround: "TURKISH_NATIONAL" })).toEqual([{ path: "feeExemptionGround", message: "checklist.problems.feeExemptionNotTurkish" }]);
    expect(problems({ ...exempt, feeExemptionGround: "TURKISH_NATIONAL", worker: { ...dossier.worker, nationality: "TR" } })).toEqual([]);
    expect(problems({ ...exempt, feeExemptionGround: "OTHER", feeExemptionDetails: "  " })).toEqual([
      { path: "feeExemptionDetails", message: "checklist.problems.feeExemptionDetailsRequired" },
    ]);
    // A minor (under 18 on the day) needs no criminal record either.
    const minor = { ...exempt, feeExemptionGround: "MINOR" as const, worker: { ...dossier.worker, dateOfBirth: dayToDate("2009-01-01") } };
    expect(problems({ ...minor, documents: minor.documents.filter((d) => d.kind !== "CRIMINAL_RECORD") })).toEqual([]);
  });

  it("refuses a passport expired on the day, and applies the category rules of the competent region", () => {
    expect(problems({ worker: { ...dossier.worker, passportExpiresOn: dayToDate("2026-11-28") } })).toEqual([
      { path: "worker.passportExpiresOn", message: "checklist.problems.passportExpired" },
    ]);
    expect(problems({ grossSalaryCents: 3_000_00n })).toEqual([
      { path: "grossSalaryCents", message: "checklist.problems.salaryBelowMonthlyThreshold", values: { minimum: 3703.44, year: 2026 } },
    ]);
    const flemish = checkFilingRules({ ...dossier, competentRegion: "FLEMISH_REGION", salaryPeriod: "ANNUAL" }, day);
    expect(flemish.problems).toEqual([]);
    expect(flemish.notices).toMatchObject([{ message: "checklist.notices.noSalaryThresholdLastKnown" }]);
  });

  it("has a message in every language for every problem and notice it names", async () => {
    const keys = [
      ...problems({ regulatedProfession: null, feeExemptionClaimed: null }),
      ...problems({ workerResidesInBelgium: true, worker: { ...dossier.worker, passportExpiresOn: dayToDate("2020-01-01") }, documents: [] }),
      ...checkFilingRules({ ...dossier, competentRegion: "GERMAN_SPEAKING_COMMUNITY" }, day).notices,
      ...Object.values(DocumentKind).map((kind) => ({ path: "", message: `checklist.missing.${kind}`, values: {} })),
    ];
    for (const locale of ["nl", "fr", "de", "en"] as const) {
      const messages = await loadMessages(locale);
      const t = createTranslator({ locale, messages, onError: () => {} });
      const neverRequired = new Set(["CV", "JOB_DESCRIPTION", "MANDATE", "OTHER", "EMPLOYER_AFFILIATION_COMMITMENT"]);
      for (const { message } of keys.filter((k) => !neverRequired.has(k.message.split(".").at(-1) ?? ""))) {
        expect(t.has(message as never), `${locale}: ${message}`).toBe(true);
      }
    }
  });
});
