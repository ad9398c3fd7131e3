import { describe, expect, it } from "vitest";
import { lookupPostalCode } from "./postal-codes";
import { postalCodeRegion } from "./postal-code-regions";

describe("postalCodeRegion, the browser's compact lookup", () => {
  it("agrees with the full table on every code from 0000 to 9999", () => {
    let known = 0;
    for (let n = 0; n <= 9999; n++) {
      const code = String(n).padStart(4, "0");
      const entry = lookupPostalCode(code);
      if (entry) known++;
      expect(postalCodeRegion(code), code).toEqual(entry ? { geographic: entry.geographic, region: entry.region } : undefined);
    }
    // The full table's 1,192 codes, so the loop above did compare real entries.
    expect(known).toBe(1192);
  });

  it("knows nothing of strings that are not four digits", () => {
    for (const code of ["", "100", "10000", " 1000", "1000 ", "abcd", "1e03"]) expect(postalCodeRegion(code), code).toBeUndefined();
  });

  it("puts the German-speaking Community's codes there and its neighbours in Wallonia", () => {
    expect(postalCodeRegion("4700")).toEqual({ geographic: true, region: "GERMAN_SPEAKING_COMMUNITY" });
    expect(postalCodeRegion("4791")).toEqual({ geographic: true, region: "GERMAN_SPEAKING_COMMUNITY" });
    expect(postalCodeRegion("4960")).toEqual({ geographic: true, region: "WALLOON_REGION" });
    expect(postalCodeRegion("0612")).toEqual({ geographic: false, region: null });
  });
});
