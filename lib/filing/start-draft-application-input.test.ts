import { describe, expect, it } from "vitest";
import { carriedAnswers, fileFromCalculatorSchema } from "./start-draft-application-input";

describe("the calculator's answers carried to a worker's new draft", () => {
  it("reads the JSON the button posts (or the cookie keeps), and nothing from what is no JSON", () => {
    const answers = { legalResidenceInBelgium: true, workPeriods: [] };
    expect(carriedAnswers(JSON.stringify(answers))).toEqual(answers);
    expect(carriedAnswers("{not json")).toBeUndefined();
    expect(carriedAnswers("")).toBeUndefined();
    expect(carriedAnswers(undefined)).toBeUndefined();
  });

  it("takes one bounded text field", () => {
    expect(fileFromCalculatorSchema.safeParse({ eligibility: "{}" }).success).toBe(true);
    expect(fileFromCalculatorSchema.safeParse({ eligibility: "x".repeat(64_001) }).success).toBe(false);
    expect(fileFromCalculatorSchema.safeParse({}).success).toBe(false);
  });
});
