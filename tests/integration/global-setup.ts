import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { assertLocalDatabase } from "../support/assert-local-database";
import { adminUrlFor, createDatabase } from "../support/databases";

/**
 * One migrated database of its own per test run, on the server of DATABASE_URL (CI) or else on an
 * embedded PostgreSQL kept apart from the development one. Tests get its URL through `inject`
 * (tests/support/test-database.ts): environment variables set here do not reach the workers.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertLocalDatabase(process.env.DATABASE_URL);
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: ".data/postgres-test", port: 54330 });
  const adminUrl = adminUrlFor(server.url);
  const database = await createDatabase(adminUrl);
  await migrateDatabase(database.url);
  project.provide("databaseUrl", database.url);
  project.provide("adminDatabaseUrl", adminUrl);
  return async () => {
    await database.drop();
    await server.stop();
  };
}
