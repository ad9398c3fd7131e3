import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { RoutingInput } from "./competent-region";
import { MAX_PLACES, ROUTING_ERRORS, routingInputSchema } from "./routing-input";
import { fieldErrorsFromIssues, translateFieldErrors } from "@/lib/errors/validation";

function errorsOf(value: unknown): [string, string][] {
  const result = routingInputSchema.safeParse(value);
  if (result.success) throw new Error(`expected errors for ${JSON.stringify(value)}`);
  return result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}
const unit = (postalCode: unknown, share?: unknown) => ({ postalCode, ...(share === undefined ? {} : { share }) });

describe("routingInputSchema: valid input", () => {
  it("produces the routing rule's input", () => {
    expectTypeOf<z.output<typeof routingInputSchema>>().toEqualTypeOf<RoutingInput>();
    const result = routingInputSchema.parse({
      registeredOffice: { postalCode: "1000" },
      establishments: [{ postalCode: "2000", share: 60, label: " Port " }, unit("9000", 40)],
      placesOfWork: [],
    });
    expect(result).toEqual({
      registeredOffice: { postalCode: "1000" },
      establishments: [{ postalCode: "2000", share: 60, label: "Port" }, { postalCode: "9000", share: 40 }],
      placesOfWork: [],
    });
  });

  it("gives a lone entry without a share the whole working time", () => {
    expect(routingInputSchema.parse({ registeredOffice: null, establishments: [unit("2000")], placesOfWork: [unit("4700")] })).toEqual({
      registeredOffice: null,
      establishments: [{ postalCode: "2000", share: 100 }],
      placesOfWork: [{ postalCode: "4700", share: 100 }],
    });
  });

  it("accepts a registered office alone, and missing sections as empty", () => {
    expect(routingInputSchema.parse({ registeredOffice: { postalCode: " 4780 " } })).toEqual({ registeredOffice: { postalCode: "4780" }, establishments: [], placesOfWork: [] });
    expect(routingInputSchema.parse({ placesOfWork: [unit("1000")] })).toEqual({ registeredOffice: null, establishments: [], placesOfWork: [{ postalCode: "1000", share: 100 }] });
  });

  it("drops an empty label and unknown keys", () => {
    expect(routingInputSchema.parse({ establishments: [{ postalCode: "2000", label: "  " }], extra: 1 })).toEqual({ registeredOffice: null, establishments: [{ postalCode: "2000", share: 100 }], placesOfWork: [] });
  });
});

describe("routingInputSchema: errors, one per field, as message keys", () => {
  it("rejects a body that is not an object", () => {
    for (const body of ["x", 1, null, [], true]) expect(errorsOf(body)).toEqual([["", ROUTING_ERRORS.expectedObject]]);
  });

  it("rejects sections of the wrong type", () => {
    expect(errorsOf({ registeredOffice: "1000", establishments: "2000", placesOfWork: [1] })).toEqual([
      ["registeredOffice", ROUTING_ERRORS.officeFormat],
      ["establishments", ROUTING_ERRORS.listFormat],
      ["placesOfWork.0", ROUTING_ERRORS.placeFormat],
    ]);
  });

  it("rejects no place at all", () => {
    expect(errorsOf({ registeredOffice: null, establishments: [], placesOfWork: [] })).toEqual([["", ROUTING_ERRORS.noPlace]]);
    expect(errorsOf({})).toEqual([["", ROUTING_ERRORS.noPlace]]);
  });

  it("rejects a missing, malformed, unknown or non-geographic postal code", () => {
    expect(errorsOf({ establishments: [{ share: 100 }] })).toEqual([["establishments.0.postalCode", ROUTING_ERRORS.postalCodeRequired]]);
    expect(errorsOf({ establishments: [unit(" ")] })).toEqual([["establishments.0.postalCode", ROUTING_ERRORS.postalCodeRequired]]);
    for (const code of [1000, "100", "10000", "B-1000", "1O00"]) {
      expect(errorsOf({ establishments: [unit(code)] }), String(code)).toEqual([["establishments.0.postalCode", ROUTING_ERRORS.postalCodeFormat]]);
    }
    expect(errorsOf({ establishments: [unit("2000", 50), unit("0000", 50)] })).toEqual([["establishments.1.postalCode", ROUTING_ERRORS.unknownPostalCode]]);
    for (const code of ["1005", "1110", "7010", "0612"]) {
      expect(errorsOf({ placesOfWork: [unit(code)] }), code).toEqual([["placesOfWork.0.postalCode", ROUTING_ERRORS.nonGeographicPostalCode]]);
    }
    expect(errorsOf({ registeredOffice: { postalCode: "9999" } })).toEqual([["registeredOffice.postalCode", ROUTING_ERRORS.unknownPostalCode]]);
  });

  it("rejects shares that are not whole percentages from 1 to 100", () => {
    expect(errorsOf({ establishments: [unit("2000", "60"), unit("1000", 40)] })).toEqual([["establishments.0.share", ROUTING_ERRORS.shareRequired]]);
    expect(errorsOf({ establishments: [unit("2000", 62.5), unit("1000", 37.5)] })).toEqual([
      ["establishments.0.share", ROUTING_ERRORS.shareWholeNumber],
      ["establishments.1.share", ROUTING_ERRORS.shareWholeNumber],
    ]);
    for (const share of [0, -10, 101]) expect(errorsOf({ placesOfWork: [unit("2000", share)] }), String(share)).toEqual([["placesOfWork.0.share", ROUTING_ERRORS.shareRange]]);
  });

  it("requires a share on every entry of a list of several", () => {
    expect(errorsOf({ establishments: [unit("2000", 100), unit("1000")] })).toEqual([["establishments.1.share", ROUTING_ERRORS.shareRequired]]);
  });

  it("requires the shares of each list to add up to 100", () => {
    const result = routingInputSchema.safeParse({ establishments: [unit("2000", 60), unit("1000", 30)], placesOfWork: [unit("5000", 40), unit("4700", 70)] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      { path: ["establishments"], message: ROUTING_ERRORS.sharesTotal, params: { total: 90 } },
      { path: ["placesOfWork"], message: ROUTING_ERRORS.sharesTotal, params: { total: 110 } },
    ]);
    expect(errorsOf({ establishments: [unit("2000", 60)] })).toEqual([["establishments", ROUTING_ERRORS.sharesTotal]]);
  });

  it("reports a wrong total together with bad postal codes or labels", () => {
    expect(errorsOf({ establishments: [unit("abcd", 60), { postalCode: "1000", share: 30, label: 7 }] })).toEqual([
      ["establishments.0.postalCode", ROUTING_ERRORS.postalCodeFormat],
      ["establishments.1.label", ROUTING_ERRORS.labelFormat],
      ["establishments", ROUTING_ERRORS.sharesTotal],
    ]);
  });

  it("rejects a label that is not short text", () => {
    expect(errorsOf({ establishments: [{ postalCode: "2000", label: 5 }] })).toEqual([["establishments.0.label", ROUTING_ERRORS.labelFormat]]);
    expect(errorsOf({ establishments: [{ postalCode: "2000", label: "x".repeat(101) }] })).toEqual([["establishments.0.label", ROUTING_ERRORS.labelFormat]]);
  });

  it("rejects more places than any employment has", () => {
    const many = Array.from({ length: MAX_PLACES + 1 }, () => unit("2000", 1));
    expect(errorsOf({ establishments: many })).toEqual([["establishments", ROUTING_ERRORS.tooManyPlaces]]);
  });

  it("reports every bad field at once", () => {
    expect(errorsOf({ registeredOffice: { postalCode: "12" }, establishments: [unit("2000", 0), unit("abcd", 50)], placesOfWork: [unit("7010")] })).toEqual([
      ["registeredOffice.postalCode", ROUTING_ERRORS.postalCodeFormat],
      ["establishments.0.share", ROUTING_ERRORS.shareRange],
      ["establishments.1.postalCode", ROUTING_ERRORS.postalCodeFormat],
      ["placesOfWork.0.postalCode", ROUTING_ERRORS.nonGeographicPostalCode],
    ]);
  });
});

describe("field errors of the routing input", () => {
  it("translates each issue at its path, with the figures a message needs", () => {
    const result = routingInputSchema.safeParse({ establishments: [unit("2000", 60), unit("1000", 30)], placesOfWork: [unit("abc")] });
    const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ""}`;
    expect(translateFieldErrors(fieldErrorsFromIssues(result.error?.issues ?? []), t)).toEqual([
      { path: "placesOfWork.0.postalCode", message: "routing.errors.postalCodeFormat" },
      { path: "establishments", message: 'routing.errors.sharesTotal{"total":90}' },
    ]);
    const none = routingInputSchema.safeParse({});
    expect(translateFieldErrors(fieldErrorsFromIssues(none.error?.issues ?? []), t)).toEqual([{ path: "", message: "routing.errors.noPlace" }]);
  });
});
