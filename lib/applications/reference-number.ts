import type { Tx } from "@/lib/db";
import { yearInBelgium } from "@/lib/dates";

/** WIB-2026-000123: digits only, so no look-alike characters to misread on the phone. */
export function formatReferenceNumber(year: number, sequence: number): string {
  return `WIB-${year}-${String(sequence).padStart(6, "0")}`;
}

/** Takes the next number of the year. Call inside the submitting transaction, so a rollback frees it. */
export async function allocateReferenceNumber(tx: Tx, now: Date): Promise<string> {
  // The year of the submission in Belgium: a dossier filed at 00:30 on 1 January belongs to the new year.
  const year = yearInBelgium(now);
  // One statement, so two first submissions of a year cannot both insert the counter row.
  const [row] = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "ReferenceNumberCounter" ("year", "lastValue") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "lastValue" = "ReferenceNumberCounter"."lastValue" + 1
    RETURNING "lastValue"`;
  if (!row) throw new Error("reference number counter returned no row");
  return formatReferenceNumber(year, row.lastValue);
}
