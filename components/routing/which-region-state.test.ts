import { describe, expect, it } from "vitest";
import { ROUTING_ERRORS } from "@/lib/routing/routing-input";
import { OFFICE_CHOICE_REQUIRED, enteredShareTotal, evaluate, isErrorVisible, parseShare, showsPlacesOfWork, toRoutingInput, type PlaceRow, type WhichRegionState } from "./which-region-state";

let key = 0;
const row = (postalCode: string, share = "", touched = false): PlaceRow => ({ key: key++, postalCode, share, touched: { postalCode: touched, share: touched } });
const state = (parts: Partial<WhichRegionState>): WhichRegionState => ({
  officeChoice: null,
  officePostalCode: "",
  officeTouched: false,
  establishments: [],
  placesOfWork: [],
  ...parts,
});

describe("parseShare", () => {
  it("reads what people type, and leaves the rest for the schema to reject", () => {
    expect(parseShare("")).toBeUndefined();
    expect(parseShare("  ")).toBeUndefined();
    expect(parseShare("60")).toBe(60);
    expect(parseShare(" 60 % ")).toBe(60);
    expect(parseShare("12,5")).toBe(12.5);
    expect(parseShare("-5")).toBe(-5);
    expect(parseShare("sixty")).toBeNaN();
    expect(parseShare("0x10")).toBeNaN();
  });
});

describe("the which-region form", () => {
  it("sends places of work only without an office and without units", () => {
    const places = [row("4700")];
    expect(showsPlacesOfWork(state({ officeChoice: "none", placesOfWork: places }))).toBe(true);
    expect(showsPlacesOfWork(state({ officeChoice: null, placesOfWork: places }))).toBe(false);
    expect(showsPlacesOfWork(state({ officeChoice: "none", establishments: [row("2000")], placesOfWork: places }))).toBe(false);
    expect(toRoutingInput(state({ officeChoice: "belgium", officePostalCode: "1000", establishments: [row("2000", "60"), row("1000", "40")], placesOfWork: places }))).toEqual({
      registeredOffice: { postalCode: "1000" },
      establishments: [
        { postalCode: "2000", share: 60 },
        { postalCode: "1000", share: 40 },
      ],
      placesOfWork: [],
    });
  });

  it("answers a strict majority of units before the office question is answered", () => {
    const evaluation = evaluate(state({ establishments: [row("2000", "60"), row("1000", "40")] }));
    expect(evaluation.status).toBe("complete");
    expect(evaluation.result).toMatchObject({ region: "FLEMISH_REGION", rule: "ESTABLISHMENT_UNIT" });
  });

  it("waits for the office question when the office would decide", () => {
    expect(evaluate(state({ establishments: [row("2000", "50"), row("1000", "50")] }))).toEqual({
      status: "needsOffice",
      result: null,
      errors: [{ path: "registeredOffice", message: OFFICE_CHOICE_REQUIRED }],
    });
    expect(evaluate(state({ officeChoice: "belgium", officePostalCode: "4000", establishments: [row("2000", "50"), row("1000", "50")] })).result).toMatchObject({
      region: "WALLOON_REGION",
      rule: "REGISTERED_OFFICE",
    });
  });

  it("asks the office question instead of saying there is no place at all", () => {
    expect(evaluate(state({})).errors).toEqual([{ path: "registeredOffice", message: OFFICE_CHOICE_REQUIRED }]);
    expect(evaluate(state({ officeChoice: "none" })).errors).toEqual([{ path: "", message: ROUTING_ERRORS.noPlace }]);
  });

  it("routes by the places of work, with the schema's errors at their fields", () => {
    expect(evaluate(state({ officeChoice: "none", placesOfWork: [row("4700")] })).result).toMatchObject({ region: "GERMAN_SPEAKING_COMMUNITY", rule: "PLACE_OF_ACTIVITY" });
    expect(evaluate(state({ officeChoice: "none", establishments: [row("9999", "60"), row("2000", "30")] })).errors).toEqual([
      { path: "establishments.0.postalCode", message: ROUTING_ERRORS.unknownPostalCode },
      { path: "establishments", message: ROUTING_ERRORS.sharesTotal, values: { total: 90 } },
    ]);
  });

  it("shows what is wrong with a field once it was left, and empty fields and totals only after submission", () => {
    const form = state({ officeChoice: "belgium", establishments: [row("9999", "60", true), row("2000", "30")] });
    const [office, code, total] = [
      { path: "registeredOffice.postalCode", message: ROUTING_ERRORS.postalCodeRequired },
      { path: "establishments.0.postalCode", message: ROUTING_ERRORS.unknownPostalCode },
      { path: "establishments", message: ROUTING_ERRORS.sharesTotal },
    ];
    expect([office, code, total].map((e) => isErrorVisible(e, form, false))).toEqual([false, true, false]);
    const left = { ...form, officeTouched: true, establishments: form.establishments.map((r) => ({ ...r, touched: { postalCode: true, share: true } })) };
    expect([office, code, total].map((e) => isErrorVisible(e, left, false))).toEqual([false, true, false]);
    expect(isErrorVisible({ path: "registeredOffice.postalCode", message: ROUTING_ERRORS.postalCodeFormat }, { ...left, officePostalCode: "10" }, false)).toBe(true);
    expect(isErrorVisible({ path: "registeredOffice", message: OFFICE_CHOICE_REQUIRED }, left, false)).toBe(false);
    expect([office, code, total].map((e) => isErrorVisible(e, form, true))).toEqual([true, true, true]);
  });

  it("keeps a running total of the shares entered", () => {
    expect(enteredShareTotal([row("2000"), row("1000")])).toBeUndefined();
    expect(enteredShareTotal([row("2000", "60"), row("1000", ""), row("9000", "x")])).toBe(60);
    expect(enteredShareTotal([row("2000", "60 %"), row("1000", "30")])).toBe(90);
  });
});
