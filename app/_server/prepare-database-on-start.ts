import { prepareDatabase } from "@/lib/db/prepare-database";

const state = globalThis as typeof globalThis & { portalDatabasePrepared?: Promise<void> };

/**
 * Run once per Node.js server process, from instrumentation.ts. Kept on globalThis so that
 * development reloads do not migrate again. Without its database the portal could only answer
 * errors, so a failure stops the process, saying why, rather than serving them.
 */
export async function prepareDatabaseOnStart(): Promise<void> {
  state.portalDatabasePrepared ??= prepareDatabase();
  try {
    await state.portalDatabasePrepared;
  } catch (error) {
    console.error("[db] the database could not be prepared; stopping.", error);
    process.exit(1);
  }
}
