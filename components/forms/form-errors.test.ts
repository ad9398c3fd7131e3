import { describe, expect, it } from "vitest";
import { flattenFormErrors, nestFieldErrors } from "./form-errors";

describe("the server's field errors on the form", () => {
  it("puts each field's first problem at its path, and a list's own error beside its rows' errors", () => {
    const nested = nestFieldErrors([
      { path: "worker.dateOfBirth", message: "validation.dateOfBirthRequired" },
      { path: "worker.dateOfBirth", message: "validation.invalidDate" },
      { path: "workplaces", message: "validation.sharesMustTotal100" },
      { path: "workplaces.1.sharePercent", message: "validation.shareRange", values: { min: 1 } },
      { path: "", message: "routing.errors.noPlace" },
    ]);
    expect(flattenFormErrors(nested)).toEqual([
      { path: "worker.dateOfBirth", message: "validation.dateOfBirthRequired", values: undefined },
      { path: "workplaces.1.sharePercent", message: "validation.shareRange", values: { min: 1 } },
      { path: "workplaces", message: "validation.sharesMustTotal100", values: undefined },
    ]);
  });

  it("gives no errors for none", () => {
    expect(nestFieldErrors([])).toEqual({});
  });
});
