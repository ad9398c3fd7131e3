import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";

/**
 * What every property test shares: fast-check's run settings and the message catalogs.
 *
 * A failing property prints its seed and path ("Property failed after 12 tests { seed: 1234,
 * path: "11:2:0", endOnFailure: true }"). Replay exactly that case with
 *   FC_SEED=1234 FC_PATH=11:2:0 npx vitest run --project unit <file> -t "<test name>"
 * and widen a search with FC_NUM_RUNS (README, Tests).
 */
const seed = process.env.FC_SEED;
const replayPath = process.env.FC_PATH;
const numRuns = process.env.FC_NUM_RUNS;
fc.configureGlobal({
  numRuns: numRuns ? Number(numRuns) : 150,
  ...(seed ? { seed: Number(seed) } : {}),
  ...(replayPath ? { path: replayPath } : {}),
  // Keep a failure's report short: the counterexample, its seed and path.
  verbose: 0,
});

export { fc };

function flatten(value: unknown, prefix: string): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

/** The English catalog as the portal's translator reads it: portal.json at the top, every other file under its name. */
export const englishCatalog: ReadonlyMap<string, string> = new Map(
  readdirSync(path.resolve(import.meta.dirname, "../../messages/en"))
    .filter((file) => file.endsWith(".json"))
    .flatMap((file) => flatten(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../messages/en", file), "utf8")), file === "portal.json" ? "" : file.replace(/\.json$/, ""))),
);

/** The placeholders a message needs (`{max}`, `{latest}`). */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]!);
}

// --- Hostile values -----------------------------------------------------------------------------

/** Strings an attacker or a broken client sends: control characters, odd Unicode, implausible days, huge text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "Priya\u0000",
    "\u0007\u001b[31m",
    "\u202eevil",
    "\ufeff",
    "\ud800",
    "2026-02-30",
    "0001-01-01",
    "9999-12-31",
    "1899-12-31",
    "2026-11-29",
    "__proto__",
    "constructor",
    "NaN",
    "-1",
    "1e999",
    "0000",
    "1000",
    "4700",
    "WIB-2026-000001",
    "0202239951",
    "<script>alert(1)</script>",
    "'; DROP TABLE \"Application\"; --",
    "%00",
    "\r\n",
  ),
  fc.string({ minLength: 1000, maxLength: 3000 }),
);

/** Three thousand wrong entries in one list (issue 13: 284 KB of errors). */
const hugeLists = [Array.from({ length: 3000 }, () => "0000"), Array.from({ length: 3000 }, () => ({ postalCode: "0000", share: 0, unitNumber: "0", from: "x" }))];

/** Any one value of any type JSON, a form or a confused client can carry. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1, 100, 101, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_SAFE_INTEGER, 1e21),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.bigInt(),
  fc.constantFrom(...hugeLists),
  fc.anything({ maxDepth: 2 }),
);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Inputs near a valid one: any part of it kept, dropped, or replaced by a hostile value, lists
 * shortened or grown, unknown keys added. They reach past the first check into the refinements.
 */
export function mutated(valid: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.oneof(fc.constant(valid), hostileLeaf);
  if (Array.isArray(valid)) {
    const item = mutated(valid[0] ?? null, depth + 1);
    return fc.oneof({ weight: 1, arbitrary: hostileLeaf }, { weight: 1, arbitrary: fc.constant(valid) }, { weight: 3, arbitrary: fc.array(item, { maxLength: 5 }) });
  }
  if (isPlainObject(valid)) {
    const fields = Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, { weight: 2, arbitrary: mutated(value, depth + 1) })]));
    const record = fc.record(fields, { requiredKeys: [] });
    const extra = fc.dictionary(fc.constantFrom("__proto__", "constructor", "extra", "values", "x"), hostileLeaf, { maxKeys: 2 });
    return fc.oneof(
      { weight: 1, arbitrary: hostileLeaf },
      { weight: 6, arbitrary: record },
      { weight: 1, arbitrary: fc.tuple(record, extra).map(([kept, added]) => ({ ...added, ...kept })) },
    );
  }
  return fc.oneof({ weight: 1, arbitrary: fc.constant(valid) }, { weight: 2, arbitrary: hostileLeaf });
}

/** A real day from `first` to `last`. */
export function dayBetween(first: string, last: string): fc.Arbitrary<string> {
  return fc.date({ min: new Date(`${first}T00:00:00Z`), max: new Date(`${last}T00:00:00Z`), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
}

/** A real day between 1900 and 2099: the days the portal takes at all. */
export const anyDay: fc.Arbitrary<string> = dayBetween("1900-01-01", "2099-12-31");
