import { describe, expect, it } from "vitest";
import { WITHHELD, withoutPersonalData } from "./record-audit";

describe("audit metadata: identifiers, codes and counts only", () => {
  it("keeps what the callers pass today", () => {
    const metadata = { from: "SUBMITTED", to: "IN_TREATMENT", decisionId: "3f1c", items: ["DIPLOMA", "PASSPORT"], documentCount: 2, by: "portal" };
    expect(withoutPersonalData(metadata)).toEqual(metadata);
  });

  it("withholds values under personal keys, at any depth", () => {
    expect(withoutPersonalData({ email: "a@b.example", worker: { givenNames: "Arjun", FamilyName: "Mehta", passportNumber: "P1" }, message: "Dear Mr Mehta" })).toEqual({
      email: WITHHELD,
      worker: { givenNames: WITHHELD, FamilyName: WITHHELD, passportNumber: WITHHELD },
      message: WITHHELD,
    });
  });

  it("withholds any string that carries an e-mail address", () => {
    expect(withoutPersonalData({ note: "invited someone@example.org", list: ["ok", "x@y.be"] })).toEqual({ note: WITHHELD, list: ["ok", WITHHELD] });
  });
});
