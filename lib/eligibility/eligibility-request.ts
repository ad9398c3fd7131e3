import * as z from "@/lib/forms/zod-mini";
import { boundedList, dayBoundProblem, itemsWithin } from "@/lib/forms/plausible";
import { isRealDay, type IsoDay } from "@/lib/dates";
import { formDataToObject, type FieldKinds } from "@/lib/forms/form-data";
import { INTENT_FIELD } from "@/lib/forms/form-intent";
import { FIRST_APPLICATION_DAY, INCAPACITY_CAUSES, WORK_BASES } from "./eligibility-rules";

/** Message keys under `eligibility.errors`, one per field, at the field's own path. */
export const ELIGIBILITY_ERRORS = {
  invalidJson: "eligibility.errors.invalidJson",
  tooLarge: "eligibility.errors.tooLarge",
  expectedObject: "eligibility.errors.expectedObject",
  applicationDate: "eligibility.errors.applicationDate",
  applicationDateTooEarly: "eligibility.errors.applicationDateTooEarly",
  legalResidenceInBelgium: "eligibility.errors.legalResidenceInBelgium",
  euLongTermResidentInOtherMemberState: "eligibility.errors.euLongTermResidentInOtherMemberState",
  workPeriods: "eligibility.errors.workPeriods",
  tooManyWorkPeriods: "eligibility.errors.tooManyWorkPeriods",
  day: "eligibility.errors.day",
  dayInFuture: "eligibility.errors.dayInFuture",
  endsBeforeStart: "eligibility.errors.endsBeforeStart",
  basis: "eligibility.errors.basis",
  incapacityPeriods: "eligibility.errors.incapacityPeriods",
  tooManyIncapacityPeriods: "eligibility.errors.tooManyIncapacityPeriods",
  cause: "eligibility.errors.cause",
  startedDuringRegularEmployment: "eligibility.errors.startedDuringRegularEmployment",
  incapacityStartsBeforeWorkPeriod: "eligibility.errors.incapacityStartsBeforeWorkPeriod",
  incapacityEndsAfterWorkPeriod: "eligibility.errors.incapacityEndsAfterWorkPeriod",
} as const;

/** Far more than a working life needs; keeps one request's work bounded (64 KiB holds about 300 rows). */
export const MAX_WORK_PERIODS = 50;
export const MAX_INCAPACITY_PERIODS = 20;

/** A real day that is not after `today`; one error per field (an impossible day is not also "in the future"). */
const pastDay = (today: IsoDay, message: string = ELIGIBILITY_ERRORS.day) =>
  z.string({ error: message }).check(
    z.trim(),
    z.refine((day) => isRealDay(day) && dayBoundProblem(day) === null, { error: message, abort: true }),
    z.refine((day) => day <= today, { error: ELIGIBILITY_ERRORS.dayInFuture }),
  );

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What the calculator is asked (issue 12, item 1): the application date, the two residence answers
 * and the work periods, each with its incapacity periods. Days after `today` (in Belgium) are
 * refused: the calculator judges work done, not planned. Periods reaching past the application date
 * are allowed and count up to it.
 */
export function eligibilityRequestSchema(today: IsoDay) {
  const usable = (day: unknown): day is IsoDay => typeof day === "string" && isRealDay(day) && day <= today;
  const incapacityPeriod = z.object(
    {
      from: pastDay(today),
      to: pastDay(today),
      cause: z.enum(INCAPACITY_CAUSES, { error: ELIGIBILITY_ERRORS.cause }),
      startedDuringRegularEmploymentByEmployerEstablishedInBelgium: z.boolean({ error: ELIGIBILITY_ERRORS.startedDuringRegularEmployment }),
    },
    { error: ELIGIBILITY_ERRORS.expectedObject },
  );
  const workPeriod = z
    .object(
      {
        from: pastDay(today),
        to: pastDay(today),
        basis: z.enum(WORK_BASES, { error: ELIGIBILITY_ERRORS.basis }),
        // The length first: thousands of rows give one error, not one per row.
        incapacityPeriods: z._default(
          boundedList(incapacityPeriod, {
            max: MAX_INCAPACITY_PERIODS,
            tooMany: ELIGIBILITY_ERRORS.tooManyIncapacityPeriods,
            notAList: ELIGIBILITY_ERRORS.incapacityPeriods,
          }),
          [],
        ),
      },
      { error: ELIGIBILITY_ERRORS.expectedObject },
    )
    .check(
      z.superRefine(
        (period, ctx) => {
          // Runs beside the fields' own errors (see `when`): only days that passed them are compared,
          // so that a field never gets two errors.
          const { from, to } = period;
          const periodOk = usable(from) && usable(to) && from <= to;
          if (usable(from) && usable(to) && to < from) ctx.addIssue({ code: "custom", path: ["to"], message: ELIGIBILITY_ERRORS.endsBeforeStart });
          const incapacities = itemsWithin(period.incapacityPeriods, MAX_INCAPACITY_PERIODS);
          incapacities.forEach((incapacity: unknown, index) => {
            if (!isObject(incapacity)) return;
            const { from: start, to: end } = incapacity;
            const path = ["incapacityPeriods", index];
            if (usable(start) && usable(end) && end < start) {
              ctx.addIssue({ code: "custom", path: [...path, "to"], message: ELIGIBILITY_ERRORS.endsBeforeStart });
              return;
            }
            if (!periodOk) return;
            if (usable(start) && start < from) ctx.addIssue({ code: "custom", path: [...path, "from"], message: ELIGIBILITY_ERRORS.incapacityStartsBeforeWorkPeriod });
            if (usable(end) && end > to) ctx.addIssue({ code: "custom", path: [...path, "to"], message: ELIGIBILITY_ERRORS.incapacityEndsAfterWorkPeriod });
          });
        },
        { when: (payload) => isObject(payload.value) },
      ),
    );
  return z
    .object(
      {
        applicationDate: pastDay(today, ELIGIBILITY_ERRORS.applicationDate).check(
          z.refine((day) => day >= FIRST_APPLICATION_DAY, { error: ELIGIBILITY_ERRORS.applicationDateTooEarly }),
        ),
        legalResidenceInBelgium: z.boolean({ error: ELIGIBILITY_ERRORS.legalResidenceInBelgium }),
        euLongTermResidentInOtherMemberState: z.boolean({ error: ELIGIBILITY_ERRORS.euLongTermResidentInOtherMemberState }),
        workPeriods: boundedList(workPeriod, { max: MAX_WORK_PERIODS, tooMany: ELIGIBILITY_ERRORS.tooManyWorkPeriods, notAList: ELIGIBILITY_ERRORS.workPeriods }),
      },
      { error: ELIGIBILITY_ERRORS.expectedObject },
    );
}

export type EligibilityRequest = z.output<ReturnType<typeof eligibilityRequestSchema>>;
export type WorkPeriod = EligibilityRequest["workPeriods"][number];
export type IncapacityPeriod = WorkPeriod["incapacityPeriods"][number];

/** The yes/no questions of the page's form, posted as "true"/"false" radios. */
const FORM_FIELD_KINDS: FieldKinds = {
  booleans: ["legalResidenceInBelgium", "euLongTermResidentInOtherMemberState", "workPeriods.*.incapacityPeriods.*.startedDuringRegularEmploymentByEmployerEstablishedInBelgium"],
};

/**
 * The page's form post as the request (and as the values to show the form again): the fields
 * nested by their names, the yes/no answers as booleans, and no work period when none was posted
 * (the form may have had its last row removed).
 */
export function eligibilityValuesFromForm(formData: FormData): Record<string, unknown> {
  const values = formDataToObject(formData, FORM_FIELD_KINDS);
  delete values[INTENT_FIELD];
  return { ...values, workPeriods: Array.isArray(values.workPeriods) ? values.workPeriods : [] };
}
