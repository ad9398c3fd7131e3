import { describe, expect, it } from "vitest";
import { PermitCategory, StayType } from "@/lib/generated/prisma/enums";
import { inCountryFiling, inCountryStayRefusal, type InCountryAnswers } from "./in-country";

const day = "2026-11-29";
const inBelgium = (category: PermitCategory, stayType: StayType | null = "LEGAL_SHORT_STAY", euLtr = false): InCountryAnswers => ({
  workerLocation: "BELGIUM",
  stayType,
  euLongTermResidentSeekingSecondResidence: euLtr,
  category,
});

describe("filing for a worker who lives in Belgium (seed 001, REFERENCE §3)", () => {
  it("does not apply to a worker abroad", () => {
    expect(inCountryFiling({ ...inBelgium("OTHER"), workerLocation: "ABROAD" }, day)).toEqual({ applies: false });
  });

  it("allows the categories exempt from the labour-market test from a legal short or long stay", () => {
    for (const category of ["HIGHLY_SKILLED", "EXECUTIVE", "EU_BLUE_CARD", "INTRA_CORPORATE_TRANSFEREE", "RESEARCHER", "MEDIUM_SKILLED_SHORTAGE"] as const) {
      for (const stay of ["LEGAL_SHORT_STAY", "LEGAL_LONG_STAY"] as const) {
        expect(inCountryFiling(inBelgium(category, stay), day), `${category} ${stay}`).toEqual({
          applies: true,
          allowed: true,
          reason: "EXEMPT_FROM_LABOUR_MARKET_TEST",
          exception: null,
          ruleId: "in-country.2019",
        });
      }
    }
  });

  it("refuses the residual category, which the labour-market test applies to", () => {
    expect(inCountryFiling(inBelgium("OTHER", "LEGAL_LONG_STAY"), day)).toMatchObject({ allowed: false, reason: "NOT_EXEMPT_FROM_LABOUR_MARKET_TEST", exception: null });
  });

  it("never allows an illegal stay or a procedure document, whatever the category", () => {
    for (const category of Object.values(PermitCategory)) {
      expect(inCountryFiling(inBelgium(category, "ILLEGAL_STAY", true), day)).toMatchObject({ allowed: false, reason: "ILLEGAL_STAY" });
      expect(inCountryFiling(inBelgium(category, "PROCEDURE_DOCUMENT", true), day)).toMatchObject({ allowed: false, reason: "PROCEDURE_DOCUMENT" });
    }
  });

  it("makes seasonal workers apply from abroad", () => {
    expect(inCountryFiling(inBelgium("SEASONAL_WORKER", "LEGAL_LONG_STAY"), day)).toMatchObject({
      allowed: false,
      reason: "NOT_EXEMPT_FROM_LABOUR_MARKET_TEST",
      exception: "SEASONAL_WORKER_FROM_ABROAD",
    });
  });

  it("makes trainees apply from abroad unless they already hold a long-stay authorisation", () => {
    expect(inCountryFiling(inBelgium("TRAINEE", "LEGAL_SHORT_STAY"), day)).toMatchObject({
      allowed: false,
      reason: "EXEMPT_FROM_LABOUR_MARKET_TEST",
      exception: "TRAINEE_NEEDS_LONG_STAY",
    });
    expect(inCountryFiling(inBelgium("TRAINEE", null), day)).toMatchObject({ allowed: false, exception: "TRAINEE_NEEDS_LONG_STAY" });
    expect(inCountryFiling(inBelgium("TRAINEE", "LEGAL_LONG_STAY"), day)).toMatchObject({ allowed: true, reason: "EXEMPT_FROM_LABOUR_MARKET_TEST" });
  });

  it("allows a long-term resident of another EU state asking for a second residence, in any category", () => {
    for (const category of ["OTHER", "SEASONAL_WORKER", "TRAINEE"] as const) {
      expect(inCountryFiling(inBelgium(category, "LEGAL_SHORT_STAY", true), day)).toMatchObject({
        allowed: true,
        reason: "EU_LONG_TERM_RESIDENT_SECOND_RESIDENCE",
        exception: null,
      });
    }
  });

  it("has no rule before the combined permit", () => {
    expect(() => inCountryFiling(inBelgium("OTHER"), "2018-12-31")).toThrow(/No in-country filing rule/);
  });

  it("names the kinds of stay nothing can be filed from, whatever the category", () => {
    expect(Object.values(StayType).map((stay) => inCountryStayRefusal(stay))).toEqual([null, null, "ILLEGAL_STAY", "PROCEDURE_DOCUMENT"]);
    expect(inCountryStayRefusal(null)).toBeNull();
    for (const stay of ["ILLEGAL_STAY", "PROCEDURE_DOCUMENT"] as const) {
      for (const category of Object.values(PermitCategory)) {
        expect(inCountryFiling({ ...inBelgium(category), stayType: stay }, day)).toMatchObject({ allowed: false, reason: inCountryStayRefusal(stay) });
      }
    }
  });
});
