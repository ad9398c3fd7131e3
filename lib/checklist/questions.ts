import { z } from "@/lib/forms/zod";
import { dayBoundProblem } from "@/lib/forms/plausible";
import { isRealDay, type IsoDay } from "@/lib/dates";
import { PermitCategory, StayType } from "@/lib/generated/prisma/enums";
import { APPLICATION_KINDS, EMPLOYMENT_TYPES, WORKER_LOCATIONS, type ChecklistAnswers } from "./answers";
import { FIRST_FILING_DAY } from "./checklist";

/**
 * The questions of the public "What must I upload?" page and of `POST /api/v1/checklist`, checked
 * by one schema. Messages are catalog keys under `checklist.errors`, one per field, at the field's
 * own path. `stayType` is asked only for a worker in Belgium and ignored for a worker abroad (the
 * page cannot hide it without JavaScript).
 */
export const CHECKLIST_ERRORS = {
  invalidJson: "checklist.errors.invalidJson",
  tooLarge: "checklist.errors.tooLarge",
  expectedObject: "checklist.errors.expectedObject",
  workerLocation: "checklist.errors.workerLocation",
  stayType: "checklist.errors.stayType",
  euLongTermResident: "checklist.errors.euLongTermResident",
  workerBirthDate: "checklist.errors.workerBirthDate",
  birthDateBeforeFiling: "checklist.errors.birthDateBeforeFiling",
  filingDate: "checklist.errors.filingDate",
  filingDateTooEarly: "checklist.errors.filingDateTooEarly",
  category: "checklist.errors.category",
  applicationType: "checklist.errors.applicationType",
  employmentType: "checklist.errors.employmentType",
  regulatedProfession: "checklist.errors.regulatedProfession",
  feeExemptionClaimed: "checklist.errors.feeExemptionClaimed",
} as const;

const day = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .refine((value) => isRealDay(value) && dayBoundProblem(value) === null, { error: message });

/** The schema for a request made on `today` (the default filing day). */
export function checklistQuestionsSchema(today: IsoDay) {
  return z
    .object(
      {
        workerLocation: z.enum(WORKER_LOCATIONS, { error: CHECKLIST_ERRORS.workerLocation }),
        stayType: z.enum(StayType, { error: CHECKLIST_ERRORS.stayType }).nullish(),
        euLongTermResidentSeekingSecondResidence: z.boolean({ error: CHECKLIST_ERRORS.euLongTermResident }).default(false),
        workerBirthDate: day(CHECKLIST_ERRORS.workerBirthDate),
        filingDate: day(CHECKLIST_ERRORS.filingDate).optional(),
        category: z.enum(PermitCategory, { error: CHECKLIST_ERRORS.category }),
        applicationType: z.enum(APPLICATION_KINDS, { error: CHECKLIST_ERRORS.applicationType }),
        employmentType: z.enum(EMPLOYMENT_TYPES, { error: CHECKLIST_ERRORS.employmentType }),
        regulatedProfession: z.boolean({ error: CHECKLIST_ERRORS.regulatedProfession }),
        feeExemptionClaimed: z.boolean({ error: CHECKLIST_ERRORS.feeExemptionClaimed }),
      },
      { error: CHECKLIST_ERRORS.expectedObject },
    )
    .superRefine(
      (value, ctx) => {
        // Runs beside the fields' own errors (see `when`): each value may be missing or wrong.
        const filingDate = typeof value.filingDate === "string" && isRealDay(value.filingDate) ? value.filingDate : today;
        if (value.workerLocation === "BELGIUM" && (value.stayType === null || value.stayType === undefined)) {
          ctx.addIssue({ code: "custom", path: ["stayType"], message: CHECKLIST_ERRORS.stayType });
        }
        if (typeof value.workerBirthDate === "string" && isRealDay(value.workerBirthDate) && value.workerBirthDate >= filingDate) {
          ctx.addIssue({ code: "custom", path: ["workerBirthDate"], message: CHECKLIST_ERRORS.birthDateBeforeFiling });
        }
        if (filingDate < FIRST_FILING_DAY) {
          ctx.addIssue({ code: "custom", path: ["filingDate"], message: CHECKLIST_ERRORS.filingDateTooEarly });
        }
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value) },
    )
    .transform((value): ChecklistAnswers & { filingDate: IsoDay } => ({
      ...value,
      stayType: value.workerLocation === "BELGIUM" ? (value.stayType ?? null) : null,
      filingDate: value.filingDate ?? today,
    }));
}

export type ChecklistQuestions = z.input<ReturnType<typeof checklistQuestionsSchema>>;

/** What a form post carries: FormData, or anything with its `get`. */
interface FormFields {
  get(name: string): unknown;
}

/**
 * The page's form post as the schema's input: text trimmed and empty answers left out (so the
 * schema says they are missing), "true"/"false" radios as booleans, the second-residence checkbox
 * false when unticked.
 */
export function checklistQuestionsFromForm(form: FormFields): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const yesNo = (name: string) => {
    const value = text(name);
    return value === "true" ? true : value === "false" ? false : value;
  };
  return {
    workerLocation: text("workerLocation"),
    stayType: text("stayType") ?? null,
    euLongTermResidentSeekingSecondResidence: text("euLongTermResidentSeekingSecondResidence") === "true",
    workerBirthDate: text("workerBirthDate"),
    filingDate: text("filingDate"),
    category: text("category"),
    applicationType: text("applicationType"),
    employmentType: text("employmentType"),
    regulatedProfession: yesNo("regulatedProfession"),
    feeExemptionClaimed: yesNo("feeExemptionClaimed"),
  };
}
