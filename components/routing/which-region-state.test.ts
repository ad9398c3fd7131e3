import { describe, expect, it, vi } from "vitest";
import { ROUTING_ERRORS } from "@/lib/routing/routing-input";
import {
  COMPETENT_REGION_ENDPOINT,
  OFFICE_CHOICE_REQUIRED,
  askCompetentRegion,
  enteredShareTotal,
  evaluate,
  formPath,
  inputKey,
  isErrorVisible,
  parseShare,
  postalCodesOf,
  readServerReply,
  showsPlacesOfWork,
  stateFromPost,
  toRoutingInput,
  type PlaceRow,
  type WhichRegionState,
} from "./which-region-state";

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

describe("asking the public endpoint on submission", () => {
  const answer = { region: "FLEMISH_REGION", rule: "ESTABLISHMENT_UNIT", candidates: [], reason: "The worker is employed only in establishment units in the Flemish Region (Antwerpen 100%)." };

  it("keys an answer to what it depends on, not to how it was typed or which field was left", () => {
    const form = state({ officeChoice: "none", establishments: [row("2000", "60"), row("1000", "40")] });
    expect(inputKey({ ...form, officeTouched: true, establishments: [row("2000", "60 %", true), row("1000", " 40")] })).toBe(inputKey(form));
    expect(inputKey({ ...form, establishments: [row("2000", "50"), row("1000", "50")] })).not.toBe(inputKey(form));
    // Unanswered and "no office" send the same input, but only one of them can be answered.
    expect(inputKey({ ...form, officeChoice: null })).not.toBe(inputKey(form));
  });

  it("puts the endpoint's errors on the form's own fields, or on their list, or on the whole form", () => {
    for (const path of ["registeredOffice", "registeredOffice.postalCode", "establishments", "establishments.1.postalCode", "placesOfWork.0.share", ""]) {
      expect(formPath(path)).toBe(path);
    }
    expect(formPath("placesOfWork.0")).toBe("placesOfWork");
    expect(formPath("establishments.2.label")).toBe("establishments");
    expect(formPath("somethingElse.0")).toBe("");
  });

  it("reads an answer, a refusal and everything else", () => {
    expect(readServerReply(200, answer)).toEqual({ status: "answered", answer });
    expect(readServerReply(200, { ...answer, region: "ATLANTIS" })).toEqual({ status: "failed" });
    expect(readServerReply(400, { errors: [{ path: "establishments.0.postalCode", message: "Enter a postal code that exists in Belgium." }, { path: "placesOfWork.0", message: "m" }] })).toEqual({
      status: "rejected",
      errors: [
        { path: "establishments.0.postalCode", message: "Enter a postal code that exists in Belgium." },
        { path: "placesOfWork", message: "m" },
      ],
    });
    expect(readServerReply(413, { errors: [{ path: "", message: "Too large." }] })).toEqual({ status: "rejected", errors: [{ path: "", message: "Too large." }] });
    expect(readServerReply(400, { errors: [] })).toEqual({ status: "failed" });
    expect(readServerReply(500, { error: "UNEXPECTED" })).toEqual({ status: "failed" });
    expect(readServerReply(500, { errors: [{ path: "", message: "m" }] })).toEqual({ status: "failed" });
    expect(readServerReply(502, undefined)).toEqual({ status: "failed" });
  });

  it("posts the form's routing input in the page's language, and never throws", async () => {
    const input = toRoutingInput(state({ officeChoice: "belgium", officePostalCode: "1000", establishments: [row("2000")] }));
    const fetchImpl = vi.fn(async () => Response.json(answer));
    expect(await askCompetentRegion(input, "fr", fetchImpl)).toEqual({ status: "answered", answer });
    expect(fetchImpl).toHaveBeenCalledWith(COMPETENT_REGION_ENDPOINT, expect.objectContaining({ method: "POST", body: JSON.stringify(input) }));
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init.headers).get("accept-language")).toBe("fr");
    expect(new Headers(init.headers).get("content-type")).toBe("application/json");
    expect(COMPETENT_REGION_ENDPOINT).toBe("/api/v1/routing/competent-region");

    expect(await askCompetentRegion(input, "en", async () => Promise.reject(new TypeError("Failed to fetch")))).toEqual({ status: "failed" });
    expect(await askCompetentRegion(input, "en", async () => new Response("<html>Bad gateway</html>", { status: 502 }))).toEqual({ status: "failed" });
  });
});

describe("the form posted without JavaScript", () => {
  it("is read back into the form's state, rows in order, every field taken as left", () => {
    const form = stateFromPost({
      officeChoice: "belgium",
      registeredOffice: { postalCode: "1000" },
      establishments: [{ postalCode: "2000", share: "60 %" }, { postalCode: "1000" }],
    });
    expect(form).toMatchObject({
      officeChoice: "belgium",
      officePostalCode: "1000",
      officeTouched: true,
      establishments: [
        { postalCode: "2000", share: "60 %", touched: { postalCode: true, share: true } },
        { postalCode: "1000", share: "" },
      ],
      placesOfWork: [{ postalCode: "", share: "" }],
    });
    // Each row keeps its own React key.
    const keys = [...form.establishments, ...form.placesOfWork].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(toRoutingInput(form)).toEqual({ registeredOffice: { postalCode: "1000" }, establishments: [{ postalCode: "2000", share: 60 }, { postalCode: "1000" }], placesOfWork: [] });
  });

  it("leaves the office question unanswered for anything but its two answers, and ignores values of the wrong shape", () => {
    const form = stateFromPost({ officeChoice: "maybe", registeredOffice: "1000", establishments: "2000", placesOfWork: [{ postalCode: ["4700", "4700"] }] });
    expect(form).toMatchObject({ officeChoice: null, officePostalCode: "", establishments: [], placesOfWork: [{ postalCode: "" }] });
    expect(stateFromPost({ officeChoice: "none", establishments: [] }).officeChoice).toBe("none");
  });
});

describe("names in the preview", () => {
  const form = state({ officeChoice: "none", establishments: [row(" 2000 ", "60"), row("1000", "40"), row("2000", "")] });

  it("lists each postal code on the form once, trimmed, for the server to name", () => {
    expect(postalCodesOf({ ...form, officePostalCode: "4000" })).toEqual(["4000", "2000", "1000"]);
    expect(postalCodesOf(state({ establishments: [row("")] }))).toEqual([]);
  });

  it("names the places it was given names for, and the others by postal code", () => {
    const twoUnits = state({ officeChoice: "none", establishments: [row("2000", "60"), row("1000", "40")] });
    const names = (code: string) => (code === "2000" ? { nl: "Antwerpen", fr: "Anvers" } : {});
    const evaluation = evaluate(twoUnits, names);
    expect(evaluation.status).toBe("complete");
    expect(evaluation.result?.reason.regions.map((r) => r.places)).toEqual([
      [{ postalCode: "2000", locality: { nl: "Antwerpen", fr: "Anvers" }, share: 60 }],
      [{ postalCode: "1000", locality: {}, share: 40 }],
    ]);
    // Without names (as the server action judges a post), the rule still decides.
    expect(evaluate(twoUnits).result).toMatchObject({ region: "FLEMISH_REGION", rule: "ESTABLISHMENT_UNIT" });
  });
});
