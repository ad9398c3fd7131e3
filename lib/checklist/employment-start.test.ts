import { describe, expect, it } from "vitest";
import { overlappingRows } from "@/lib/reference/dated";
import { checkEmploymentStart, EMPLOYMENT_START_WINDOWS, employmentStartWindowOn } from "./employment-start";

const day = "2026-11-29";

describe("the window in which an employment may start", () => {
  it("has one row per region and day", () => {
    expect(overlappingRows(EMPLOYMENT_START_WINDOWS, (row) => row.region ?? "portal")).toEqual([]);
  });

  it("in Flanders: at most 4.5 months after the filing day (REFERENCE §4 [S38])", () => {
    // 29 November + 4 months = 29 March, + 15 days = 13 April.
    expect(checkEmploymentStart("2027-04-13", "FLEMISH_REGION", day)).toEqual({ problem: null, ruleId: "employment-start.flanders.2021" });
    expect(checkEmploymentStart("2027-04-14", "FLEMISH_REGION", day)).toEqual({
      problem: { message: "validation.employmentStartTooLate", values: { latest: "2027-04-13" } },
      ruleId: "employment-start.flanders.2021",
    });
  });

  it("elsewhere, and before the region is known: the portal's bound of a year either way", () => {
    for (const region of ["BRUSSELS_CAPITAL_REGION", "WALLOON_REGION", "GERMAN_SPEAKING_COMMUNITY", null] as const) {
      expect(checkEmploymentStart("2027-11-29", region, day).problem, String(region)).toBeNull();
      expect(checkEmploymentStart("2027-11-30", region, day).problem).toEqual({ message: "validation.employmentStartTooLate", values: { latest: "2027-11-29" } });
      expect(checkEmploymentStart("2025-11-29", region, day).problem).toBeNull();
      expect(checkEmploymentStart("2025-11-28", region, day).problem).toEqual({ message: "validation.employmentStartTooEarly", values: { earliest: "2025-11-29" } });
      expect(checkEmploymentStart("2025-11-28", region, day).ruleId).toBe("employment-start.portal.2021");
    }
  });

  it("refuses the implausible days of issue 13", () => {
    expect(checkEmploymentStart("9999-12-31", null, day).problem?.message).toBe("validation.employmentStartTooLate");
    expect(checkEmploymentStart("0001-01-01", "WALLOON_REGION", day).problem?.message).toBe("validation.employmentStartTooEarly");
  });

  it("judges a day before every row by the portal's row", () => {
    expect(employmentStartWindowOn("FLEMISH_REGION", "2020-01-01").id).toBe("employment-start.portal.2021");
  });
});
