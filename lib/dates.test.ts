import { describe, expect, it } from "vitest";
import { addDays, addMonths, dateToDay, dayInBelgium, dayToDate, isRealDay, yearInBelgium } from "./dates";

describe("calendar days in Belgium", () => {
  it("counts the day in Brussels time, not UTC", () => {
    expect(dayInBelgium(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(yearInBelgium(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(dayInBelgium(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(dayInBelgium(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });

  it("tells real days from impossible ones", () => {
    expect(isRealDay("2028-02-29")).toBe(true);
    expect(isRealDay("2027-02-29")).toBe(false);
    expect(isRealDay("2027-13-01")).toBe(false);
    expect(isRealDay("1.2.2027")).toBe(false);
  });

  it("round-trips a day through a date-only column", () => {
    expect(dateToDay(dayToDate("2027-03-01"))).toBe("2027-03-01");
  });

  it("adds months as the law counts them: same day number, or the last day of a shorter month", () => {
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    // An 18th birthday of someone born on 29 February, in a year without one.
    expect(addMonths("2008-02-29", 18 * 12)).toBe("2026-02-28");
    expect(addMonths("2008-02-29", 16 * 12)).toBe("2024-02-29");
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });
});
