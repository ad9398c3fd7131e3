import type { IsoDay } from "@/lib/dates";

/**
 * The one shape of every dated rule and figure (fees, salary thresholds, checklist items, the
 * in-country rule, diplomatic posts, …). A change of the rules is a new row beside the old one,
 * never an edit of it, so that each dossier is judged by the rows in force on its own dates. A
 * dossier stores the `id`s of the rows that judged it (Application.appliedRuleIds): ids are
 * stable once published.
 */
export interface Dated {
  /** Stable identifier, e.g. "fee.2025" or "checklist.passport.2019". */
  id: string;
  /** First day in force (ISO day, Belgian calendar). */
  validFrom: IsoDay;
  /** Last day in force, inclusive; null = until a later row ends it. */
  validUntil: IsoDay | null;
  /** Where the rule or figure comes from (seed, REFERENCE.md source tag, URL). */
  source: string;
}

export function isInForce(row: Dated, day: IsoDay): boolean {
  return row.validFrom <= day && (row.validUntil === null || day <= row.validUntil);
}

/** The rows in force on the given day, in their original order. */
export function inForce<Row extends Dated>(rows: readonly Row[], day: IsoDay): Row[] {
  return rows.filter((row) => isInForce(row, day));
}

/**
 * Pairs of rows with the same key whose periods overlap: reference data must have exactly one row
 * per key and day, so each data module's test asserts this list is empty.
 */
export function overlappingRows<Row extends Dated>(rows: readonly Row[], keyOf: (row: Row) => string): [string, string][] {
  const overlaps: [string, string][] = [];
  rows.forEach((a, i) => {
    for (const b of rows.slice(i + 1)) {
      if (keyOf(a) !== keyOf(b)) continue;
      const aEndsBeforeB = a.validUntil !== null && a.validUntil < b.validFrom;
      const bEndsBeforeA = b.validUntil !== null && b.validUntil < a.validFrom;
      if (!aEndsBeforeB && !bEndsBeforeA) overlaps.push([a.id, b.id]);
    }
  });
  return overlaps;
}
