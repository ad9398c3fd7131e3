import { describe, expect, it } from "vitest";
import { withKboCheckDigits } from "@/lib/identifiers/enterprise-number";
import { signUpSchema } from "./organisation-input";

const unit = (unitNumber: string) => ({ unitNumber, name: "Depot", street: "Haven 2", postalCode: "2030", city: "Antwerpen" });
const valid = {
  kind: "EMPLOYER",
  foreignEmployer: false,
  enterpriseNumber: "BE 0403.170.701",
  name: "Kouter NV",
  registeredOffice: { street: "Kouter 1", postalCode: "9000", city: "Gent" },
  units: [unit("2.147.812.701")],
  administrator: { name: "Ann Peeters", email: "ann@example.be", password: "twelve chars", locale: "nl" },
};

function errorsOf(input: unknown): Record<string, string> {
  const result = signUpSchema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the sign-up form's schema", () => {
  it("accepts a Belgian employer and normalises its numbers to 10 digits", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.enterpriseNumber).toBe("0403170701");
    expect(parsed.units[0]!.unitNumber).toBe("2147812701");
  });

  it("says which rule each number breaks", () => {
    expect(errorsOf({ ...valid, enterpriseNumber: "2147812897" })).toEqual({ enterpriseNumber: "validation.enterpriseNumberIsUnitNumber" });
    expect(errorsOf({ ...valid, enterpriseNumber: "0403170702" })).toEqual({ enterpriseNumber: "validation.kboNumberCheckDigits" });
    expect(errorsOf({ ...valid, enterpriseNumber: "" })).toEqual({ enterpriseNumber: "validation.enterpriseNumberRequired" });
    expect(errorsOf({ ...valid, units: [unit("0403170701")] })).toEqual({ "units.0.unitNumber": "validation.unitNumberIsEnterpriseNumber" });
    expect(errorsOf({ ...valid, units: [unit(withKboCheckDigits("90000000"))] })).toEqual({ "units.0.unitNumber": "validation.kboNumberFirstDigit" });
  });

  it("refuses a unit listed twice, even written differently", () => {
    expect(errorsOf({ ...valid, units: [unit("2147812701"), unit("2.147.812.701")] })).toEqual({ "units.1.unitNumber": "validation.unitNumberTwice" });
  });

  it("requires the registered office in Belgium, with a postal code of a place", () => {
    expect(errorsOf({ ...valid, registeredOffice: { street: "", postalCode: "0000", city: "Gent" } })).toEqual({
      "registeredOffice.street": "validation.streetRequired",
      "registeredOffice.postalCode": "validation.postalCodeUnknown",
    });
  });

  it("lets a foreign employer leave out the enterprise number and the Belgian office, asking for its country", () => {
    const foreign = { ...valid, foreignEmployer: true, enterpriseNumber: "", registeredOffice: undefined, units: [] };
    expect(errorsOf({ ...foreign, registeredOfficeCountry: "NL" })).toEqual({});
    expect(errorsOf(foreign)).toEqual({ registeredOfficeCountry: "validation.registeredOfficeCountryRequired" });
    expect(errorsOf({ ...foreign, registeredOfficeCountry: "BE" })).toEqual({ registeredOfficeCountry: "validation.registeredOfficeCountryAbroad" });
    expect(errorsOf({ ...foreign, registeredOfficeCountry: "NL", enterpriseNumber: "0403170702" })).toEqual({ enterpriseNumber: "validation.kboNumberCheckDigits" });
    expect(errorsOf({ ...foreign, registeredOfficeCountry: "NL", units: [unit("2147812701")] })).toEqual({ units: "validation.foreignEmployerHasNoUnits" });
  });

  it("keeps a mandatary to a Belgian registration", () => {
    expect(errorsOf({ ...valid, kind: "MANDATARY", foreignEmployer: true })).toEqual({ foreignEmployer: "validation.mandataryNotForeign" });
  });

  it("reports the cross-field rules beside the fields' own errors", () => {
    expect(errorsOf({ ...valid, name: "", enterpriseNumber: "12", administrator: { ...valid.administrator, password: "short" } })).toEqual({
      name: "validation.organisationNameRequired",
      enterpriseNumber: "validation.kboNumberLength",
      "administrator.password": "validation.passwordTooShort",
    });
  });
});
