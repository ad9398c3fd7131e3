import type { Dated } from "@/lib/reference/dated";

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
