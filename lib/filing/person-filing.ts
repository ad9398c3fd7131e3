import * as z from "@/lib/forms/zod-mini";
import type { FieldKinds } from "@/lib/forms/form-data";
import { dateToDay, type IsoDay } from "@/lib/dates";
import type { FieldError } from "@/lib/errors/app-error";
import type { DocumentKind, FeeExemptionGround } from "@/lib/generated/prisma/enums";
import { eligibilityRequestSchema } from "@/lib/eligibility/eligibility-request";
import { assessUnlimitedDurationEligibility, type EligibilityAnswer } from "@/lib/eligibility/assess-eligibility";
import { missingDocuments } from "@/lib/checklist/checklist";
import { unlimitedDurationChecklist, type UnlimitedDurationChecklist } from "@/lib/checklist/unlimited-duration";
import { postalCode } from "@/lib/routing/routing-input";
import { feeStepSchema, workerStepSchema } from "./step-schemas";
import { deriveTasks, documentsStatus, formStepStatus, type StepStatus } from "./task-list";
import { PERSON_FILING_STEPS, PERSON_FORM_STEPS, type PersonFilingStep, type PersonFormStep } from "./steps";

/*
 * The guided filing of a dossier a person files in their own name (docs/decisions/person-as-applicant.md):
 * the worker's combined permit of unlimited duration (seed 002). The same pattern as the
 * organisation's filing (task-list.ts): each step its own zod schema, the same in the browser and
 * on the server, saved on its own; each step's status derived from what the draft stores; the
 * documents from a dated checklist; a check of answers; a submission that judges it all again.
 */

export { PERSON_FILING_STEPS, PERSON_FORM_STEPS, isPersonFormStep, type PersonFilingStep, type PersonFormStep } from "./steps";

/** The fee's payment message needs the person; the documents read every answer; the check all. */
export const PERSON_STEP_NEEDS: Record<PersonFilingStep, readonly PersonFilingStep[]> = {
  eligibility: [],
  identity: [],
  fee: ["identity"],
  documents: ["eligibility", "identity", "fee"],
  check: ["eligibility", "identity", "fee", "documents"],
};

/**
 * The eligibility answers: the calculator's question (lib/eligibility) without its date — the
 * application date is the day of submission, which judges them again — and whether the person has
 * a current employment contract (else the checklist asks for proof of sufficient means).
 */
export function eligibilityStepSchema(today: IsoDay) {
  return z.extend(z.omit(eligibilityRequestSchema(today), { applicationDate: true }), {
    hasCurrentEmploymentContract: z.boolean({ error: "validation.currentEmploymentContractRequired" }),
  });
}
export type EligibilityStepAnswers = z.output<ReturnType<typeof eligibilityStepSchema>>;

/**
 * Who the person is and where they live: the identity as on their passport, and whether they are
 * in Belgium on applying (which identity document the checklist asks for). The postal code of the
 * place of residence routes the application (REFERENCE §5).
 */
export function identityStepSchema(today: IsoDay) {
  return z.extend(workerStepSchema(today), {
    residesInBelgium: z.boolean({ error: "validation.residesInBelgiumSelfRequired" }),
    residencePostalCode: postalCode,
  });
}

/** What the eligibility and identity forms post that is not text. */
export const eligibilityFieldKinds: FieldKinds = {
  booleans: [
    "legalResidenceInBelgium",
    "euLongTermResidentInOtherMemberState",
    "hasCurrentEmploymentContract",
    "workPeriods.*.incapacityPeriods.*.startedDuringRegularEmploymentByEmployerEstablishedInBelgium",
  ],
};
export const identityFieldKinds: FieldKinds = { booleans: ["residesInBelgium"] };

/** A person's draft as the steps read it (Application with its worker). */
export interface PersonDraft {
  eligibilityAnswers: unknown;
  workerResidesInBelgium: boolean | null;
  workerResidencePostalCode: string | null;
  worker: { givenNames: string; familyName: string; dateOfBirth: Date; nationality: string; passportNumber: string; passportExpiresOn: Date | null; email: string | null } | null;
  feeExemptionClaimed: boolean | null;
  feeExemptionGround: FeeExemptionGround | null;
  feeExemptionDetails: string | null;
}

const day = (date: Date | null) => (date ? dateToDay(date) : "");

/** What each form step shows: the stored answers, or undefined while the step was never saved. */
export const personStepValues = {
  eligibility(draft: PersonDraft) {
    return draft.eligibilityAnswers === null ? undefined : (draft.eligibilityAnswers as Record<string, unknown>);
  },
  identity(draft: PersonDraft) {
    const { worker } = draft;
    if (!worker || draft.workerResidesInBelgium === null) return undefined;
    return {
      worker: {
        givenNames: worker.givenNames,
        familyName: worker.familyName,
        dateOfBirth: dateToDay(worker.dateOfBirth),
        nationality: worker.nationality,
        passportNumber: worker.passportNumber,
        passportExpiresOn: day(worker.passportExpiresOn),
        email: worker.email ?? "",
      },
      residesInBelgium: draft.workerResidesInBelgium,
      residencePostalCode: draft.workerResidencePostalCode ?? "",
    };
  },
  fee(draft: PersonDraft) {
    if (draft.feeExemptionClaimed === null) return undefined;
    return { feeExemptionClaimed: draft.feeExemptionClaimed, feeExemptionGround: draft.feeExemptionGround ?? ("" as const), feeExemptionDetails: draft.feeExemptionDetails ?? "" };
  },
} satisfies Record<PersonFormStep, (draft: PersonDraft) => unknown>;

/** The schema a step's answers are judged by, for this draft on this day. */
export function personStepSchema(step: PersonFormStep, draft: PersonDraft, on: IsoDay) {
  switch (step) {
    case "eligibility":
      return eligibilityStepSchema(on);
    case "identity":
      return identityStepSchema(on);
    case "fee":
      return feeStepSchema(on, draft.worker ? { dateOfBirth: dateToDay(draft.worker.dateOfBirth), nationality: draft.worker.nationality } : { dateOfBirth: on, nationality: "" });
  }
}

/** The stored eligibility answers, when they still pass the step's schema on the day. */
function eligibilityAnswersOf(draft: PersonDraft, on: IsoDay): EligibilityStepAnswers | null {
  const parsed = eligibilityStepSchema(on).safeParse(draft.eligibilityAnswers);
  return parsed.success ? parsed.data : null;
}

/** The documents the draft needs on the day, once every step the checklist reads is completed (else null). */
export function personChecklist(draft: PersonDraft, on: IsoDay): UnlimitedDurationChecklist | null {
  const answers = eligibilityAnswersOf(draft, on);
  if (!answers || draft.workerResidesInBelgium === null || draft.feeExemptionClaimed === null) return null;
  return unlimitedDurationChecklist(
    {
      workerLocation: draft.workerResidesInBelgium ? "BELGIUM" : "ABROAD",
      workPeriods: answers.workPeriods,
      hasCurrentEmploymentContract: answers.hasCurrentEmploymentContract,
      feeExemptionClaimed: draft.feeExemptionClaimed,
    },
    on,
  );
}

export interface PersonTask {
  step: PersonFilingStep;
  status: StepStatus;
}

/** Each step's status from the stored values alone, as the organisation's task list does. */
export function personTaskList(draft: PersonDraft, documents: readonly { kind: DocumentKind }[], on: IsoDay): PersonTask[] {
  return deriveTasks(PERSON_FILING_STEPS, PERSON_STEP_NEEDS, (step) => {
    if (step === "check") return "NOT_STARTED";
    if (step === "documents") return documentsStatus(personChecklist(draft, on), documents);
    return formStepStatus(personStepValues[step](draft), personStepSchema(step, draft, on));
  });
}

export interface PersonReadiness {
  problems: FieldError[];
  /** The dated rows that judged the draft: the eligibility categories and bases, the checklist, the fee. */
  appliedRuleIds: string[];
  /** The calculator's answer for the day, once the eligibility step is completed. */
  eligibility: EligibilityAnswer | null;
}

/**
 * What stands between a person's draft and its submission on a day: the steps not completed; once
 * they are, the calculator's answer for that day as application date — an application it says is
 * not eligible is refused with the reason of each category — and the documents still missing.
 */
export function personFilingReadiness(draft: PersonDraft, documents: readonly { kind: DocumentKind }[], on: IsoDay): PersonReadiness {
  const incomplete = personTaskList(draft, documents, on).filter((task) => (PERSON_FORM_STEPS as readonly string[]).includes(task.step) && task.status !== "COMPLETED");
  const answers = eligibilityAnswersOf(draft, on);
  const checklist = personChecklist(draft, on);
  if (incomplete.length > 0 || !answers || !checklist) {
    return { problems: incomplete.map((task) => ({ path: `steps.${task.step}`, message: `filing.incomplete.${task.step}` })), appliedRuleIds: [], eligibility: null };
  }
  const { hasCurrentEmploymentContract: _, ...question } = answers;
  const eligibility = assessUnlimitedDurationEligibility({ ...question, applicationDate: on });
  const problems: FieldError[] = [];
  if (!eligibility.eligible) {
    for (const [category, assessment] of [["1", eligibility.category1], ["2", eligibility.category2]] as const) {
      const [condition = "NOT_ENOUGH_WORK_IN_WINDOW"] = assessment.unmetConditions;
      problems.push({
        path: `eligibility.category${category}`,
        message: `filing.notEligible.${condition}`,
        values: { category, countedDays: assessment.countedDays, requiredDays: assessment.requiredDays, windowFrom: assessment.windowFrom, windowTo: assessment.windowTo },
      });
    }
  }
  for (const item of missingDocuments(checklist, documents.map((d) => d.kind))) problems.push({ path: `documents.${item.code}`, message: `checklist.missing.${item.code}` });
  const eligibilityRuleIds = [eligibility.category1.ruleId, eligibility.category2.ruleId, ...eligibility.excludedPeriods.map((period) => period.ruleId)];
  return { problems, appliedRuleIds: [...new Set([...eligibilityRuleIds, ...checklist.ruleIds])], eligibility };
}
