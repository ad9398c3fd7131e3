import { describe, expect, it } from "vitest";
import { firstDayOnAcceptance, mandateInForce, mandateStanding, proposalLapsed, type MandateTerms } from "./mandate-in-force";

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
    expect(mandateStanding({ ...accepted, status: "PROPOSED" }, new Date("2027-01-01T12:00:00Z"))).toBe("LAPSED");
    expect(mandateStanding({ ...accepted, status: "ENDED" }, on)).toBe("ENDED");
    expect(mandateStanding(accepted, on)).toBe("IN_FORCE");
    expect(mandateStanding(accepted, new Date("2026-01-15T12:00:00Z"))).toBe("NOT_YET_IN_FORCE");
    expect(mandateStanding(accepted, new Date("2027-01-15T12:00:00Z"))).toBe("EXPIRED");
  });
});

describe("a proposal whose days pass unaccepted", () => {
  const proposed: MandateTerms = { ...accepted, status: "PROPOSED" };

  it("can still be accepted after its first day, and then starts on the day of acceptance", () => {
    expect(proposalLapsed(proposed, new Date("2026-03-20T12:00:00Z"))).toBe(false);
    expect(firstDayOnAcceptance(proposed, new Date("2026-03-20T12:00:00Z"))).toBe("2026-03-20");
    // The day in Belgium: 23:30 UTC on 19 March is already 20 March there.
    expect(firstDayOnAcceptance(proposed, new Date("2026-03-19T23:30:00Z"))).toBe("2026-03-20");
  });

  it("keeps the proposed first day when accepted before or on it", () => {
    expect(firstDayOnAcceptance(proposed, new Date("2026-02-10T12:00:00Z"))).toBe("2026-03-01");
    expect(firstDayOnAcceptance(proposed, new Date("2026-03-01T12:00:00Z"))).toBe("2026-03-01");
  });

  it("lapses after its last day, through which it could still be accepted; without a last day it never lapses", () => {
    expect(proposalLapsed(proposed, new Date("2026-12-31T20:00:00Z"))).toBe(false);
    expect(proposalLapsed(proposed, new Date("2026-12-31T23:30:00Z"))).toBe(true);
    expect(proposalLapsed({ ...proposed, validUntil: null }, new Date("2040-01-01T12:00:00Z"))).toBe(false);
  });

  it("is a proposal only: an accepted or ended mandate past its last day has expired or ended, not lapsed", () => {
    const later = new Date("2027-06-01T12:00:00Z");
    expect(proposalLapsed(accepted, later)).toBe(false);
    expect(proposalLapsed({ ...accepted, status: "ENDED" }, later)).toBe(false);
  });
});
