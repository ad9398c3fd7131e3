import { describe, expect, it } from "vitest";
import { mandateInForce, mandateStanding, type MandateTerms } from "./mandate-in-force";

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const accepted: MandateTerms = { status: "ACCEPTED", validFrom: day("2026-03-01"), validUntil: day("2026-12-31") };

describe("mandateInForce", () => {
  it("holds from its first day through its last day, inclusive", () => {
    expect(mandateInForce(accepted, new Date("2026-03-01T08:00:00Z"))).toBe(true);
    expect(mandateInForce(accepted, new Date("2026-07-15T12:00:00Z"))).toBe(true);
    expect(mandateInForce(accepted, new Date("2026-12-31T20:00:00Z"))).toBe(true);
  });

  it("is not yet in force before its first day", () => {
    expect(mandateInForce(accepted, new Date("2026-02-28T12:00:00Z"))).toBe(false);
  });

  it("has expired after its last day", () => {
    expect(mandateInForce(accepted, new Date("2027-01-01T12:00:00Z"))).toBe(false);
  });

  it("judges the day in Belgium, not in UTC", () => {
    // 23:30 UTC on 28 February is already 1 March in Brussels; 23:30 UTC on 31 December is 1 January there.
    expect(mandateInForce(accepted, new Date("2026-02-28T23:30:00Z"))).toBe(true);
    expect(mandateInForce(accepted, new Date("2026-12-31T23:30:00Z"))).toBe(false);
  });

  it("without a last day, lasts until it is ended", () => {
    expect(mandateInForce({ ...accepted, validUntil: null }, new Date("2040-01-01T12:00:00Z"))).toBe(true);
  });

  it("is not in force while only proposed, nor once ended", () => {
    const on = new Date("2026-07-15T12:00:00Z");
    expect(mandateInForce({ ...accepted, status: "PROPOSED" }, on)).toBe(false);
    expect(mandateInForce({ ...accepted, status: "ENDED" }, on)).toBe(false);
  });
});

describe("mandateStanding", () => {
  it("names where a mandate stands on a day", () => {
    const on = new Date("2026-07-15T12:00:00Z");
    expect(mandateStanding({ ...accepted, status: "PROPOSED" }, on)).toBe("PROPOSED");
    expect(mandateStanding({ ...accepted, status: "ENDED" }, on)).toBe("ENDED");
    expect(mandateStanding(accepted, on)).toBe("IN_FORCE");
    expect(mandateStanding(accepted, new Date("2026-01-15T12:00:00Z"))).toBe("NOT_YET_IN_FORCE");
    expect(mandateStanding(accepted, new Date("2027-01-15T12:00:00Z"))).toBe("EXPIRED");
  });
});
