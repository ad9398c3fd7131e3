import { describe, expect, it } from "vitest";
import { postedForm, submissionsBefore } from "./action-arguments";

describe("a server action's arguments, as anyone may send them", () => {
  it("keeps a posted form and replaces anything else by an empty form", () => {
    const form = new FormData();
    form.set("a", "1");
    expect(postedForm(form)).toBe(form);
    for (const value of [undefined, null, "a", 1, {}, [], { get: () => "x" }]) expect([...postedForm(value).keys()]).toEqual([]);
  });

  it("reads the submissions so far only from a plausible state", () => {
    expect(submissionsBefore({ submission: 3, fieldErrors: [] })).toBe(3);
    for (const value of [undefined, null, "a", 1, {}, { submission: "x" }, { submission: -1 }, { submission: 1.5 }, { submission: Number.MAX_VALUE }]) {
      expect(submissionsBefore(value)).toBe(0);
    }
  });
});
