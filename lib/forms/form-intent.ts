/**
 * What a form's secondary buttons ask for when there is no JavaScript to do it in the page: add a
 * row to a list, remove one, or show the form again for what was chosen (the establishment units
 * of the employer just picked). Such a button posts the form with `intent=<value>`; the server
 * action applies it to what was entered and renders the form again, validating and saving nothing
 * (the GOV.UK "add another" pattern). With JavaScript, the same buttons act in the page.
 */

import { fieldPath } from "./form-data";

export const INTENT_FIELD = "intent";

export type FormIntent = { kind: "refresh" } | { kind: "add"; list: string } | { kind: "remove"; list: string; index: number };

const ADD = /^add:(.+)$/;
const REMOVE = /^remove:(.+)\.(\d{1,4})$/;

const ROW_NUMBER = /^\d+$/;

/**
 * A list's path as a form names it: a list of the form (`workplaces`), or a list inside a row of
 * another list (`workPeriods.0.incapacityPeriods`). It names a list, not a row: it does not start
 * or end with a row number.
 */
function isListPath(list: string): boolean {
  const segments = fieldPath(list);
  return segments !== null && !ROW_NUMBER.test(segments[0]!) && !ROW_NUMBER.test(segments.at(-1)!);
}

export const refreshIntent = "refresh";
export const addRowIntent = (list: string) => `add:${list}`;
export const removeRowIntent = (list: string, index: number) => `remove:${list}.${index}`;

/** The intent a form was posted with, or null for a real submission (or a value it cannot read). */
export function readIntent(formData: FormData): FormIntent | null {
  const value = formData.get(INTENT_FIELD);
  if (typeof value !== "string") return null;
  if (value === refreshIntent) return { kind: "refresh" };
  const add = ADD.exec(value);
  if (add && isListPath(add[1]!)) return { kind: "add", list: add[1]! };
  const remove = REMOVE.exec(value);
  if (remove && isListPath(remove[1]!)) return { kind: "remove", list: remove[1]!, index: Number(remove[2]) };
  return null;
}

/**
 * What was entered, with the intent applied: a new empty row at the end of the list, or the row
 * removed (the rows after it move up). The list is created when the form sent none; a list inside
 * a row that was not sent is left alone (rows are never made up).
 */
export function applyIntent(values: Record<string, unknown>, intent: FormIntent): Record<string, unknown> {
  if (intent.kind === "refresh") return values;
  const path = intent.list.split(".");
  const key = path.pop()!;
  let container: Record<string, unknown> = values;
  for (const [position, segment] of path.entries()) {
    const next = container[segment];
    const holdsRows = ROW_NUMBER.test(path[position + 1] ?? "");
    if (ROW_NUMBER.test(segment)) {
      if (!Array.isArray(container) || typeof next !== "object" || next === null || Array.isArray(next)) return values;
      container = next as Record<string, unknown>;
    } else if (holdsRows) {
      if (!Array.isArray(next)) return values;
      container = next as unknown as Record<string, unknown>;
    } else {
      container = typeof next === "object" && next !== null && !Array.isArray(next) ? (next as Record<string, unknown>) : (container[segment] = {});
    }
  }
  const rows = Array.isArray(container[key]) ? (container[key] as unknown[]) : [];
  container[key] = intent.kind === "add" ? [...rows, {}] : rows.filter((_, index) => index !== intent.index);
  return values;
}

/**
 * A form confirmed in two steps (stopping an application) names its step in this field: "ask"
 * shows the confirmation, "confirm" acts, anything else ("cancel") shows the first step again.
 */
export const CONFIRMATION_STEP_FIELD = "step";
