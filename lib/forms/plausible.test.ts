import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/errors/validation";
import { boundedList, dayField, hasControlCharacters, optionalDayField, plainString, textLine } from "./plausible";
import { z } from "./zod";
import { catalogMessage } from "./zod-mini";

/** Schemas of either build: the helpers make zod/mini schemas, a few cases below classic ones. */
function errors(schema: z.core.$ZodType, input: unknown) {
  const result = z.safeParse(schema, input);
  return result.success ? [] : fieldErrorsFromZod(result.error).map((e) => `${e.path}: ${e.message}`);
}

describe("plain text", () => {
  it("refuses NUL and every other control character, in a line and in a longer text", () => {
    for (const control of ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f", "\t", "\n", "\r"]) {
      expect(hasControlCharacters(`Pri${control}ya`), JSON.stringify(control)).toBe(true);
    }
    expect(errors(textLine("validation.givenNamesRequired", 100), "Priya\u0000")).toEqual([": validation.controlCharacters"]);
    // The control characters first.
    expect(errors(textLine("validation.givenNamesRequired", 5), "Priya Sharma\u0000")).toEqual([": validation.controlCharacters", ": validation.tooLong"]);
  });

  it("keeps letters of every script, and the tab and line breaks of a multi-line text", () => {
    for (const name of ["Zoë", "Łukasz", "محمد", "王芳", "Nguyễn", "O'Brien-Smith", "José María"]) expect(errors(textLine("validation.givenNamesRequired", 100), name), name).toEqual([]);
    expect(errors(plainString(undefined, { multiline: true }), "First line\r\n\tsecond line")).toEqual([]);
    expect(errors(plainString(undefined, { multiline: true }), "First line\u0000")).toEqual([": validation.controlCharacters"]);
  });
});

describe("days", () => {
  const field = dayField("validation.dateOfBirthRequired", { tooEarly: "validation.dateOfBirthTooEarly" });

  it("takes real days from 1900 to 2099 and names the broken bound", () => {
    expect(errors(field, "1900-01-01")).toEqual([]);
    expect(errors(field, "2099-12-31")).toEqual([]);
    expect(errors(field, "0001-01-01")).toEqual([": validation.dateOfBirthTooEarly"]);
    expect(errors(field, "1899-12-31")).toEqual([": validation.dateOfBirthTooEarly"]);
    expect(errors(field, "9999-12-31")).toEqual([": validation.dateOutOfRange"]);
    expect(errors(field, "2026-02-30")).toEqual([": validation.invalidDate"]);
    expect(errors(field, "")).toEqual([": validation.dateOfBirthRequired"]);
    expect(errors(field, 20260101)).toEqual([": validation.dateOfBirthRequired"]);
  });

  it("an optional day is null when absent or empty, and otherwise checked as a required one is", () => {
    const optional = optionalDayField({ latest: "2030-12-31" });
    expect(optional.parse(undefined)).toBeNull();
    expect(optional.parse("  ")).toBeNull();
    expect(optional.parse(" 2027-03-31 ")).toBe("2027-03-31");
    expect(errors(optional, "2027-02-29")).toEqual([": validation.invalidDate"]);
    expect(errors(optional, "31/03/2027")).toEqual([": validation.invalidDate"]);
    expect(errors(optional, "1899-12-31")).toEqual([": validation.dateOutOfRange"]);
    expect(errors(optional, "2031-01-01")).toEqual([": validation.dateOutOfRange"]);
    expect(errors(optional, 20270331)).toEqual([": validation.invalidDate"]);
  });
});

describe("lists", () => {
  const list = boundedList(z.object({ code: z.string().regex(/^\d{4}$/, "validation.placeOfWorkPostalCode") }), {
    max: 20,
    tooMany: "validation.tooManyWorkplaces",
    min: 1,
    tooFew: "validation.workplaceRequired",
  });

  it("checks the length before the items: 3,000 wrong entries give one error", () => {
    expect(errors(list, Array.from({ length: 3000 }, () => ({ code: "x" })))).toEqual([": validation.tooManyWorkplaces"]);
    expect(errors(list, [])).toEqual([": validation.workplaceRequired"]);
  });

  it("checks the items of a list of the right length, each at its own path", () => {
    expect(errors(list, [{ code: "2000" }, { code: "x" }])).toEqual(["1.code: validation.placeOfWorkPostalCode"]);
    expect(list.parse([{ code: "2000" }])).toEqual([{ code: "2000" }]);
  });
});

describe("a field's error leaves its object's refinements running", () => {
  it("so that the forms show the cross-field errors beside it", () => {
    const refined = (field: z.core.$ZodType) => z.object({ field }).superRefine((_, ctx) => ctx.addIssue({ code: "custom", path: ["other"], message: "validation.invalidValue" }), { when: () => true });
    for (const [field, input] of [
      [dayField("validation.dateOfBirthRequired"), ""],
      [dayField("validation.dateOfBirthRequired"), "0001-01-01"],
      [textLine("validation.givenNamesRequired", 100), "Priya\u0000"],
    ] as const) {
      expect(errors(refined(field), { field: input }).at(-1)).toBe("other: validation.invalidValue");
    }
  });
});

describe("zod's own errors", () => {
  it("speak the catalogs, not zod's English, for every kind of issue no schema gave a message for", () => {
    const schema = z.object({ name: z.string(), count: z.number().int().min(1).max(9), kind: z.enum(["A", "B"]), tags: z.array(z.string()).max(2), code: z.string().min(3).max(4), id: z.uuid() });
    expect(errors(schema, { name: 5, count: 10, kind: "C", tags: ["a", "b", "c"], code: "ab", id: "x" })).toEqual([
      "name: validation.wrongKindOfAnswer",
      "count: validation.numberTooLarge",
      "kind: validation.unknownChoice",
      "tags: validation.tooManyItems",
      "code: validation.tooShort",
      "id: validation.wrongFormat",
    ]);
    expect(errors(schema, {})).toEqual(["name", "count", "kind", "tags", "code", "id"].map((key) => `${key}: validation.answerRequired`));
    expect(errors(z.number().min(1), 0)).toEqual([": validation.numberTooSmall"]);
    expect(errors(z.array(z.string()).min(1), [])).toEqual([": validation.tooFewItems"]);
    expect(errors(z.string().min(1), "")).toEqual([": validation.answerRequired"]);
    expect(errors(z.string().max(1), "ab")).toEqual([": validation.tooLong"]);
  });

  it("leaves a schema's own message alone", () => {
    expect(errors(z.string({ error: "validation.jobTitleRequired" }), 5)).toEqual([": validation.jobTitleRequired"]);
    expect(catalogMessage({ code: "custom", input: "x", path: [] } as never)).toBe("validation.invalidValue");
  });
});
