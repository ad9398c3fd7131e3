import * as z from "@/lib/forms/zod-mini";
import { BIRTH_DAY_BOUNDS, boundedList, dayBoundProblem, dayField, itemsWithin, plainString, textLine } from "@/lib/forms/plausible";
import { checkEmploymentStart } from "@/lib/checklist/employment-start";
import { FeeExemptionGround, PermitCategory, StayType } from "@/lib/generated/prisma/enums";
import { isCountryCode, isThirdCountryNational } from "@/lib/reference/countries";
import { dayToDate, isRealDay, type IsoDay } from "@/lib/dates";
import { checkDiplomaticPost } from "@/lib/checklist/diplomatic-post-rule";
import { feeExemptionProblems } from "@/lib/checklist/filing-rules";
import { inCountryFiling, inCountryStayRefusal } from "@/lib/checklist/in-country";
import { postalCodeRegion } from "@/lib/reference/postal-codes/postal-code-regions";
import type { FieldKinds } from "@/lib/forms/form-data";

/**
 * One zod schema per step of the guided filing, the same in the browser (react-hook-form's
 * resolver) and on the server (saveFilingStep). Messages are catalog keys. A step's schema also
 * decides whether the values stored for it are complete (lib/filing/task-list.ts). The rules that
 * depend on the day or on an earlier step take them as context, so browser and server judge alike.
 */

export { dayField };

const text = textLine;

/** Each value may be absent or of another type in a refinement that runs beside the fields' own errors. */
type Loose<T> = Partial<Record<keyof T, unknown>>;
const onlyObjects = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** Stored in capitals, as the filing saves it: a worker's claim compares it the same way. */
export const passportNumberField = z.pipe(
  plainString("validation.passportNumberRequired").check(z.trim(), z.minLength(1, "validation.passportNumberRequired"), z.regex(/^[A-Za-z0-9]{5,20}$/, "validation.passportNumberFormat")),
  z.transform((number: string) => number.toUpperCase()),
);

// --- Where the worker lives -------------------------------------------------------------------

export function residenceStepSchema(day: IsoDay) {
  const answers = z
    .object({
      residesInBelgium: z.boolean({ error: "validation.residesInBelgiumRequired" }),
      /** Asked only for a worker abroad; checked against the answer above. */
      residenceCountry: z.optional(plainString()),
      diplomaticPostCode: z.optional(plainString()),
      /** Asked only for a worker in Belgium. */
      stayType: z.optional(plainString()),
      euLongTermResidentSecondResidence: z.optional(z.boolean()),
    })
    .check(
      z.superRefine((parsed, ctx) => {
        // Runs beside the fields' own errors (see onlyObjects): any value may be missing or wrong.
        const value: Loose<typeof parsed> = parsed;
        if (value.residesInBelgium === false) {
          const country = typeof value.residenceCountry === "string" && isCountryCode(value.residenceCountry) ? value.residenceCountry : null;
          if (country === null) ctx.addIssue({ code: "custom", path: ["residenceCountry"], message: "validation.residenceCountryRequired" });
          else if (country === "BE") ctx.addIssue({ code: "custom", path: ["residenceCountry"], message: "validation.residenceCountryAbroad" });
          const post = typeof value.diplomaticPostCode === "string" && value.diplomaticPostCode ? value.diplomaticPostCode : null;
          // The diplomatic-post rule of the submission: an open post, serving the country when one does.
          for (const problem of checkDiplomaticPost({ residesInBelgium: false, residenceCountry: country ?? "", diplomaticPostCode: post }, day).problems) {
            ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message });
          }
        }
        if (value.residesInBelgium === true) {
          const stayType = typeof value.stayType === "string" && value.stayType in StayType ? (value.stayType as StayType) : null;
          if (stayType === null) ctx.addIssue({ code: "custom", path: ["stayType"], message: "checklist.problems.stayTypeRequired" });
          // Refused here, with its reason, before anything more is typed.
          const refusal = inCountryStayRefusal(stayType);
          if (refusal) ctx.addIssue({ code: "custom", path: ["stayType"], message: `checklist.problems.notFromBelgium.${refusal}` });
        }
      }, onlyObjects),
    );
  return z.pipe(
    answers,
    z.transform((value: z.output<typeof answers>) =>
      value.residesInBelgium
        ? {
            workerResidesInBelgium: true,
            workerResidenceCountry: null,
            diplomaticPostCode: null,
            stayType: value.stayType as StayType,
            euLongTermResidentSecondResidence: value.euLongTermResidentSecondResidence === true,
          }
        : {
            workerResidesInBelgium: false,
            workerResidenceCountry: value.residenceCountry!,
            diplomaticPostCode: value.diplomaticPostCode!,
            stayType: null,
            euLongTermResidentSecondResidence: false,
          },
    ),
  );
}

export const residenceFieldKinds: FieldKinds = {
  booleans: ["residesInBelgium"],
  checkboxes: ["euLongTermResidentSecondResidence"],
};

// --- The worker -------------------------------------------------------------------------------

export function workerStepSchema(day: IsoDay) {
  return z.object({
    worker: z
      .object({
        givenNames: text("validation.givenNamesRequired", 100),
        familyName: text("validation.familyNameRequired", 100),
        dateOfBirth: dayField("validation.dateOfBirthRequired", BIRTH_DAY_BOUNDS),
        nationality: plainString("validation.nationalityRequired").check(
          z.refine(isCountryCode, "validation.nationalityRequired"),
          z.refine(isThirdCountryNational, "validation.nationalityNotThirdCountry"),
        ),
        passportNumber: passportNumberField,
        passportExpiresOn: dayField("validation.passportExpiresOnRequired"),
        email: z.optional(z.union([z.literal(""), z.email("validation.emailFormat")])),
      })
      .check(
        z.superRefine((parsed, ctx) => {
          const worker: Loose<typeof parsed> = parsed;
          if (typeof worker.dateOfBirth === "string" && isRealDay(worker.dateOfBirth) && worker.dateOfBirth >= day) {
            ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: "validation.dateOfBirthInPast" });
          }
          // The submission refuses an expired passport; the step says so at once.
          if (typeof worker.passportExpiresOn === "string" && isRealDay(worker.passportExpiresOn) && worker.passportExpiresOn < day) {
            ctx.addIssue({ code: "custom", path: ["passportExpiresOn"], message: "checklist.problems.passportExpired" });
          }
        }, onlyObjects),
      ),
  });
}

/** The Worker columns a saved worker step (or a person's identity step) writes. */
export function workerRecordOf({ worker }: z.output<ReturnType<typeof workerStepSchema>>) {
  return {
    givenNames: worker.givenNames,
    familyName: worker.familyName,
    dateOfBirth: dayToDate(worker.dateOfBirth),
    nationality: worker.nationality,
    passportNumber: worker.passportNumber,
    passportExpiresOn: dayToDate(worker.passportExpiresOn),
    email: worker.email || null,
  };
}

// --- The employment ---------------------------------------------------------------------------

/** The worker's working time over the given rows, counting rows without a valid share as 0. */
export function totalShare(rows: readonly unknown[]): number {
  return rows.reduce<number>((sum, row) => {
    const share = typeof row === "object" && row ? (row as { sharePercent?: unknown }).sharePercent : undefined;
    return sum + (typeof share === "number" && Number.isFinite(share) ? share : 0);
  }, 0);
}

/**
 * One place where the worker will work: one of the employer's establishment units or, for an
 * employer with no unit in Belgium, the postal code of the place of work. Which of the two the
 * employer needs is checked on the server, which knows the employer's units.
 */
export const workplaceInputSchema = z.object({
  establishmentUnitId: z.optional(z.union([z.literal(""), z.uuid("validation.establishmentUnitRequired")])),
  postalCode: z.optional(plainString()),
  sharePercent: z.number({ error: "validation.shareRequired" }).check(z.int("validation.shareWholeNumber"), z.minimum(1, "validation.shareRange"), z.maximum(100, "validation.shareRange")),
});

/** Euros with at most two decimals, a comma or a point before them: "4500", "4500,50". */
const EUROS = /^\d{1,9}(?:[.,]\d{1,2})?$/;

export function eurosToCents(euros: string): number {
  const [whole = "0", fraction = ""] = euros.trim().split(/[.,]/);
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Cents as the form shows them: "4500" or "4500.50". */
export function centsToEuros(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const fraction = cents % 100;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, "0")}`;
}

/** The most places of work one employment lists. */
export const MAX_WORKPLACES = 20;

/** What the employment step needs of the first step: a worker in Belgium limits the categories. */
export interface ResidenceContext {
  workerResidesInBelgium: boolean | null;
  stayType: StayType | null;
  euLongTermResidentSecondResidence: boolean;
}

const yesNo = (requiredKey: string) => z.boolean({ error: requiredKey });

export function employmentStepSchema(day: IsoDay, residence: ResidenceContext) {
  const answers = z
    .object({
      category: z.enum(PermitCategory, { error: "validation.categoryRequired" }),
      isRenewal: yesNo("validation.isRenewalRequired"),
      isPosting: yesNo("validation.isPostingRequired"),
      regulatedProfession: yesNo("checklist.problems.regulatedProfessionRequired"),
      jobTitle: text("validation.jobTitleRequired", 200),
      iscoCode: plainString("validation.iscoCodeFormat").check(z.regex(/^\d{4}$/, "validation.iscoCodeFormat")),
      grossSalary: plainString("validation.grossSalaryRequired").check(
        z.trim(),
        z.minLength(1, "validation.grossSalaryRequired"),
        // An empty salary is missing (above), not malformed.
        z.refine((euros) => euros === "" || EUROS.test(euros), "validation.grossSalaryFormat"),
      ),
      employmentStartDate: dayField("validation.employmentStartDateRequired"),
      /** Empty: open-ended. */
      employmentEndDate: z.optional(z.union([z.literal(""), dayField("validation.invalidDate")])),
      // The length first: a list of thousands gives one error, not one per row.
      workplaces: boundedList(workplaceInputSchema, { max: MAX_WORKPLACES, tooMany: "validation.tooManyWorkplaces", min: 1, tooFew: "validation.workplaceRequired" }),
    })
    .check(
      z.superRefine((parsed, ctx) => {
        // Runs beside the fields' own errors (see onlyObjects): any value may be missing or wrong.
        const value: Loose<typeof parsed> = parsed;
        if (residence.workerResidesInBelgium === true && typeof value.category === "string" && value.category in PermitCategory) {
          // The in-country rule of the submission, with the reason, as soon as the category is chosen.
          const decision = inCountryFiling(
            {
              workerLocation: "BELGIUM",
              stayType: residence.stayType,
              euLongTermResidentSeekingSecondResidence: residence.euLongTermResidentSecondResidence,
              category: value.category as PermitCategory,
            },
            day,
          );
          if (decision.applies && !decision.allowed) {
            ctx.addIssue({ code: "custom", path: ["category"], message: `checklist.problems.notFromBelgium.${decision.exception ?? decision.reason}` });
          }
        }
        const start = value.employmentStartDate;
        const end = value.employmentEndDate;
        // The portal's bound; the competent region's own window is checked at submission (checkFilingRules).
        if (typeof start === "string" && isRealDay(start.trim()) && dayBoundProblem(start.trim()) === null) {
          const { problem } = checkEmploymentStart(start.trim(), null, day);
          if (problem) ctx.addIssue({ code: "custom", path: ["employmentStartDate"], message: problem.message, params: problem.values });
        }
        if (typeof start === "string" && typeof end === "string" && isRealDay(start.trim()) && isRealDay(end.trim()) && end.trim() < start.trim()) {
          ctx.addIssue({ code: "custom", path: ["employmentEndDate"], message: "validation.employmentEndBeforeStart" });
        }
        const workplaces = itemsWithin(value.workplaces, MAX_WORKPLACES);
        const seen = new Set<string>();
        workplaces.forEach((row, index) => {
          const workplace: Record<string, unknown> = typeof row === "object" && row ? (row as Record<string, unknown>) : {};
          // A row names a place of work by postal code when the form offered no units to choose from.
          if (workplace.postalCode !== undefined) {
            // The compact lookup, not the full table (the browser runs this schema); a unit test proves they agree on every code.
            if (typeof workplace.postalCode !== "string" || postalCodeRegion(workplace.postalCode.trim())?.geographic !== true) {
              ctx.addIssue({ code: "custom", path: ["workplaces", index, "postalCode"], message: "validation.placeOfWorkPostalCode" });
            }
          } else if (typeof workplace.establishmentUnitId !== "string" || !workplace.establishmentUnitId) {
            ctx.addIssue({ code: "custom", path: ["workplaces", index, "establishmentUnitId"], message: "validation.establishmentUnitRequired" });
          } else if (seen.has(workplace.establishmentUnitId)) {
            ctx.addIssue({ code: "custom", path: ["workplaces", index, "establishmentUnitId"], message: "validation.establishmentUnitTwice" });
          } else {
            seen.add(workplace.establishmentUnitId);
          }
        });
        if (workplaces.length > 0 && totalShare(workplaces) !== 100) {
          ctx.addIssue({ code: "custom", path: ["workplaces"], message: "validation.sharesMustTotal100" });
        }
      }, onlyObjects),
    );
  return z.pipe(
    answers,
    z.transform(({ grossSalary, employmentEndDate, ...value }: z.output<typeof answers>) => ({
      ...value,
      grossSalaryCents: eurosToCents(grossSalary),
      employmentEndDate: employmentEndDate || null,
      workplaces: value.workplaces.map((w) => ({ ...w, postalCode: w.postalCode?.trim() })),
    })),
  );
}

export const employmentFieldKinds: FieldKinds = {
  numbers: ["workplaces.*.sharePercent"],
  booleans: ["isRenewal", "isPosting", "regulatedProfession"],
};

// --- The fee ----------------------------------------------------------------------------------

/** What the fee step needs of the worker step: the exemption's ground must fit the worker. */
export interface WorkerContext {
  dateOfBirth: IsoDay;
  nationality: string;
}

export function feeStepSchema(day: IsoDay, worker: WorkerContext) {
  const answers = z
    .object({
      feeExemptionClaimed: z.boolean({ error: "checklist.problems.feeAnswerRequired" }),
      /** Asked only when an exemption is claimed. */
      feeExemptionGround: z.optional(z.union([z.literal(""), z.enum(FeeExemptionGround)], { error: "checklist.problems.feeExemptionGroundRequired" })),
      feeExemptionDetails: z.optional(plainString(undefined, { multiline: true }).check(z.trim(), z.maxLength(1000, { message: "validation.tooLong" }))),
    })
    .check(
      z.superRefine((parsed, ctx) => {
        // Runs beside the fields' own errors (see onlyObjects): any value may be missing or wrong.
        const value: Loose<typeof parsed> = parsed;
        if (value.feeExemptionClaimed !== true) return;
        const ground = typeof value.feeExemptionGround === "string" && value.feeExemptionGround in FeeExemptionGround ? (value.feeExemptionGround as FeeExemptionGround) : null;
        const details = typeof value.feeExemptionDetails === "string" ? value.feeExemptionDetails : null;
        // The submission's own check, so the two never disagree.
        for (const problem of feeExemptionProblems({ feeExemptionClaimed: true, feeExemptionGround: ground, feeExemptionDetails: details, worker }, day)) {
          if (problem.path === "feeExemptionGround" && value.feeExemptionGround !== undefined && value.feeExemptionGround !== "" && ground === null) continue;
          ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message });
        }
      }, onlyObjects),
    );
  return z.pipe(
    answers,
    z.transform((value: z.output<typeof answers>) =>
      value.feeExemptionClaimed
        ? { feeExemptionClaimed: true, feeExemptionGround: value.feeExemptionGround as FeeExemptionGround, feeExemptionDetails: value.feeExemptionDetails || null }
        : { feeExemptionClaimed: false, feeExemptionGround: null, feeExemptionDetails: null },
    ),
  );
}

export const feeFieldKinds: FieldKinds = {
  booleans: ["feeExemptionClaimed"],
};
