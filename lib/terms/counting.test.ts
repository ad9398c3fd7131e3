import { describe, expect, it } from "vitest";
import { countTerm } from "./counting";
import { addWorkingDays, easterSunday, isWorkingDay, legalHolidayOn, legalHolidaysOf, nonWorkingDayReason } from "./holidays";

describe("Belgian legal holidays", () => {
  it("computes Easter for any year", () => {
    expect(["2019", "2024", "2025", "2026", "2027", "2028", "2038"].map((y) => easterSunday(Number(y)))).toEqual([
      "2019-04-21",
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
      "2028-04-16",
      "2038-04-25",
    ]);
  });

  it("lists the ten legal holidays of a year, the moving ones from Easter", () => {
    expect([...legalHolidaysOf(2026)]).toEqual([
      ["2026-01-01", "NEW_YEARS_DAY"],
      ["2026-04-06", "EASTER_MONDAY"],
      ["2026-05-01", "LABOUR_DAY"],
      ["2026-05-14", "ASCENSION_DAY"],
      ["2026-05-25", "WHIT_MONDAY"],
      ["2026-07-21", "NATIONAL_DAY"],
      ["2026-08-15", "ASSUMPTION_DAY"],
      ["2026-11-01", "ALL_SAINTS_DAY"],
      ["2026-11-11", "ARMISTICE_DAY"],
      ["2026-12-25", "CHRISTMAS_DAY"],
    ]);
  });

  it("does not count community and regional days as legal holidays", () => {
    // 15 November (German-speaking Community), 11 July (Flemish Community), 27 September (French Community).
    expect(legalHolidayOn("2027-11-15")).toBeNull();
    expect(isWorkingDay("2027-11-15")).toBe(true);
    expect(legalHolidayOn("2025-07-11")).toBeNull();
    expect(legalHolidayOn("2027-09-27")).toBeNull();
  });

  it("says why a day is not a working day", () => {
    expect(nonWorkingDayReason("2026-03-21")).toEqual({ reason: "SATURDAY" });
    expect(nonWorkingDayReason("2026-03-22")).toEqual({ reason: "SUNDAY" });
    expect(nonWorkingDayReason("2026-07-21")).toEqual({ reason: "LEGAL_HOLIDAY", holiday: "NATIONAL_DAY" });
    expect(nonWorkingDayReason("2026-03-23")).toBeNull();
  });

  it("counts working days, skipping weekends and holidays (8 working days to register at the municipality)", () => {
    // Thursday 2 April 2026: Friday 3, then Easter Monday 6 is skipped, … Wednesday 15.
    expect(addWorkingDays("2026-04-02", 8)).toBe("2026-04-15");
    // From a Friday: the weekend does not count.
    expect(addWorkingDays("2026-03-06", 1)).toBe("2026-03-09");
    // From Christmas Eve 2026 (Thursday): 25 December is Friday, then the weekend, then New Year's Day 2027 (Friday).
    expect(addWorkingDays("2026-12-24", 5)).toBe("2027-01-04");
  });
});

describe("counting a term", () => {
  it("does not count the day of the event: 15 days after Monday 2 March end on Tuesday 17 March", () => {
    expect(countTerm("2026-03-02", { value: 15, unit: "DAYS" })).toEqual({ startsAfter: "2026-03-02", lastDay: "2026-03-17" });
    expect(countTerm("2026-03-02", { value: 1, unit: "DAYS" })).toEqual({ startsAfter: "2026-03-02", lastDay: "2026-03-03" });
  });

  it("counts calendar days across months and years", () => {
    expect(countTerm("2026-12-20", { value: 60, unit: "DAYS" }).lastDay).toBe("2027-02-18");
    expect(countTerm("2028-02-10", { value: 20, unit: "DAYS" }).lastDay).toBe("2028-03-01");
  });

  it("ends a term in months on the same day number", () => {
    expect(countTerm("2026-03-16", { value: 4, unit: "MONTHS" })).toEqual({ startsAfter: "2026-03-16", lastDay: "2026-07-16" });
  });

  it("ends on the last day of a shorter month: 31 January + 1 month, 31 August + 1 month", () => {
    // 29 February 2028 is a Tuesday.
    expect(countTerm("2028-01-31", { value: 1, unit: "MONTHS" })).toEqual({ startsAfter: "2028-01-31", lastDay: "2028-02-29" });
    // 30 September 2026 is a Wednesday.
    expect(countTerm("2026-08-31", { value: 1, unit: "MONTHS" })).toEqual({ startsAfter: "2026-08-31", lastDay: "2026-09-30" });
    // 31 October 2026 + 4 months = 28 February 2027, a Sunday: it moves to Monday 1 March.
    expect(countTerm("2026-10-31", { value: 4, unit: "MONTHS" })).toEqual({
      startsAfter: "2026-10-31",
      lastDay: "2027-03-01",
      lastDayMovedToNextWorkingDay: { from: "2027-02-28", reason: "SUNDAY" },
    });
  });

  it("moves a last day on 28 February of a year without 29 February when that is a Saturday", () => {
    expect(countTerm("2026-01-31", { value: 1, unit: "MONTHS" })).toEqual({
      startsAfter: "2026-01-31",
      lastDay: "2026-03-02",
      lastDayMovedToNextWorkingDay: { from: "2026-02-28", reason: "SATURDAY" },
    });
  });

  it("moves a last day on a weekend to the Monday", () => {
    expect(countTerm("2026-03-06", { value: 15, unit: "DAYS" })).toEqual({
      startsAfter: "2026-03-06",
      lastDay: "2026-03-23",
      lastDayMovedToNextWorkingDay: { from: "2026-03-21", reason: "SATURDAY" },
    });
    expect(countTerm("2026-03-07", { value: 15, unit: "DAYS" }).lastDayMovedToNextWorkingDay).toEqual({ from: "2026-03-22", reason: "SUNDAY" });
  });

  it("moves a last day on Easter Monday, 21 July or 11 November to the next day", () => {
    expect(countTerm("2026-03-22", { value: 15, unit: "DAYS" })).toEqual({
      startsAfter: "2026-03-22",
      lastDay: "2026-04-07",
      lastDayMovedToNextWorkingDay: { from: "2026-04-06", reason: "LEGAL_HOLIDAY", holiday: "EASTER_MONDAY" },
    });
    expect(countTerm("2026-07-11", { value: 10, unit: "DAYS" })).toEqual({
      startsAfter: "2026-07-11",
      lastDay: "2026-07-22",
      lastDayMovedToNextWorkingDay: { from: "2026-07-21", reason: "LEGAL_HOLIDAY", holiday: "NATIONAL_DAY" },
    });
    expect(countTerm("2026-10-12", { value: 30, unit: "DAYS" })).toEqual({
      startsAfter: "2026-10-12",
      lastDay: "2026-11-12",
      lastDayMovedToNextWorkingDay: { from: "2026-11-11", reason: "LEGAL_HOLIDAY", holiday: "ARMISTICE_DAY" },
    });
  });

  it("moves a last day on a holiday followed by a weekend past the weekend", () => {
    // Christmas 2026 is a Friday.
    expect(countTerm("2026-12-10", { value: 15, unit: "DAYS" })).toEqual({
      startsAfter: "2026-12-10",
      lastDay: "2026-12-28",
      lastDayMovedToNextWorkingDay: { from: "2026-12-25", reason: "LEGAL_HOLIDAY", holiday: "CHRISTMAS_DAY" },
    });
    // Ascension Day 2026 (Thursday 14 May) moves to Friday 15 May, not past it.
    expect(countTerm("2026-04-14", { value: 30, unit: "DAYS" }).lastDay).toBe("2026-05-15");
  });
});
