import { describe, expect, it } from "vitest";
import { personFilingReadiness, personTaskList, type PersonDraft } from "./person-filing";
import { personFixHref, stepAfter } from "./steps";
import type { DocumentKind } from "@/lib/generated/prisma/enums";

const ON = "2026-06-15";
const answers = {
  legalResidenceInBelgium: true,
  euLongTermResidentInOtherMemberState: false,
  workPeriods: [{ from: "2021-01-01", to: "2026-05-31", basis: "SINGLE_PERMIT", incapacityPeriods: [] }],
  hasCurrentEmploymentContract: true,
};
const complete: PersonDraft = {
  eligibilityAnswers: answers,
  workerResidesInBelgium: true,
  workerResidencePostalCode: "4000",
  worker: { givenNames: "Amina", familyName: "Haddad", dateOfBirth: new Date("1990-04-12T00:00:00Z"), nationality: "MA", passportNumber: "MA1234567", passportExpiresOn: new Date("2030-01-01T00:00:00Z"), email: null },
  feeExemptionClaimed: false,
  feeExemptionGround: null,
  feeExemptionDetails: null,
};
const empty: PersonDraft = { eligibilityAnswers: null, workerResidesInBelgium: null, workerResidencePostalCode: null, worker: null, feeExemptionClaimed: null, feeExemptionGround: null, feeExemptionDetails: null };
const allDocuments = (["LEGAL_STAY_PROOF", "PAYSLIPS", "EMPLOYMENT_CONTRACT", "HEALTH_INSURANCE_PROOF", "FEE_PAYMENT_PROOF"] as const satisfies readonly DocumentKind[]).map((kind) => ({ kind }));

describe("the person's task list", () => {
  it("starts with eligibility and identity open, the fee waiting for the identity, the documents and check for all", () => {
    expect(personTaskList(empty, [], ON)).toEqual([
      { step: "eligibility", status: "NOT_STARTED" },
      { step: "identity", status: "NOT_STARTED" },
      { step: "fee", status: "CANNOT_START_YET" },
      { step: "documents", status: "CANNOT_START_YET" },
      { step: "check", status: "CANNOT_START_YET" },
    ]);
  });

  it("shows answers carried from the calculator, without the contract question, as in progress", () => {
    const { hasCurrentEmploymentContract: _, ...carried } = answers;
    expect(personTaskList({ ...empty, eligibilityAnswers: carried }, [], ON)[0]).toEqual({ step: "eligibility", status: "IN_PROGRESS" });
  });

  it("completes the documents once every item of the unlimited-duration checklist is uploaded", () => {
    expect(personTaskList(complete, allDocuments.slice(0, 2), ON).find((task) => task.step === "documents")?.status).toBe("IN_PROGRESS");
    expect(personTaskList(complete, allDocuments, ON).find((task) => task.step === "documents")?.status).toBe("COMPLETED");
  });

  it("goes from one saved step to the next of its own filing", () => {
    expect(stepAfter("eligibility", "PERSON")).toBe("identity");
    expect(stepAfter("fee", "PERSON")).toBe("documents");
    expect(stepAfter("fee", "ORGANISATION")).toBe("documents");
    expect(stepAfter("residence", "ORGANISATION")).toBe("worker");
  });
});

describe("what stands between a person's draft and its submission", () => {
  it("is nothing for an eligible, complete draft, judged by the dated rows it records", () => {
    const readiness = personFilingReadiness(complete, allDocuments, ON);
    expect(readiness.problems).toEqual([]);
    expect(readiness.eligibility?.categoriesMet).toEqual([1]);
    expect(readiness.appliedRuleIds).toEqual(expect.arrayContaining(["unlimited-duration.category-1.2019", "checklist.unlimited.residence-permit.2019"]));
  });

  it("is the steps not completed, first", () => {
    expect(personFilingReadiness(empty, [], ON).problems.map((problem) => problem.path)).toEqual(["steps.eligibility", "steps.identity", "steps.fee"]);
  });

  it("is each category's reason when the calculator says the person is not eligible on the day", () => {
    const twoYears = { ...answers, workPeriods: [{ from: "2024-06-01", to: "2026-05-31", basis: "SINGLE_PERMIT", incapacityPeriods: [] }] };
    const { problems } = personFilingReadiness({ ...complete, eligibilityAnswers: twoYears }, allDocuments, ON);
    expect(problems).toEqual([
      { path: "eligibility.category1", message: "filing.notEligible.NOT_ENOUGH_WORK_IN_WINDOW", values: expect.objectContaining({ category: "1", windowTo: ON, requiredDays: expect.any(Number) }) },
      { path: "eligibility.category2", message: "filing.notEligible.EU_LONG_TERM_RESIDENT_IN_OTHER_MEMBER_STATE", values: expect.objectContaining({ category: "2" }) },
    ]);
  });

  it("counts periods on a basis the seed leaves out as not worked: a posting does not make one eligible", () => {
    const posted = { ...answers, workPeriods: [{ ...answers.workPeriods[0]!, basis: "POSTING" }] };
    expect(personFilingReadiness({ ...complete, eligibilityAnswers: posted }, allDocuments, ON).eligibility?.eligible).toBe(false);
  });

  it("is each missing document, at its item", () => {
    expect(personFilingReadiness(complete, allDocuments.slice(1), ON).problems).toEqual([{ path: "documents.LEGAL_STAY_PROOF", message: "checklist.missing.LEGAL_STAY_PROOF" }]);
  });
});

describe("where a problem of a person's draft is put right", () => {
  it("links a step, an unmet category and a missing document to their page; the rest stays on the check page", () => {
    const id = "d0551e00-0000-4000-8000-000000000002";
    expect(personFixHref(id, "steps.identity")).toBe(`/dossiers/${id}/steps/identity`);
    expect(personFixHref(id, "steps.documents")).toBe(`/dossiers/${id}/documents`);
    expect(personFixHref(id, "eligibility.category1")).toBe(`/dossiers/${id}/steps/eligibility#field-workPeriods`);
    expect(personFixHref(id, "documents.PAYSLIPS")).toBe(`/dossiers/${id}/documents#item-PAYSLIPS`);
    expect(personFixHref(id, "steps.employment")).toBeNull();
    expect(personFixHref(id, "declaration")).toBeNull();
  });
});
