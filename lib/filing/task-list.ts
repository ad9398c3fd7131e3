import { dateToDay, type IsoDay } from "@/lib/dates";
import { checklistAnswersOf } from "@/lib/checklist/filing-rules";
import { checklistFor, missingDocuments, type Checklist } from "@/lib/checklist/checklist";
import type { ApplicationType, DocumentKind, FeeExemptionGround, PermitCategory, StayType } from "@/lib/generated/prisma/enums";
import { centsToEuros, employmentStepSchema, feeStepSchema, residenceStepSchema, workerStepSchema } from "./step-schemas";
import { FILING_STEPS, type FilingStep, type FormStep } from "./steps";

/*
 * The guided filing (GOV.UK "task list" pattern): the values each step's form shows from what a
 * draft stores, and each step's status derived from those values alone. The steps themselves and
 * their pages are in steps.ts, which the browser can import without the step schemas.
 */
export { FILING_STEPS, FORM_STEPS, fixHref, isFormStep, stepHref, stepOfPath, type FilingStep, type FormStep } from "./steps";

/**
 * Which steps must be completed before a step can start: the employment's categories depend on
 * where the worker lives, the fee's exemptions and payment message on the worker, the documents on
 * every answer the checklist reads (fee included: its proof is one of them), the check on all.
 */
export const STEP_NEEDS: Record<FilingStep, readonly FilingStep[]> = {
  residence: [],
  worker: [],
  employment: ["residence"],
  fee: ["worker"],
  documents: ["residence", "worker", "employment", "fee"],
  check: ["residence", "worker", "employment", "fee", "documents"],
};

export type StepStatus = "CANNOT_START_YET" | "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";

/** The application type follows from the category: the EU Blue Card is a procedure of its own. */
export function applicationTypeFor(category: PermitCategory): ApplicationType {
  return category === "EU_BLUE_CARD" ? "EU_BLUE_CARD" : "COMBINED_PERMIT_FIXED";
}

/** A draft's columns (Application with its worker and workplaces) the steps read. */
export interface DraftForFiling {
  workerResidesInBelgium: boolean | null;
  workerResidenceCountry: string | null;
  diplomaticPostCode: string | null;
  stayType: StayType | null;
  euLongTermResidentSecondResidence: boolean;
  worker: {
    givenNames: string;
    familyName: string;
    dateOfBirth: Date;
    nationality: string;
    passportNumber: string;
    passportExpiresOn: Date | null;
    email: string | null;
  } | null;
  category: PermitCategory | null;
  isRenewal: boolean;
  isPosting: boolean;
  regulatedProfession: boolean | null;
  jobTitle: string | null;
  iscoCode: string | null;
  grossSalaryCents: bigint | number | null;
  employmentStartDate: Date | null;
  employmentEndDate: Date | null;
  workplaces: readonly { establishmentUnitId: string | null; postalCode: string; sharePercent: number }[];
  feeExemptionClaimed: boolean | null;
  feeExemptionGround: FeeExemptionGround | null;
  feeExemptionDetails: string | null;
}

const day = (date: Date | null) => (date ? dateToDay(date) : "");

/**
 * What each form step shows for a draft: the stored answers as the form's values, or undefined
 * while the step was never saved (a never-saved yes/no stays unanswered, not "no").
 */
export const stepValues = {
  residence(draft: DraftForFiling) {
    if (draft.workerResidesInBelgium === null) return undefined;
    return {
      residesInBelgium: draft.workerResidesInBelgium,
      residenceCountry: draft.workerResidenceCountry ?? "",
      diplomaticPostCode: draft.diplomaticPostCode ?? "",
      stayType: draft.stayType ?? "",
      euLongTermResidentSecondResidence: draft.euLongTermResidentSecondResidence,
    };
  },
  worker(draft: DraftForFiling) {
    const { worker } = draft;
    if (!worker) return undefined;
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
    };
  },
  employment(draft: DraftForFiling) {
    // The category is required, so a saved employment step always has one.
    if (draft.category === null) return undefined;
    return {
      category: draft.category,
      isRenewal: draft.isRenewal,
      isPosting: draft.isPosting,
      regulatedProfession: draft.regulatedProfession ?? undefined,
      jobTitle: draft.jobTitle ?? "",
      iscoCode: draft.iscoCode ?? "",
      grossSalary: draft.grossSalaryCents === null ? "" : centsToEuros(Number(draft.grossSalaryCents)),
      employmentStartDate: day(draft.employmentStartDate),
      employmentEndDate: day(draft.employmentEndDate),
      workplaces: draft.workplaces.map((w) =>
        w.establishmentUnitId ? { establishmentUnitId: w.establishmentUnitId, sharePercent: w.sharePercent } : { postalCode: w.postalCode, sharePercent: w.sharePercent },
      ),
    };
  },
  fee(draft: DraftForFiling) {
    if (draft.feeExemptionClaimed === null) return undefined;
    return {
      feeExemptionClaimed: draft.feeExemptionClaimed,
      feeExemptionGround: draft.feeExemptionGround ?? ("" as const),
      feeExemptionDetails: draft.feeExemptionDetails ?? "",
    };
  },
} satisfies Record<FormStep, (draft: DraftForFiling) => unknown>;

type StepSchema = ReturnType<typeof residenceStepSchema | typeof workerStepSchema | typeof employmentStepSchema | typeof feeStepSchema>;

/**
 * The step schemas made lately, by step, day and what of the draft they depend on. A schema is a
 * pure function of those; building one (and zod compiling it at its first parse) cost more than
 * half of a submission's own work (tests/bench/submit-application.ts), and every task list builds
 * four. Bounded: cleared when full.
 */
const recentSchemas = new Map<string, StepSchema>();
const RECENT_SCHEMAS_MAX = 500;

function remembered<S extends StepSchema>(key: string, make: () => S): S {
  const known = recentSchemas.get(key);
  if (known) return known as S;
  if (recentSchemas.size >= RECENT_SCHEMAS_MAX) recentSchemas.clear();
  const made = make();
  recentSchemas.set(key, made);
  return made;
}

/** The schema a step's answers are judged by, for this draft on this day. */
export function stepSchema(step: FormStep, draft: DraftForFiling, on: IsoDay) {
  switch (step) {
    case "residence":
      return remembered(`residence|${on}`, () => residenceStepSchema(on));
    case "worker":
      return remembered(`worker|${on}`, () => workerStepSchema(on));
    case "employment": {
      const residence = { workerResidesInBelgium: draft.workerResidesInBelgium, stayType: draft.stayType, euLongTermResidentSecondResidence: draft.euLongTermResidentSecondResidence };
      return remembered(`employment|${on}|${JSON.stringify(residence)}`, () => employmentStepSchema(on, residence));
    }
    case "fee": {
      const worker = draft.worker ? { dateOfBirth: dateToDay(draft.worker.dateOfBirth), nationality: draft.worker.nationality } : { dateOfBirth: on, nationality: "" };
      return remembered(`fee|${on}|${JSON.stringify(worker)}`, () => feeStepSchema(on, worker));
    }
  }
}

/** The checklist a draft is judged by, once every step it reads is completed (else null). */
export function draftChecklist(draft: DraftForFiling, on: IsoDay): Checklist | null {
  const { worker, category, regulatedProfession, feeExemptionClaimed, workerResidesInBelgium } = draft;
  if (!worker || category === null || regulatedProfession === null || feeExemptionClaimed === null || workerResidesInBelgium === null) return null;
  return checklistFor(checklistAnswersOf({ ...draft, worker, category, regulatedProfession, feeExemptionClaimed, workerResidesInBelgium }), on);
}

export interface Task {
  step: FilingStep;
  status: StepStatus;
}

/**
 * Each step's status, from the stored values alone: completed when they pass the step's schema
 * (documents: when nothing the checklist requires is missing), in progress when some are stored,
 * not started when none are, and "cannot start yet" while a step it needs is not completed.
 */
export function taskList(draft: DraftForFiling, documents: readonly { kind: DocumentKind }[], on: IsoDay): Task[] {
  return deriveTasks(FILING_STEPS, STEP_NEEDS, (step) => {
    if (step === "check") return "NOT_STARTED";
    if (step === "documents") return documentsStatus(draftChecklist(draft, on), documents);
    return formStepStatus(stepValues[step](draft), stepSchema(step, draft, on));
  });
}

/**
 * The task list of either filing (the organisation's here, the person's in person-filing.ts): a
 * step is "cannot start yet" while a step it needs is not completed, else what `own` says of it.
 */
export function deriveTasks<Step extends string>(steps: readonly Step[], needs: Record<Step, readonly Step[]>, own: (step: Step) => StepStatus): { step: Step; status: StepStatus }[] {
  const status = new Map<Step, StepStatus>();
  for (const step of steps) {
    const blocked = needs[step].some((needed) => status.get(needed) !== "COMPLETED");
    status.set(step, blocked ? "CANNOT_START_YET" : own(step));
  }
  return steps.map((step) => ({ step, status: status.get(step)! }));
}

/** A form step: not started while never saved, completed when its stored values pass its schema. */
export function formStepStatus(values: unknown, schema: { safeParse(value: unknown): { success: boolean } }): StepStatus {
  if (values === undefined) return "NOT_STARTED";
  return schema.safeParse(values).success ? "COMPLETED" : "IN_PROGRESS";
}

/** The documents step: completed when nothing its checklist requires is missing (no checklist yet: not). */
export function documentsStatus(checklist: Pick<Checklist, "items"> | null, documents: readonly { kind: DocumentKind }[]): StepStatus {
  if (checklist && missingDocuments(checklist, documents.map((d) => d.kind)).length === 0) return "COMPLETED";
  return documents.length > 0 ? "IN_PROGRESS" : "NOT_STARTED";
}

