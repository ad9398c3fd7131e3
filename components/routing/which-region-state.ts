import * as z from "@/lib/forms/zod-mini";
import { fieldErrorsFromIssues } from "@/lib/errors/validation";
import type { FieldError } from "@/lib/errors/app-error";
import { Region, RoutingRule } from "@/lib/generated/prisma/enums";
import type { LocalityNames } from "@/lib/reference/postal-codes/postal-codes";
import { applyCompetentRegionRule, type LocalityOf, type RoutingResult } from "@/lib/routing/competent-region-rule";
import type { CompetentRegionExplanation } from "@/lib/routing/explain-competent-region";
import { MAX_PLACES, ROUTING_ERRORS, routingInputSchema } from "@/lib/routing/routing-input";

/**
 * The state of the public "Which region handles my application?" form and what it means, kept
 * apart from React so that it can be tested: the form is turned into the routing endpoint's input
 * and judged by the same schema and rule (lib/routing) for the live preview, then sent to the
 * endpoint on submission, whose answer is the one that counts (askCompetentRegion).
 */

/** null until the visitor answers: then the office is unknown, not absent. */
export type OfficeChoice = "belgium" | "none" | null;

export type PlaceList = "establishments" | "placesOfWork";

export interface PlaceRow {
  /** Stable React key; the row's position gives its field paths. */
  key: number;
  postalCode: string;
  /** As typed: "", "60", "60 %"… */
  share: string;
  touched: { postalCode: boolean; share: boolean };
}

export interface WhichRegionState {
  officeChoice: OfficeChoice;
  officePostalCode: string;
  officeTouched: boolean;
  establishments: PlaceRow[];
  placesOfWork: PlaceRow[];
}

/** The page's own error (the schema cannot know a question was left unanswered). */
export const OFFICE_CHOICE_REQUIRED = "whichRegion.office.choiceRequired";

export const emptyRow = (key: number): PlaceRow => ({ key, postalCode: "", share: "", touched: { postalCode: false, share: false } });

export const initialWhichRegionState: WhichRegionState = {
  officeChoice: null,
  officePostalCode: "",
  officeTouched: false,
  establishments: [emptyRow(0)],
  placesOfWork: [emptyRow(1)],
};

/**
 * What the page's server action answers a post of the form without JavaScript: the form as it was
 * posted (with a row added or removed, when a list's button was pressed), whether it was
 * submitted, and then the portal's reply, as the endpoint would have given it.
 */
export interface WhichRegionFormState {
  form: WhichRegionState;
  submitted: boolean;
  reply: ServerReply | null;
  /** The names of the posted postal codes, so the page shows them beside the fields. */
  localities: LocalityNames;
}

export const initialWhichRegionFormState: WhichRegionFormState = { form: initialWhichRegionState, submitted: false, reply: null, localities: {} };

/** The page's server action naming the main localities of postal codes (at most MAX_POSTAL_CODES). */
export type LocalityNamesAction = (postalCodes: string[]) => Promise<LocalityNames>;

/** As many postal codes as the form can hold: the office and a full list of each kind. */
export const MAX_POSTAL_CODES = 1 + 2 * MAX_PLACES;

/** The postal codes entered on the form, trimmed, each once. */
export function postalCodesOf(state: WhichRegionState): string[] {
  const codes = [state.officePostalCode, ...state.establishments.map((row) => row.postalCode), ...state.placesOfWork.map((row) => row.postalCode)];
  return [...new Set(codes.map((code) => code.trim()).filter((code) => code !== ""))];
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * The form's state from its posted fields (lib/forms/form-data's object): `officeChoice`,
 * `registeredOffice.postalCode`, and the rows of `establishments` and `placesOfWork`, all taken as
 * left (their errors show). The places of work get an empty row when none was posted: they are
 * only on the page once they apply, and then they need one.
 */
export function stateFromPost(values: Record<string, unknown>): WhichRegionState {
  let key = 0;
  const rows = (list: unknown): PlaceRow[] =>
    (Array.isArray(list) ? list : []).map((row: unknown) => {
      const fields: Record<string, unknown> = typeof row === "object" && row !== null ? (row as Record<string, unknown>) : {};
      return { key: key++, postalCode: text(fields.postalCode), share: text(fields.share), touched: { postalCode: true, share: true } };
    });
  const office = typeof values.registeredOffice === "object" && values.registeredOffice !== null ? (values.registeredOffice as Record<string, unknown>) : {};
  const establishments = rows(values.establishments);
  const placesOfWork = rows(values.placesOfWork);
  return {
    officeChoice: values.officeChoice === "belgium" || values.officeChoice === "none" ? values.officeChoice : null,
    officePostalCode: text(office.postalCode),
    officeTouched: true,
    establishments,
    placesOfWork: placesOfWork.length > 0 ? placesOfWork : [emptyRow(key)],
  };
}

/** As the rule says: the places of work count only without a registered office and without units. */
export function showsPlacesOfWork(state: WhichRegionState): boolean {
  return state.officeChoice === "none" && state.establishments.length === 0;
}

/**
 * The share as a number when it looks like one ("60", "60%", "12,5"), so that the schema says what
 * is wrong with it (not whole, out of range); NaN for anything else, which the schema rejects.
 */
export function parseShare(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s*%$/, "");
  if (trimmed === "") return undefined;
  return /^[-+]?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(",", ".")) : Number.NaN;
}

function toPlace(row: PlaceRow) {
  const share = parseShare(row.share);
  return { postalCode: row.postalCode, ...(share === undefined ? {} : { share }) };
}

/** The body the public endpoint would receive for this form. */
export function toRoutingInput(state: WhichRegionState) {
  return {
    registeredOffice: state.officeChoice === "belgium" ? { postalCode: state.officePostalCode } : null,
    establishments: state.establishments.map(toPlace),
    placesOfWork: showsPlacesOfWork(state) ? state.placesOfWork.map(toPlace) : [],
  };
}

export type Evaluation =
  | { status: "complete"; result: RoutingResult; errors: [] }
  /** The input is valid without an office, but the answer would depend on it. */
  | { status: "needsOffice"; result: null; errors: FieldError[] }
  | { status: "incomplete"; result: null; errors: FieldError[] };

/** For a judgement that needs no names (the reason then names places by their postal codes). */
const unnamed: LocalityOf = () => ({});

export function evaluate(state: WhichRegionState, localityOf: LocalityOf = unnamed): Evaluation {
  const parsed = routingInputSchema.safeParse(toRoutingInput(state));
  const unanswered = state.officeChoice === null;
  const officeError: FieldError[] = unanswered ? [{ path: "registeredOffice", message: OFFICE_CHOICE_REQUIRED }] : [];
  if (!parsed.success) {
    // Without an answer about the office, "no place at all" is the unanswered question itself.
    const errors = fieldErrorsFromIssues(parsed.error.issues).filter((e) => !(unanswered && e.message === ROUTING_ERRORS.noPlace));
    return { status: "incomplete", result: null, errors: [...officeError, ...errors] };
  }
  const result = applyCompetentRegionRule(parsed.data, localityOf);
  // An office only matters on a tie or without units; a strict majority of units decides alone.
  if (unanswered && result.rule !== "ESTABLISHMENT_UNIT") return { status: "needsOffice", result: null, errors: officeError };
  return { status: "complete", result, errors: [] };
}

/**
 * Whether to show an error yet: everything after a submission; before it, only what is wrong with
 * something the visitor typed and left. An empty field or a wrong total is not an error while the
 * visitor is still filling the form in (a unit of 60% is fine until the second unit is added).
 */
export function isErrorVisible(error: FieldError, state: WhichRegionState, submitted: boolean): boolean {
  if (submitted) return true;
  if (error.path === "registeredOffice.postalCode") return state.officeTouched && state.officePostalCode.trim() !== "";
  const [list, index, field] = error.path.split(".");
  if ((list !== "establishments" && list !== "placesOfWork") || index === undefined) return false;
  const row = state[list][Number(index)];
  if (!row || (field !== "postalCode" && field !== "share")) return false;
  return row.touched[field] && row[field].trim() !== "";
}

/** The shares entered so far, for a running total beside the list; undefined when none is. */
export function enteredShareTotal(rows: readonly PlaceRow[]): number | undefined {
  const shares = rows.map((row) => parseShare(row.share)).filter((share): share is number => share !== undefined && Number.isFinite(share));
  return shares.length === 0 ? undefined : shares.reduce((sum, share) => sum + share, 0);
}

/**
 * What the answer depends on: the office question and the endpoint's input. An answer of the
 * endpoint holds for as long as this stays the same (leaving a field or retyping "60" as "60 %"
 * changes nothing); any other edit puts the live preview back in its place.
 */
export function inputKey(state: WhichRegionState): string {
  return JSON.stringify([state.officeChoice, toRoutingInput(state)]);
}

export const COMPETENT_REGION_ENDPOINT = "/api/v1/routing/competent-region";

/** The endpoint's reply as the page uses it; error messages come translated by the endpoint. */
export type ServerReply =
  | { status: "answered"; answer: CompetentRegionExplanation }
  /** The endpoint refused the input (400, or 413): the errors at the form's field paths. */
  | { status: "rejected"; errors: { path: string; message: string }[] }
  /** No usable reply: no connection, a 500, anything the page cannot read. */
  | { status: "failed" };

const answerSchema = z.object({
  region: z.nullable(z.enum(Region)),
  rule: z.enum(RoutingRule),
  candidates: z.array(z.enum(Region)),
  reason: z.string(),
});
const errorsSchema = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })).check(z.minLength(1)) });

const FIELD_PATH = /^(registeredOffice(\.postalCode)?|(establishments|placesOfWork)(\.\d+\.(postalCode|share))?)$/;

/**
 * Where on the form an error of the endpoint belongs. Its paths are the form's own field paths
 * (toRoutingInput keeps the rows' order); what has no field of its own (`placesOfWork.0`, a place
 * of the wrong shape) goes to its list, and anything else to the form as a whole ("").
 */
export function formPath(path: string): string {
  if (FIELD_PATH.test(path)) return path;
  return /^(establishments|placesOfWork)\./.exec(path)?.[1] ?? "";
}

/** Reads the endpoint's reply, trusting nothing: a proxy or a broken deployment may answer anything. */
export function readServerReply(status: number, body: unknown): ServerReply {
  if (status === 200) {
    const answer = answerSchema.safeParse(body);
    return answer.success ? { status: "answered", answer: answer.data } : { status: "failed" };
  }
  const rejected = status >= 400 && status < 500 ? errorsSchema.safeParse(body) : undefined;
  if (!rejected?.success) return { status: "failed" };
  return { status: "rejected", errors: rejected.data.errors.map(({ path, message }) => ({ path: formPath(path), message })) };
}

/** Asks the public endpoint, in the page's language; never throws. */
export async function askCompetentRegion(
  input: ReturnType<typeof toRoutingInput>,
  locale: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ServerReply> {
  try {
    const response = await fetchImpl(COMPETENT_REGION_ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": locale },
      body: JSON.stringify(input),
      cache: "no-store",
    });
    const body: unknown = await response.json().catch(() => undefined);
    return readServerReply(response.status, body);
  } catch {
    return { status: "failed" };
  }
}
