import { fieldId } from "@/lib/forms/field-id";

/**
 * The guided filing's steps in order and the page of each. Free of the step schemas (task-list.ts),
 * so that a client component linking to a step ships none of their rules and reference tables.
 */
export const FILING_STEPS = ["residence", "worker", "employment", "fee", "documents", "check"] as const;
export type FilingStep = (typeof FILING_STEPS)[number];

/** The steps answered in a form of their own (saveFilingStep); documents and check have pages of their own. */
export const FORM_STEPS = ["residence", "worker", "employment", "fee"] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export function isFormStep(value: unknown): value is FormStep {
  return typeof value === "string" && (FORM_STEPS as readonly string[]).includes(value);
}

/** The steps of a dossier a person files in their own name (person-filing.ts): the unlimited-duration permit. */
export const PERSON_FILING_STEPS = ["eligibility", "identity", "fee", "documents", "check"] as const;
export type PersonFilingStep = (typeof PERSON_FILING_STEPS)[number];

/** The person's steps answered in a form of their own. */
export const PERSON_FORM_STEPS = ["eligibility", "identity", "fee"] as const;
export type PersonFormStep = (typeof PERSON_FORM_STEPS)[number];

export function isPersonFormStep(value: unknown): value is PersonFormStep {
  return typeof value === "string" && (PERSON_FORM_STEPS as readonly string[]).includes(value);
}

/** The step after a saved form step, in the filing it belongs to. */
export function stepAfter(step: FormStep | PersonFormStep, applicantKind: "ORGANISATION" | "PERSON"): FilingStep | PersonFilingStep {
  const steps: readonly (FilingStep | PersonFilingStep)[] = applicantKind === "PERSON" ? PERSON_FILING_STEPS : FILING_STEPS;
  return steps[steps.indexOf(step) + 1] ?? "check";
}

/**
 * Where a problem found on the check page or by the submission is put right: the step (and its
 * field) or the documents item a field error's path names; null when it is on the check page itself.
 */
export function stepOfPath(path: string): FilingStep | null {
  const [head = ""] = path.split(".");
  if (head === "steps") return (FILING_STEPS as readonly string[]).includes(path.slice(6)) ? (path.slice(6) as FilingStep) : null;
  if (head === "documents") return "documents";
  if (head === "worker") return "worker";
  if (["residesInBelgium", "residenceCountry", "diplomaticPostCode", "stayType", "euLongTermResidentSecondResidence"].includes(head)) return "residence";
  if (["feeExemptionClaimed", "feeExemptionGround", "feeExemptionDetails"].includes(head)) return "fee";
  if (
    ["category", "isRenewal", "isPosting", "regulatedProfession", "jobTitle", "iscoCode", "grossSalary", "grossSalaryCents", "salaryPeriod", "employmentStartDate", "employmentEndDate", "workplaces"].includes(head)
  ) {
    return "employment";
  }
  return null;
}

/** The page of a step (a path inside the portal, without the language). */
export function stepHref(applicationId: string, step: FilingStep | PersonFilingStep): string {
  if (step === "documents") return `/dossiers/${applicationId}/documents`;
  if (step === "check") return `/dossiers/${applicationId}/check`;
  return `/dossiers/${applicationId}/steps/${step}`;
}

/** Rule paths that name a stored column where the form has a field of another name. */
const FIELD_OF_PATH: Record<string, string> = { grossSalaryCents: "grossSalary", salaryPeriod: "grossSalary" };

/** The link that puts a problem right: the step's page at the field, or the documents item. */
export function fixHref(applicationId: string, path: string): string | null {
  const step = stepOfPath(path);
  if (step === null) return null;
  if (path.startsWith("steps.")) return stepHref(applicationId, step);
  if (step === "documents") return `${stepHref(applicationId, step)}${path.startsWith("documents.") ? `#item-${path.slice(10)}` : ""}`;
  return `${stepHref(applicationId, step)}#${fieldId(FIELD_OF_PATH[path] ?? path)}`;
}

/**
 * The same for a person's own dossier (its problems: a step not completed, a category of the
 * eligibility not met, a document missing); null when it is put right on the check page itself.
 */
export function personFixHref(applicationId: string, path: string): string | null {
  const [head = "", rest = ""] = path.split(/\.(.*)/s);
  if (head === "steps") return (PERSON_FILING_STEPS as readonly string[]).includes(rest) ? stepHref(applicationId, rest as PersonFilingStep) : null;
  if (head === "documents") return `${stepHref(applicationId, "documents")}${rest ? `#item-${rest}` : ""}`;
  if (head === "eligibility") return `${stepHref(applicationId, "eligibility")}#${fieldId("workPeriods")}`;
  return null;
}
