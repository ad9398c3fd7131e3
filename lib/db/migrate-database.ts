import { installJobQueue } from "../jobs/runner";
import { applyMigrations } from "./migrations";

/**
 * Everything a database needs before the portal uses it: the committed Prisma migrations, then the
 * job queue's own schema (graphile_worker), which notifications write to in the same transactions.
 * Safe to run from several processes at once. Returns the Prisma migrations it applied.
 */
export async function migrateDatabase(databaseUrl: string): Promise<string[]> {
  const applied = await applyMigrations(databaseUrl);
  await installJobQueue(databaseUrl);
  return applied;
}
