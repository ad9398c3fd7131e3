import { describe, expect, it } from "vitest";
import { defaultSessionPolicy, sessionPolicy } from "./session-policy";

describe("session policy", () => {
  it("defaults to 30 idle minutes and 8 hours, and reads both from the environment", () => {
    expect(sessionPolicy({})).toEqual(defaultSessionPolicy);
    expect(sessionPolicy({ SESSION_IDLE_MINUTES: "15", SESSION_MAX_HOURS: "12" })).toEqual({ idleMinutes: 15, maxHours: 12 });
  });

  it("refuses a setting that is not a positive number", () => {
    expect(() => sessionPolicy({ SESSION_IDLE_MINUTES: "0" })).toThrow("SESSION_IDLE_MINUTES");
    expect(() => sessionPolicy({ SESSION_MAX_HOURS: "a day" })).toThrow("SESSION_MAX_HOURS");
  });
});
