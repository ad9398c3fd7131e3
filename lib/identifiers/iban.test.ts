import { describe, expect, it } from "vitest";
import { formatIban, isValidIban } from "./iban";

describe("IBAN", () => {
  it("accepts valid IBANs, with or without spaces", () => {
    expect(isValidIban("BE57 6792 0060 9235")).toBe(true);
    expect(isValidIban("BE68539007547034")).toBe(true);
    expect(isValidIban("GB82WEST12345698765432")).toBe(true);
  });

  it("refuses a wrong check digit, a swapped digit and malformed input", () => {
    expect(isValidIban("BE58 6792 0060 9235")).toBe(false);
    expect(isValidIban("BE57 6792 0060 9253")).toBe(false);
    expect(isValidIban("BE57")).toBe(false);
    expect(isValidIban("5767 9200 6092 35BE")).toBe(false);
  });

  it("prints in groups of four", () => {
    expect(formatIban("BE57679200609235")).toBe("BE57 6792 0060 9235");
  });
});
