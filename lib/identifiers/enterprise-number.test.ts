import { describe, expect, it } from "vitest";
import { formatKboNumber, isEnterpriseNumber, isEstablishmentUnitNumber, kboNumberProblem, normaliseKboNumber, withKboCheckDigits } from "./enterprise-number";

describe("KBO/BCE numbers", () => {
  it("accepts valid enterprise numbers in any usual notation", () => {
    expect(isEnterpriseNumber("0403.170.701")).toBe(true);
    expect(isEnterpriseNumber("BE 0403 170 701")).toBe(true);
    expect(isEnterpriseNumber("403170701")).toBe(true);
  });

  it("rejects a wrong check digit, a wrong length and letters", () => {
    expect(isEnterpriseNumber("0403170702")).toBe(false);
    expect(isEnterpriseNumber("04031707011")).toBe(false);
    expect(isEnterpriseNumber("04031707O1")).toBe(false);
  });

  it("tells establishment unit numbers (first digit 2–8) from enterprise numbers", () => {
    expect(isEstablishmentUnitNumber("2.147.812.701")).toBe(true);
    expect(isEstablishmentUnitNumber("2147812897")).toBe(true);
    expect(isEnterpriseNumber("2147812897")).toBe(false);
    expect(isEstablishmentUnitNumber("0403170701")).toBe(false);
  });

  it("accepts the 1-series issued since September 2023", () => {
    const first8 = "10000000";
    const check = String(97 - (Number(first8) % 97)).padStart(2, "0");
    expect(isEnterpriseNumber(first8 + check)).toBe(true);
  });

  it("normalises and formats", () => {
    expect(normaliseKboNumber("BE0403.170.701")).toBe("0403170701");
    expect(formatKboNumber("0403170701")).toBe("0403.170.701");
  });

  it("says which rule an enterprise number breaks", () => {
    expect(kboNumberProblem("0403.170.701", "enterprise")).toBeNull();
    expect(kboNumberProblem("04031707O1", "enterprise")).toBe("characters");
    expect(kboNumberProblem("04031707011", "enterprise")).toBe("length");
    expect(kboNumberProblem("04031707", "enterprise")).toBe("length");
    // The official establishment-unit example, given where the enterprise number belongs.
    expect(kboNumberProblem("2.147.812.897", "enterprise")).toBe("establishmentUnitNumber");
    expect(kboNumberProblem(withKboCheckDigits("90000000"), "enterprise")).toBe("firstDigit");
    expect(kboNumberProblem("0403170702", "enterprise")).toBe("checkDigits");
  });

  it("says which rule an establishment unit number breaks", () => {
    expect(kboNumberProblem("2.147.812.701", "establishment-unit")).toBeNull();
    expect(kboNumberProblem(withKboCheckDigits("80000000"), "establishment-unit")).toBeNull();
    expect(kboNumberProblem("0403.170.701", "establishment-unit")).toBe("enterpriseNumber");
    expect(kboNumberProblem(withKboCheckDigits("90000000"), "establishment-unit")).toBe("firstDigit");
    expect(kboNumberProblem("2147812702", "establishment-unit")).toBe("checkDigits");
    expect(kboNumberProblem("2-147-812-701", "establishment-unit")).toBe("characters");
  });
});
