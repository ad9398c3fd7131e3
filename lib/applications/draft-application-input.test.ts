import { describe, expect, it } from "vitest";
import { draftApplicationSchema } from "./draft-application-input";

const unit = "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b";
const valid = {
  type: "COMBINED_PERMIT_FIXED",
  category: "HIGHLY_SKILLED",
  worker: { givenNames: "Priya", familyName: "Sharma", dateOfBirth: "1992-04-17", nationality: "IN", passportNumber: "P1234567", email: "", residesInBelgium: false, residenceCountry: "IN" },
  jobTitle: "Engineer",
  iscoCode: "2512",
  employmentStartDate: "2027-03-01",
  diplomaticPostCode: "NEW_DELHI",
  workplaces: [{ establishmentUnitId: unit, sharePercent: 100 }],
};

function issues(input: unknown) {
  const result = draftApplicationSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("the filing form's schema", () => {
  it("accepts a complete application", () => {
    expect(issues(valid)).toEqual([]);
  });

  it("answers input of the wrong shape with field errors, never an exception", () => {
    for (const input of [null, undefined, "x", 42, [], { worker: null, workplaces: "no" }, { ...valid, workplaces: [{ postalCode: 1000, sharePercent: "50" }, null] }, { ...valid, worker: { ...valid.worker, residenceCountry: 7 } }]) {
      expect(() => draftApplicationSchema.safeParse(input)).not.toThrow();
      expect(issues(input).length).toBeGreaterThan(0);
    }
    expect(issues({ ...valid, workplaces: [{ postalCode: 1000, sharePercent: 100 }] })).toContain("workplaces.0.postalCode: validation.placeOfWorkPostalCode");
  });

  it("files for a worker living in Belgium only from a legal stay and in a category exempt from the labour market test", () => {
    const inBelgium = { ...valid, worker: { ...valid.worker, residesInBelgium: true, residenceCountry: "BE" }, diplomaticPostCode: "" };
    expect(issues(inBelgium)).toEqual(["worker.legalStay: validation.legalStayRequired"]);
    const declared = { ...inBelgium, worker: { ...inBelgium.worker, legalStay: true } };
    expect(issues(declared)).toEqual([]);
    expect(issues({ ...declared, category: "SEASONAL_WORKER" })).toEqual(["category: validation.categoryNotFromBelgium"]);
    expect(issues({ ...declared, category: "OTHER" })).toEqual(["category: validation.categoryNotFromBelgium"]);
  });

  it("keeps the EU Blue Card type and category together", () => {
    expect(issues({ ...valid, type: "EU_BLUE_CARD" })).toEqual(["category: validation.blueCardCategory"]);
    expect(issues({ ...valid, category: "EU_BLUE_CARD" })).toEqual(["category: validation.blueCardCategory"]);
    expect(issues({ ...valid, type: "EU_BLUE_CARD", category: "EU_BLUE_CARD" })).toEqual([]);
  });

  it("asks a worker abroad for the country and an open diplomatic post", () => {
    expect(issues({ ...valid, worker: { ...valid.worker, residenceCountry: "BE" } })).toEqual(["worker.residenceCountry: validation.residenceCountryAbroad"]);
    expect(issues({ ...valid, diplomaticPostCode: "ATLANTIS" })).toEqual(["diplomaticPostCode: validation.diplomaticPostRequired"]);
  });

  it("stores Belgium as the country of a worker living there, and no diplomatic post", () => {
    const parsed = draftApplicationSchema.parse({ ...valid, worker: { ...valid.worker, residesInBelgium: true, residenceCountry: "", legalStay: true }, diplomaticPostCode: "NEW_DELHI" });
    expect(parsed.worker.residenceCountry).toBe("BE");
    expect(parsed.diplomaticPostCode).toBeUndefined();
  });
});
