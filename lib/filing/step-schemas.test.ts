import { describe, expect, it } from "vitest";
import * as z from "@/lib/forms/zod-mini";
import { centsToEuros, employmentStepSchema, eurosToCents, feeStepSchema, residenceStepSchema, workerStepSchema, type ResidenceContext } from "./step-schemas";

const day = "2026-11-29";
const unit = "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b";

function issues(schema: z.core.$ZodType, input: unknown) {
  const result = z.safeParse(schema, input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("residence step", () => {
  const schema = residenceStepSchema(day);

  it("asks a worker abroad for the country and an open post that serves it, and stores no stay", () => {
    expect(schema.parse({ residesInBelgium: false, residenceCountry: "IN", diplomaticPostCode: "NEW_DELHI", stayType: "ILLEGAL_STAY" })).toEqual({
      workerResidesInBelgium: false,
      workerResidenceCountry: "IN",
      diplomaticPostCode: "NEW_DELHI",
      stayType: null,
      euLongTermResidentSecondResidence: false,
    });
    expect(issues(schema, { residesInBelgium: false })).toEqual(["residenceCountry: validation.residenceCountryRequired", "diplomaticPostCode: validation.diplomaticPostRequired"]);
    expect(issues(schema, { residesInBelgium: false, residenceCountry: "BE", diplomaticPostCode: "NEW_DELHI" })).toContain("residenceCountry: validation.residenceCountryAbroad");
    expect(issues(schema, { residesInBelgium: false, residenceCountry: "IN", diplomaticPostCode: "BEIJING" })).toEqual(["diplomaticPostCode: checklist.problems.diplomaticPostNotServing"]);
  });

  it("asks a worker in Belgium the kind of stay, and refuses an illegal stay or a procedure document at once, with the reason", () => {
    expect(issues(schema, { residesInBelgium: true })).toEqual(["stayType: checklist.problems.stayTypeRequired"]);
    expect(issues(schema, { residesInBelgium: true, stayType: "ILLEGAL_STAY" })).toEqual(["stayType: checklist.problems.notFromBelgium.ILLEGAL_STAY"]);
    expect(issues(schema, { residesInBelgium: true, stayType: "PROCEDURE_DOCUMENT" })).toEqual(["stayType: checklist.problems.notFromBelgium.PROCEDURE_DOCUMENT"]);
    expect(schema.parse({ residesInBelgium: true, stayType: "LEGAL_LONG_STAY", residenceCountry: "IN", diplomaticPostCode: "NEW_DELHI", euLongTermResidentSecondResidence: true })).toEqual({
      workerResidesInBelgium: true,
      workerResidenceCountry: null,
      diplomaticPostCode: null,
      stayType: "LEGAL_LONG_STAY",
      euLongTermResidentSecondResidence: true,
    });
  });

  it("answers input of the wrong shape with field errors, never an exception", () => {
    for (const input of [null, undefined, "x", 42, [], { residesInBelgium: "yes" }, { residesInBelgium: false, residenceCountry: 7, diplomaticPostCode: [] }]) {
      expect(() => schema.safeParse(input)).not.toThrow();
      expect(issues(schema, input).length).toBeGreaterThan(0);
    }
  });
});

describe("worker step", () => {
  const schema = workerStepSchema(day);
  const worker = { givenNames: "Priya", familyName: "Sharma", dateOfBirth: "1992-04-17", nationality: "IN", passportNumber: "p1234567", passportExpiresOn: "2031-01-01", email: "" };

  it("accepts a worker, the passport number in capitals", () => {
    expect(schema.parse({ worker }).worker.passportNumber).toBe("P1234567");
  });

  it("refuses implausible data: a birth date before 1900, a day past 2099, control characters in a name (issue 13)", () => {
    expect(issues(schema, { worker: { ...worker, dateOfBirth: "0001-01-01", passportExpiresOn: "9999-12-31" } })).toEqual([
      "worker.dateOfBirth: validation.dateOfBirthTooEarly",
      "worker.passportExpiresOn: validation.dateOutOfRange",
    ]);
    expect(issues(schema, { worker: { ...worker, dateOfBirth: "1900-01-01" } })).toEqual([]);
    expect(issues(schema, { worker: { ...worker, givenNames: "Priya\u0000", familyName: "Sharma\u001b[2J" } })).toEqual([
      "worker.givenNames: validation.controlCharacters",
      "worker.familyName: validation.controlCharacters",
    ]);
  });

  it("asks every field, a birth date in the past, a third-country nationality and a passport still valid", () => {
    expect(issues(schema, { worker: {} })).toEqual([
      "worker.givenNames: validation.givenNamesRequired",
      "worker.familyName: validation.familyNameRequired",
      "worker.dateOfBirth: validation.dateOfBirthRequired",
      "worker.nationality: validation.nationalityRequired",
      "worker.passportNumber: validation.passportNumberRequired",
      "worker.passportExpiresOn: validation.passportExpiresOnRequired",
    ]);
    expect(issues(schema, { worker: { ...worker, dateOfBirth: day, nationality: "FR", passportExpiresOn: "2026-11-28" } })).toEqual([
      "worker.nationality: validation.nationalityNotThirdCountry",
      "worker.dateOfBirth: validation.dateOfBirthInPast",
      "worker.passportExpiresOn: checklist.problems.passportExpired",
    ]);
    expect(issues(schema, { worker: { ...worker, passportExpiresOn: day } })).toEqual([]);
  });
});

describe("employment step", () => {
  const abroad: ResidenceContext = { workerResidesInBelgium: false, stayType: null, euLongTermResidentSecondResidence: false };
  const valid = {
    category: "HIGHLY_SKILLED",
    isRenewal: false,
    isPosting: false,
    regulatedProfession: false,
    jobTitle: "Engineer",
    iscoCode: "2512",
    grossSalary: "4500,5",
    employmentStartDate: "2027-03-01",
    employmentEndDate: "",
    workplaces: [{ establishmentUnitId: unit, sharePercent: 100 }],
  };

  it("refuses a start no region takes (a year either way), a day past 2099 and control characters in the job title (issue 13)", () => {
    const schema = employmentStepSchema(day, abroad);
    expect(issues(schema, { ...valid, employmentStartDate: "9999-12-31" })).toEqual(["employmentStartDate: validation.dateOutOfRange"]);
    expect(issues(schema, { ...valid, employmentStartDate: "2027-11-30" })).toEqual(["employmentStartDate: validation.employmentStartTooLate"]);
    expect(schema.safeParse({ ...valid, employmentStartDate: "2027-11-30" }).error?.issues[0]).toMatchObject({ params: { latest: "2027-11-29" } });
    expect(issues(schema, { ...valid, employmentStartDate: "2025-11-28" })).toEqual(["employmentStartDate: validation.employmentStartTooEarly"]);
    expect(issues(schema, { ...valid, employmentStartDate: "2027-11-29" })).toEqual([]);
    expect(issues(schema, { ...valid, jobTitle: "Engineer\u0000" })).toEqual(["jobTitle: validation.controlCharacters"]);
  });

  it("checks the number of workplaces before each of them: 3,000 wrong ones give one error", () => {
    const many = Array.from({ length: 3000 }, () => ({ postalCode: "0000", sharePercent: 0 }));
    expect(issues(employmentStepSchema(day, abroad), { ...valid, workplaces: many })).toEqual(["workplaces: validation.tooManyWorkplaces"]);
  });

  it("accepts a job, the salary in cents and an empty end as open-ended", () => {
    const parsed = employmentStepSchema(day, abroad).parse(valid);
    expect(parsed).toMatchObject({ grossSalaryCents: 450_050, employmentEndDate: null, category: "HIGHLY_SKILLED" });
    expect(parsed).not.toHaveProperty("grossSalary");
  });

  it("asks every answer the checklist needs, and a contract that ends after it starts", () => {
    expect(issues(employmentStepSchema(day, abroad), { ...valid, isRenewal: undefined, isPosting: undefined, regulatedProfession: undefined, grossSalary: "" })).toEqual([
      "isRenewal: validation.isRenewalRequired",
      "isPosting: validation.isPostingRequired",
      "regulatedProfession: checklist.problems.regulatedProfessionRequired",
      "grossSalary: validation.grossSalaryRequired",
    ]);
    expect(issues(employmentStepSchema(day, abroad), { ...valid, grossSalary: "4.500,00", employmentEndDate: "2027-02-28" })).toEqual([
      "grossSalary: validation.grossSalaryFormat",
      "employmentEndDate: validation.employmentEndBeforeStart",
    ]);
  });

  it("refuses, with the reason, a category that cannot be applied for from the worker's stay in Belgium", () => {
    const inBelgium = (stayType: ResidenceContext["stayType"], euLtr = false): ResidenceContext => ({ workerResidesInBelgium: true, stayType, euLongTermResidentSecondResidence: euLtr });
    expect(issues(employmentStepSchema(day, inBelgium("LEGAL_SHORT_STAY")), { ...valid, category: "OTHER" })).toEqual(["category: checklist.problems.notFromBelgium.NOT_EXEMPT_FROM_LABOUR_MARKET_TEST"]);
    expect(issues(employmentStepSchema(day, inBelgium("LEGAL_SHORT_STAY")), { ...valid, category: "SEASONAL_WORKER" })).toEqual(["category: checklist.problems.notFromBelgium.SEASONAL_WORKER_FROM_ABROAD"]);
    expect(issues(employmentStepSchema(day, inBelgium("LEGAL_SHORT_STAY")), { ...valid, category: "TRAINEE" })).toEqual(["category: checklist.problems.notFromBelgium.TRAINEE_NEEDS_LONG_STAY"]);
    expect(issues(employmentStepSchema(day, inBelgium("LEGAL_LONG_STAY")), { ...valid, category: "TRAINEE" })).toEqual([]);
    expect(issues(employmentStepSchema(day, inBelgium("LEGAL_SHORT_STAY", true)), { ...valid, category: "OTHER" })).toEqual([]);
    expect(issues(employmentStepSchema(day, abroad), { ...valid, category: "OTHER" })).toEqual([]);
    // Beside empty fields too, as the form posts them before anything else is typed (the filing e2e).
    const empty = { category: "OTHER", jobTitle: "", iscoCode: "", grossSalary: "", employmentStartDate: "", employmentEndDate: "", workplaces: [] };
    expect(issues(employmentStepSchema(day, inBelgium("LEGAL_SHORT_STAY")), empty)).toContain("category: checklist.problems.notFromBelgium.NOT_EXEMPT_FROM_LABOUR_MARKET_TEST");
  });

  it("keeps the workplace rules: units once each, postal codes of places of work, shares adding up to 100", () => {
    const schema = employmentStepSchema(day, abroad);
    expect(issues(schema, { ...valid, workplaces: [{ establishmentUnitId: unit, sharePercent: 50 }, { establishmentUnitId: unit, sharePercent: 30 }] })).toEqual([
      "workplaces.1.establishmentUnitId: validation.establishmentUnitTwice",
      "workplaces: validation.sharesMustTotal100",
    ]);
    expect(issues(schema, { ...valid, workplaces: [{ postalCode: "9999", sharePercent: 100 }] })).toEqual(["workplaces.0.postalCode: validation.placeOfWorkPostalCode"]);
    expect(issues(schema, { ...valid, workplaces: [] })).toEqual(["workplaces: validation.workplaceRequired"]);
    for (const input of [null, "x", { ...valid, workplaces: [null, { postalCode: 1000 }] }]) expect(() => schema.safeParse(input)).not.toThrow();
  });

  it("reads and shows euros with a comma or a point, to the cent", () => {
    expect(["4500", "4500.5", "4500,50", " 0,07 "].map(eurosToCents)).toEqual([450_000, 450_050, 450_050, 7]);
    expect([450_000, 450_050, 7].map(centsToEuros)).toEqual(["4500", "4500.50", "0.07"]);
  });
});

describe("fee step", () => {
  const adultIndian = { dateOfBirth: "1990-01-01", nationality: "IN" };

  it("stores a paid fee without a ground", () => {
    expect(feeStepSchema(day, adultIndian).parse({ feeExemptionClaimed: false, feeExemptionGround: "MINOR", feeExemptionDetails: "x" })).toEqual({
      feeExemptionClaimed: false,
      feeExemptionGround: null,
      feeExemptionDetails: null,
    });
  });

  it("asks a claimed exemption's ground, which must fit the worker, as the submission does", () => {
    const schema = feeStepSchema(day, adultIndian);
    expect(issues(schema, {})).toEqual(["feeExemptionClaimed: checklist.problems.feeAnswerRequired"]);
    expect(issues(schema, { feeExemptionClaimed: true, feeExemptionGround: "" })).toEqual(["feeExemptionGround: checklist.problems.feeExemptionGroundRequired"]);
    expect(issues(schema, { feeExemptionClaimed: true, feeExemptionGround: "NONSENSE" })).toEqual(["feeExemptionGround: checklist.problems.feeExemptionGroundRequired"]);
    expect(issues(schema, { feeExemptionClaimed: true, feeExemptionGround: "MINOR" })).toEqual(["feeExemptionGround: checklist.problems.feeExemptionNotMinor"]);
    expect(issues(schema, { feeExemptionClaimed: true, feeExemptionGround: "TURKISH_NATIONAL" })).toEqual(["feeExemptionGround: checklist.problems.feeExemptionNotTurkish"]);
    expect(issues(schema, { feeExemptionClaimed: true, feeExemptionGround: "OTHER", feeExemptionDetails: " " })).toEqual(["feeExemptionDetails: checklist.problems.feeExemptionDetailsRequired"]);
    expect(issues(feeStepSchema(day, { dateOfBirth: "1990-01-01", nationality: "TR" }), { feeExemptionClaimed: true, feeExemptionGround: "TURKISH_NATIONAL" })).toEqual([]);
  });
});
