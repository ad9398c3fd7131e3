/**
 * A posted form as the object its zod schema expects. A form that works without JavaScript posts
 * its fields as flat names and string values; react-hook-form names them by their path in the
 * schema (`worker.givenNames`, `workplaces.0.sharePercent`), so the names say how to nest them.
 * Only the kinds of value HTML cannot carry are declared per form: numbers, yes/no radios and
 * checkboxes. Nothing is judged here: a value that is not what the schema wants stays as posted
 * (or NaN for a number), so that the schema gives its own message for it.
 */

export interface FieldKinds {
  /** Numbers (`workplaces.*.sharePercent`): an empty field is absent; anything but a decimal number is NaN. */
  numbers?: readonly string[];
  /** Yes/no radios posting "true" or "false"; absent while neither is chosen. */
  booleans?: readonly string[];
  /** Checkboxes: true when ticked, false when not (the browser does not send an unticked box). */
  checkboxes?: readonly string[];
  /** A group of checkboxes of one name: always a list, of one value or none when one or none is ticked. */
  lists?: readonly string[];
}

type Entry = FormDataEntryValue | FormDataEntryValue[];
/** Numbered keys become arrays when the tree is finished. */
interface Branch {
  [key: string]: Branch | Entry;
}

const NAME_SEGMENT = /^(?:[A-Za-z_][A-Za-z0-9_]*|\d{1,4})$/;
/** Keys that would reach Object.prototype if a posted name could set them. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const DECIMAL = /^[-+]?\d+(?:\.\d+)?$/;

function isBranch(value: Branch | Entry | undefined): value is Branch {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(typeof File !== "undefined" && value instanceof File);
}

/** The path a field's name stands for, or null when it is not one (or could reach the prototype). */
export function fieldPath(name: string): string[] | null {
  const segments = name.split(".");
  return segments.every((s) => NAME_SEGMENT.test(s) && !FORBIDDEN.has(s)) ? segments : null;
}

/** Numbered keys as an array in their order, without gaps (a removed row leaves none). */
function finish(branch: Branch): unknown {
  const keys = Object.keys(branch);
  const numbered = keys.length > 0 && keys.every((key) => /^\d+$/.test(key));
  if (numbered) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => finishValue(branch[String(index)]!));
  }
  return Object.fromEntries(keys.map((key) => [key, finishValue(branch[key]!)]));
}

function finishValue(value: Branch | Entry): unknown {
  return isBranch(value) ? finish(value) : value;
}

/** Calls `apply` on each container holding a field that matches `pattern` (`*` stands for any row). */
function eachField(target: unknown, pattern: string[], apply: (container: Record<string, unknown>, key: string) => void, create: boolean): void {
  const [head, ...rest] = pattern;
  if (head === undefined || typeof target !== "object" || target === null) return;
  const container = target as Record<string, unknown>;
  if (rest.length === 0) {
    if (head !== "*") apply(container, head);
    return;
  }
  if (head === "*") {
    if (Array.isArray(target)) for (const row of target) eachField(row, rest, apply, create);
    return;
  }
  // A checkbox is false even when nothing around it was posted; the rows of a list are never made up.
  if (container[head] === undefined && create && !rest.includes("*")) container[head] = {};
  eachField(container[head], rest, apply, create);
}

function toNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function toBoolean(value: unknown): unknown {
  if (value === "true") return true;
  if (value === "false") return false;
  return value;
}

/**
 * The posted fields as a nested object: `worker.givenNames` → `{ worker: { givenNames } }`,
 * `workplaces.0.sharePercent` → `{ workplaces: [{ sharePercent }] }`. A name given more than once
 * (a group of checkboxes) gives a list of its values. Names that are not paths (`$ACTION_…`,
 * `a..b`, `__proto__`) and names that clash with one already read are left out.
 */
export function formDataToObject(formData: FormData, kinds: FieldKinds = {}): Record<string, unknown> {
  const root: Branch = {};
  for (const [name, value] of formData.entries()) {
    const segments = fieldPath(name);
    if (!segments) continue;
    let branch = root;
    const last = segments.length - 1;
    let clash = false;
    for (const segment of segments.slice(0, last)) {
      const next = branch[segment];
      if (next === undefined) branch = branch[segment] = {};
      else if (isBranch(next)) branch = next;
      else {
        clash = true;
        break;
      }
    }
    const key = segments[last]!;
    const existing = branch[key];
    if (clash || isBranch(existing)) continue;
    branch[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }

  const object = finish(root) as Record<string, unknown>;
  const apply = (patterns: readonly string[] | undefined, convert: (container: Record<string, unknown>, key: string) => void, create = false) => {
    for (const pattern of patterns ?? []) eachField(object, pattern.split("."), convert, create);
  };
  apply(kinds.numbers, (container, key) => {
    const number = toNumber(container[key]);
    if (number === undefined) delete container[key];
    else container[key] = number;
  });
  apply(kinds.booleans, (container, key) => {
    if (key in container) container[key] = toBoolean(container[key]);
  });
  apply(kinds.checkboxes, (container, key) => (container[key] = container[key] !== undefined), true);
  apply(kinds.lists, (container, key) => (container[key] = container[key] === undefined ? [] : [container[key]].flat()), true);
  return object;
}
