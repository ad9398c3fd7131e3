import { migrateDatabase } from "./migrate-database";
import { isEmbeddedDatabase, resolveDatabaseUrl } from "./database-url";

/**
 * Brings the database up to date at server start: finds or starts it, applies pending
 * migrations, and seeds demo data where that is wanted. Safe to run from several processes.
 */
export async function prepareDatabase(): Promise<void> {
  const url = await resolveDatabaseUrl();
  const { host, pathname } = new URL(url);
  console.info(`[db] ${isEmbeddedDatabase() ? "embedded PostgreSQL" : "DATABASE_URL"}: ${host}${pathname}`);

  const applied = await migrateDatabase(url);
  console.info(`[db] migrations: ${applied.length > 0 ? `applied ${applied.join(", ")}` : "up to date"}`);

  if (!demoSeedingEnabled()) {
    console.info("[db] demo data: not seeded (SEED_DEMO_DATA)");
    return;
  }
  const { seedDemoData } = await import("../../prisma/seed-demo");
  await seedDemoData();
  console.info("[db] demo data: seeded");
}

/** On by default outside production; a production start seeds only when asked to explicitly. */
function demoSeedingEnabled(): boolean {
  const setting = process.env.SEED_DEMO_DATA;
  return setting === undefined ? process.env.NODE_ENV !== "production" : setting === "true";
}
