import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { assertLocalDatabase } from "../support/assert-local-database";
import { adminUrlFor, createDatabase } from "../support/databases";

// Shared by the benchmarks that measure pages of the built portal over HTTP (tests/bench/back-office.ts,
// tests/bench/workspace.ts). A benchmark prints and never fails on a number.

/** The p-th percentile of `values` (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The environment of a measured `next start`: no demo seeding and no jobs, so nothing changes the data while it is measured. */
export function benchPortalEnv(databaseUrl: string, logQueries: boolean): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "bench-only-secret-not-used-anywhere-else-0123456789",
    AUTH_TRUST_HOST: "true",
    // Seeded by the benchmark before the fill; no job may change the dossiers while they are measured.
    SEED_DEMO_DATA: "false",
    JOBS_ENABLED: "false",
    DATABASE_LOG_QUERIES: logQueries ? "true" : "false",
  };
}

/**
 * The benchmark's database: a fresh one on the server of DATABASE_URL (a local one only) or on an
 * embedded PostgreSQL under `embedded.dataDir`; or, with `filledUrl`, a database kept by an
 * earlier run (`--keep`). `stop` drops what was made, unless kept.
 */
export async function openBenchDatabase(embedded: { dataDir: string; port: number }, filledUrl: string | undefined) {
  assertLocalDatabase(process.env.DATABASE_URL);
  assertLocalDatabase(filledUrl);
  const server = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, stop: async () => {} } : await startEmbeddedPostgres(embedded);
  const database = filledUrl ? { url: filledUrl, drop: async () => {} } : await createDatabase(adminUrlFor(server.url));
  return {
    url: database.url,
    async stop(keep: boolean) {
      if (keep) return;
      await database.drop();
      await server.stop();
    },
  };
}
