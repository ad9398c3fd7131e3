/**
 * Benchmark (not a test): the time to submit a complete application with ten documents, as a ratio
 * to writing the same rows with raw SQL on the same database. Goal (issue 9): ≤ 1.5× at p50.
 *
 *   npm run bench:submit              (DATABASE_URL, a local server; or the embedded one)
 *
 * Both sides run in one process against one fresh database, interleaved, so that the machine's
 * load affects them alike. The raw side is the floor: the writes a submission must make, in one
 * transaction, with nothing read and nothing checked.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { assertLocalDatabase } from "../support/assert-local-database";
import { adminUrlFor, createDatabase } from "../support/databases";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const WARM_UP = 5;
const DOCUMENTS = 10;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  assertLocalDatabase(process.env.DATABASE_URL);
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: ".data/postgres-bench", port: 54332 });
  const database = await createDatabase(adminUrlFor(server.url));
  try {
    await migrateDatabase(database.url);
    // lib/db.ts reads DATABASE_URL on first use: point it at the bench database before importing.
    process.env.DATABASE_URL = database.url;
    const { getDb } = await import("../../lib/db");
    const { resolveActor } = await import("../../lib/auth/resolve-actor");
    const { submitApplication } = await import("../../lib/applications/submit-application");
    const { addDocumentRows } = await import("../support/filing");
    const { COMPLETE_DOCUMENT_KINDS, createOrganisation, createUser, fileDraftApplication, filingStepValues } = await import("../../prisma/factories");
    const db = getDb();

    const employer = await createOrganisation(db, { units: [{ name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" }] });
    const user = await createUser(db, { passwordHash: "not-a-real-hash", role: "EMPLOYER_USER", organisationId: employer.id });
    const resolved = await resolveActor(user.id);
    if (!resolved) throw new Error("no actor");
    const actor = resolved;

    /** A complete draft with its ten documents, as the filing leaves it before "submit". */
    async function draftWithDocuments(): Promise<string> {
      const { id } = await fileDraftApplication(actor, filingStepValues([{ establishmentUnitId: employer.establishmentUnits[0]!.id, sharePercent: 100 }]));
      // The checklist's documents first (the submission requires them), then other files, ten in all.
      const kinds = [...COMPLETE_DOCUMENT_KINDS, ...Array.from({ length: DOCUMENTS - COMPLETE_DOCUMENT_KINDS.length }, () => "OTHER" as const)];
      await addDocumentRows(db, id, user.id, kinds);
      return id;
    }

    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    /**
     * The same rows as a submission writes, by hand: counter, dossier, its admissibility term, two
     * events, audit, outbox and the request to deliver it, documents.
     */
    async function submitWithRawSql(applicationId: string): Promise<void> {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const counter = await client.query<{ lastValue: number }>(
          `INSERT INTO "ReferenceNumberCounter" ("year", "lastValue") VALUES ($1, 1)
           ON CONFLICT ("year") DO UPDATE SET "lastValue" = "ReferenceNumberCounter"."lastValue" + 1 RETURNING "lastValue"`,
          [2026],
        );
        const reference = `WIB-2026-${String(counter.rows[0]!.lastValue).padStart(6, "0")}`;
        await client.query(
          `UPDATE "Application" SET "status" = 'SUBMITTED', "version" = "version" + 1, "referenceNumber" = $2, "submittedAt" = now(),
             "competentRegion" = 'FLEMISH_REGION', "routingRule" = 'ESTABLISHMENT_UNIT', "routingReason" = '{}', "submissionKey" = $3, "updatedAt" = now()
           WHERE "id" = $1 AND "status" = 'DRAFT' AND "version" = 4`,
          [applicationId, reference, randomUUID()],
        );
        await client.query(
          `INSERT INTO "ApplicationTerm" ("id", "applicationId", "kind", "startsOn", "endsOn", "ruleId") VALUES ($1, $2, 'ADMISSIBILITY', current_date, current_date + 10, 'bench')`,
          [randomUUID(), applicationId],
        );
        await client.query(
          `INSERT INTO "StatusEvent" ("id", "applicationId", "type", "fromStatus", "toStatus", "actorUserId", "payload")
           VALUES ($1, $3, 'APPLICATION_SUBMITTED', 'DRAFT', 'SUBMITTED', $4, $5), ($2, $3, 'APPLICATION_ROUTED', NULL, NULL, NULL, '{}')`,
          [randomUUID(), randomUUID(), applicationId, user.id, JSON.stringify({ referenceNumber: reference })],
        );
        await client.query(
          `INSERT INTO "AuditEntry" ("id", "actorUserId", "action", "entityType", "entityId", "outcome") VALUES ($1, $2, 'application.submit', 'Application', $3, 'SUCCESS')`,
          [randomUUID(), user.id, applicationId],
        );
        await client.query(
          `INSERT INTO "OutboxMessage" ("id", "topic", "recipientEmail", "locale", "payload", "applicationId") VALUES ($1, 'application.submitted', $2, 'en', '{}', $3)`,
          [randomUUID(), user.email, applicationId],
        );
        await client.query(`SELECT graphile_worker.add_job('outbox.deliver', max_attempts => 1)`);
        await client.query(`UPDATE "Document" SET "submittedAt" = now() WHERE "applicationId" = $1 AND "submittedAt" IS NULL`, [applicationId]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    }

    const portal: number[] = [];
    const raw: number[] = [];
    for (let round = 0; round < ROUNDS + WARM_UP; round++) {
      const [forPortal, forRaw] = [await draftWithDocuments(), await draftWithDocuments()];
      let started = performance.now();
      await submitApplication({ actor, input: { applicationId: forPortal, version: 4, submissionKey: randomUUID(), declaration: true } });
      const portalMs = performance.now() - started;
      started = performance.now();
      await submitWithRawSql(forRaw);
      const rawMs = performance.now() - started;
      if (round >= WARM_UP) {
        portal.push(portalMs);
        raw.push(rawMs);
      }
    }
    await pool.end();
    await db.$disconnect();

    const line = (name: string, values: number[]) =>
      `${name.padEnd(22)} p50 ${percentile(values, 50).toFixed(2).padStart(7)} ms   p90 ${percentile(values, 90).toFixed(2).padStart(7)} ms`;
    console.log(`Submitting a complete application with ${DOCUMENTS} documents, ${ROUNDS} rounds each:`);
    console.log(line("portal (submit use case)", portal));
    console.log(line("raw SQL (same rows)", raw));
    console.log(`ratio at p50: ${(percentile(portal, 50) / percentile(raw, 50)).toFixed(2)}×   (goal ≤ 1.5×)`);
  } finally {
    await database.drop();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
