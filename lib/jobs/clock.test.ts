import { describe, expect, it } from "vitest";
import { clockFromEnvironment, fixedClock, systemClock } from "./clock";

describe("the jobs' clock", () => {
  it("is the system clock when PORTAL_CLOCK is unset", () => {
    expect(clockFromEnvironment(undefined)).toBe(systemClock);
  });

  it("starts at PORTAL_CLOCK when the process starts and runs on at the real pace", () => {
    const clock = clockFromEnvironment("2027-03-01T08:00:00Z", Date.now() - 5_000);
    const elapsed = clock().getTime() - Date.parse("2027-03-01T08:00:00Z");
    expect(elapsed).toBeGreaterThanOrEqual(5_000);
    expect(elapsed).toBeLessThan(60_000);
  });

  it("refuses a PORTAL_CLOCK that is not a moment", () => {
    expect(() => clockFromEnvironment("next tuesday")).toThrow(/Not a moment/);
  });

  it("can stand still for tests", () => {
    const clock = fixedClock("2027-03-01T08:00:00Z");
    expect(clock().toISOString()).toBe("2027-03-01T08:00:00.000Z");
    expect(clock().getTime()).toBe(clock().getTime());
  });
});
