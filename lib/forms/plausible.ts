import { isRealDay, type IsoDay } from "@/lib/dates";
import * as z from "./zod-mini";

/**
 * What every schema uses to accept plausible data only (issue 13, point 2): text without control
 * characters, days within bounds, lists whose length is checked before their items. Messages are
 * catalog keys (messages/<locale>/portal.json, `validation.*`).
 */

export const CONTROL_CHARACTERS_MESSAGE = "validation.controlCharacters";

/** C0 controls (NUL included), DEL and C1 controls; a multi-line text keeps its tab and line breaks. */
const SINGLE_LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
const MULTI_LINE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Whether the text holds a character no one types: PostgreSQL refuses NUL, and the others hide in letters and logs. */
export function hasControlCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? MULTI_LINE_CONTROLS : SINGLE_LINE_CONTROLS).test(value);
}

/**
 * A string of free text: `z.string()` that refuses control characters, before its other checks.
 * `error` is the message for a missing or non-text value. No check here aborts: in zod 4.6 an
 * aborted field also stops its object's refinements (`when` included), which would hide the
 * cross-field errors the forms show beside the field errors.
 */
export function plainString(error?: string, options: { multiline?: boolean } = {}) {
  return z.string(error === undefined ? undefined : { error }).check(z.refine((value) => !hasControlCharacters(value, options), { message: CONTROL_CHARACTERS_MESSAGE }));
}

/** A required, trimmed line of text of at most `max` characters. */
export function textLine(requiredKey: string, max: number) {
  return plainString(requiredKey).check(z.trim(), z.minLength(1, requiredKey), z.maxLength(max, { message: "validation.tooLong" }));
}

// --- Days -------------------------------------------------------------------------------------

/** The widest bounds of any day the portal takes; a field narrows them where it knows better. */
export const EARLIEST_DAY: IsoDay = "1900-01-01";
export const LATEST_DAY: IsoDay = "2099-12-31";
export const DAY_OUT_OF_RANGE_MESSAGE = "validation.dateOutOfRange";

export interface DayBounds {
  earliest?: IsoDay;
  latest?: IsoDay;
  /** The message for a day before `earliest` (default: validation.dateOutOfRange). */
  tooEarly?: string;
  tooLate?: string;
}

/** Whether a real day lies within the bounds; the message of the broken bound, or null. */
export function dayBoundProblem(day: IsoDay, bounds: DayBounds = {}): string | null {
  if (day < (bounds.earliest ?? EARLIEST_DAY)) return bounds.tooEarly ?? DAY_OUT_OF_RANGE_MESSAGE;
  if (day > (bounds.latest ?? LATEST_DAY)) return bounds.tooLate ?? DAY_OUT_OF_RANGE_MESSAGE;
  return null;
}

/**
 * A required day ("2026-11-24"), real and within the bounds (by default 1900–2099): one error, the
 * first that applies. One refinement rather than aborting checks (see plainString).
 */
export function dayField(requiredKey: string, bounds: DayBounds = {}) {
  return z.string({ error: requiredKey }).check(
    z.trim(),
    z.superRefine((day, ctx) => {
      const problem = day === "" ? requiredKey : dayProblem(day, bounds);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  );
}

/**
 * An optional day: absent or left empty is null; otherwise real and within the bounds, with the
 * same messages as `dayField`. One schema, built once, like the others here.
 */
export function optionalDayField(bounds: DayBounds = {}) {
  return z
    .pipe(
      z.optional(z.string({ error: "validation.invalidDate" }).check(z.trim())),
      z.transform((day: string | undefined) => (day ? day : null)),
    )
    .check(
      z.superRefine((day, ctx) => {
        const problem = day === null ? null : dayProblem(day, bounds);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    );
}

/** What is wrong with a typed, non-empty day: not a real day, or out of its bounds; null when nothing is. */
function dayProblem(day: string, bounds: DayBounds): string | null {
  return isRealDay(day) ? dayBoundProblem(day, bounds) : "validation.invalidDate";
}

/** A worker's date of birth: not before 1900 (before `day` is checked where the day is known). */
export const BIRTH_DAY_BOUNDS: DayBounds = { earliest: EARLIEST_DAY, tooEarly: "validation.dateOfBirthTooEarly" };

// --- Lists ------------------------------------------------------------------------------------

export interface ListBounds {
  max: number;
  /** The message of a list longer than `max`, with its values. */
  tooMany: string;
  tooManyValues?: Record<string, string | number>;
  /** At least this many items (checked with the length, before the items), with its message. */
  min?: number;
  tooFew?: string;
  /** The message for a value that is not a list (default: the error map's). */
  notAList?: string;
}

/**
 * A list whose length is checked before its items: 3,000 wrong entries give one short error, not
 * one per entry. (zod checks `.max()` only after it has parsed every item; a pipe stops at its
 * first stage's error.) Typed as the plain array so that forms and refinements see the item's own
 * input and output.
 */
export function boundedList<Item extends z.core.$ZodType>(item: Item, bounds: ListBounds): z.ZodMiniType<z.output<Item>[], z.input<Item>[]> {
  const guard = z.array(z.unknown(), bounds.notAList === undefined ? undefined : { error: bounds.notAList }).check(
    z.superRefine((list, ctx) => {
      if (list.length > bounds.max) ctx.addIssue({ code: "custom", message: bounds.tooMany, ...(bounds.tooManyValues ? { params: bounds.tooManyValues } : {}) });
      else if (bounds.min !== undefined && list.length < bounds.min) ctx.addIssue({ code: "custom", message: bounds.tooFew ?? "validation.tooFewItems" });
    }),
  );
  return z.pipe(guard, z.array(item)) as unknown as z.ZodMiniType<z.output<Item>[], z.input<Item>[]>;
}

/** The items of a value a refinement may look at: none when it is not a list or is longer than `max`. */
export function itemsWithin(value: unknown, max: number): unknown[] {
  return Array.isArray(value) && value.length <= max ? value : [];
}
