import { describe, expect, it } from "vitest";
import { dayToDate } from "@/lib/dates";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { applicationTypeFor, fixHref, stepOfPath, stepSchema, stepValues, taskList, type DraftForFiling, type StepStatus } from "./task-list";
import { filingReadiness, filingWarnings } from "./readiness";

const day = "2026-11-29";
const unit = "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b";

const empty: DraftForFiling = {
  workerResidesInBelgium: null,
  workerResidenceCountry: null,
  diplomaticPostCode: null,
  stayType: null,
  euLongTermResidentSecondResidence: false,
  worker: null,
  category: null,
  isRenewal: false,
  isPosting: false,
  regulatedProfession: null,
  jobTitle: null,
  iscoCode: null,
  grossSalaryCents: null,
  employmentStartDate: null,
  employmentEndDate: null,
  workplaces: [],
  feeExemptionClaimed: null,
  feeExemptionGround: null,
  feeExemptionDetails: null,
};

const residence = { workerResidesInBelgium: false, workerResidenceCountry: "IN", diplomaticPostCode: "NEW_DELHI" } satisfies Partial<DraftForFiling>;
const worker = {
  worker: { givenNames: "Priya", familyName: "Sharma", dateOfBirth: dayToDate("1992-04-17"), nationality: "IN", passportNumber: "P1234567", passportExpiresOn: dayToDate("2031-01-01"), email: null },
} satisfies Partial<DraftForFiling>;
const employment = {
  category: "HIGHLY_SKILLED",
  regulatedProfession: false,
  jobTitle: "Engineer",
  iscoCode: "2512",
  grossSalaryCents: 6_000_000n,
  employmentStartDate: dayToDate("2027-03-01"),
  workplaces: [{ establishmentUnitId: unit, postalCode: "2000", sharePercent: 100 }],
} satisfies Partial<DraftForFiling>;
const fee = { feeExemptionClaimed: false } satisfies Partial<DraftForFiling>;
const complete: DraftForFiling = { ...empty, ...residence, ...worker, ...employment, ...fee };
const ALL_DOCUMENTS: DocumentKind[] = ["PASSPORT", "FEE_PAYMENT_PROOF", "CRIMINAL_RECORD", "MEDICAL_CERTIFICATE", "EMPLOYER_AFFILIATION_COMMITMENT", "EMPLOYER_ID", "EMPLOYMENT_CONTRACT", "DIPLOMA"];
const uploaded = (...kinds: DocumentKind[]) => kinds.map((kind) => ({ kind }));

function statuses(draft: DraftForFiling, documents = uploaded()): Record<string, StepStatus> {
  return Object.fromEntries(taskList(draft, documents, day).map((task) => [task.step, task.status]));
}

describe("taskList", () => {
  it("starts with the where-the-worker-lives and worker steps open and the others waiting", () => {
    expect(statuses(empty)).toEqual({
      residence: "NOT_STARTED",
      worker: "NOT_STARTED",
      employment: "CANNOT_START_YET",
      fee: "CANNOT_START_YET",
      documents: "CANNOT_START_YET",
      check: "CANNOT_START_YET",
    });
  });

  it("opens each step once the steps it needs are completed", () => {
    expect(statuses({ ...empty, ...residence })).toMatchObject({ residence: "COMPLETED", employment: "NOT_STARTED", fee: "CANNOT_START_YET" });
    expect(statuses({ ...empty, ...worker })).toMatchObject({ worker: "COMPLETED", employment: "CANNOT_START_YET", fee: "NOT_STARTED" });
    expect(statuses({ ...empty, ...residence, ...worker, ...employment })).toMatchObject({ employment: "COMPLETED", fee: "NOT_STARTED", documents: "CANNOT_START_YET" });
    expect(statuses(complete)).toMatchObject({ fee: "COMPLETED", documents: "NOT_STARTED", check: "CANNOT_START_YET" });
    expect(statuses(complete, uploaded("PASSPORT"))).toMatchObject({ documents: "IN_PROGRESS", check: "CANNOT_START_YET" });
    expect(statuses(complete, uploaded(...ALL_DOCUMENTS))).toEqual({
      residence: "COMPLETED",
      worker: "COMPLETED",
      employment: "COMPLETED",
      fee: "COMPLETED",
      documents: "COMPLETED",
      check: "NOT_STARTED",
    });
  });

  it("shows a step whose stored answers no longer pass its schema as in progress, and what depends on it as waiting", () => {
    // The worker moved to Belgium: the stay is not answered yet, and the category is judged again.
    const moved = { ...complete, workerResidesInBelgium: true, workerResidenceCountry: null, diplomaticPostCode: null };
    expect(statuses(moved)).toMatchObject({ residence: "IN_PROGRESS", employment: "CANNOT_START_YET", documents: "CANNOT_START_YET" });
    expect(statuses({ ...moved, stayType: "LEGAL_SHORT_STAY", category: "OTHER" })).toMatchObject({ residence: "COMPLETED", employment: "IN_PROGRESS" });
    // A passport that has expired since the worker step was saved.
    expect(statuses({ ...complete, worker: { ...worker.worker, passportExpiresOn: dayToDate("2026-11-28") } })).toMatchObject({ worker: "IN_PROGRESS", fee: "CANNOT_START_YET" });
  });

  it("shows a step's stored answers as its form's values, and never-saved yes/no answers as unanswered", () => {
    expect(stepValues.employment(empty)).toBeUndefined();
    expect(stepValues.employment(complete)).toMatchObject({ isRenewal: false, grossSalary: "60000", employmentEndDate: "", workplaces: [{ establishmentUnitId: unit, sharePercent: 100 }] });
    expect(stepValues.worker(complete)).toMatchObject({ worker: { dateOfBirth: "1992-04-17", passportExpiresOn: "2031-01-01", email: "" } });
    for (const step of ["residence", "worker", "employment", "fee"] as const) {
      expect(stepSchema(step, complete, day).safeParse(stepValues[step](complete)).success, step).toBe(true);
    }
  });
});

describe("where a problem is put right", () => {
  it("links each path to its step's field, or to the documents item", () => {
    const id = "d0551e00-0000-4000-8000-000000000001";
    expect(fixHref(id, "stayType")).toBe(`/dossiers/${id}/steps/residence#field-stayType`);
    expect(fixHref(id, "worker.passportExpiresOn")).toBe(`/dossiers/${id}/steps/worker#field-worker-passportExpiresOn`);
    expect(fixHref(id, "grossSalaryCents")).toBe(`/dossiers/${id}/steps/employment#field-grossSalary`);
    expect(fixHref(id, "feeExemptionGround")).toBe(`/dossiers/${id}/steps/fee#field-feeExemptionGround`);
    expect(fixHref(id, "documents.DIPLOMA")).toBe(`/dossiers/${id}/documents#item-DIPLOMA`);
    expect(fixHref(id, "steps.employment")).toBe(`/dossiers/${id}/steps/employment`);
    expect(fixHref(id, "regionPick")).toBeNull();
    expect(stepOfPath("steps.nonsense")).toBeNull();
  });

  it("gives the EU Blue Card its own application type", () => {
    expect(applicationTypeFor("EU_BLUE_CARD")).toBe("EU_BLUE_CARD");
    expect(applicationTypeFor("HIGHLY_SKILLED")).toBe("COMBINED_PERMIT_FIXED");
  });
});

describe("filingReadiness", () => {
  const submittable = { ...complete, salaryPeriod: "ANNUAL" as const, documents: uploaded(...ALL_DOCUMENTS) };

  it("lists the steps not completed first, each linking to its step", () => {
    expect(filingReadiness({ ...empty, ...worker, salaryPeriod: null, documents: [] }, null, day).problems).toEqual([
      { path: "steps.residence", message: "filing.incomplete.residence" },
      { path: "steps.employment", message: "filing.incomplete.employment" },
      { path: "steps.fee", message: "filing.incomplete.fee" },
    ]);
  });

  it("then re-runs every rule: the missing documents and the competent region's salary threshold", () => {
    expect(filingReadiness(submittable, "WALLOON_REGION", day).problems).toEqual([]);
    expect(filingReadiness(submittable, "WALLOON_REGION", day).appliedRuleIds).toEqual(expect.arrayContaining(["salary-threshold.wallonia.HIGHLY_SKILLED.STANDARD.2026", "checklist.diploma.highly-skilled.2019"]));
    expect(filingReadiness({ ...submittable, documents: uploaded("PASSPORT") }, "WALLOON_REGION", day).problems.map((p) => p.path)).toEqual([
      "documents.FEE_PAYMENT_PROOF",
      "documents.CRIMINAL_RECORD",
      "documents.MEDICAL_CERTIFICATE",
      "documents.HEALTH_INSURANCE_PROOF",
      "documents.EMPLOYER_ID",
      "documents.EMPLOYMENT_CONTRACT",
      "documents.DIPLOMA",
    ]);
    const blueCard = { ...submittable, category: "EU_BLUE_CARD" as const, grossSalaryCents: 4_000_00n, salaryPeriod: "MONTHLY" as const };
    expect(filingReadiness(blueCard, "BRUSSELS_CAPITAL_REGION", day).problems).toEqual([
      { path: "grossSalaryCents", message: "checklist.problems.salaryBelowMonthlyThreshold", values: { minimum: 4748, year: 2026 } },
    ]);
  });
});

describe("filingWarnings", () => {
  it("warns of a passport expiring before the contract ends and of a certificate older than six months, never of the rest", () => {
    const draft = { ...complete, employmentEndDate: dayToDate("2031-06-30") };
    const documents = [
      { kind: "CRIMINAL_RECORD" as const, fileName: "old.pdf", issuedOn: dayToDate("2026-05-28") },
      { kind: "MEDICAL_CERTIFICATE" as const, fileName: "recent.pdf", issuedOn: dayToDate("2026-05-29") },
      { kind: "DIPLOMA" as const, fileName: "diploma.pdf", issuedOn: dayToDate("2010-06-30") },
      { kind: "MEDICAL_CERTIFICATE" as const, fileName: "undated.pdf", issuedOn: null },
    ];
    expect(filingWarnings(draft, documents, day)).toEqual([
      { path: "worker.passportExpiresOn", message: "filing.warnings.passportBeforeContractEnd", values: { expiresOn: "2031-01-01", endsOn: "2031-06-30" } },
      { path: "documents.CRIMINAL_RECORD", message: "filing.warnings.certificateOlderThanSixMonths", values: { fileName: "old.pdf", issuedOn: "2026-05-28" } },
    ]);
    expect(filingWarnings(complete, [], day)).toEqual([]);
  });
});
