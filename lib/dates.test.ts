import { describe, expect, it } from "vitest";
import { dateToDay, dayInBelgium, dayToDate, isRealDay, yearInBelgium } from "./dates";

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
});
