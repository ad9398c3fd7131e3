import type { EmbeddedDatabase } from "./embedded-postgres";

// On globalThis rather than in a module variable: Next.js loads this module in several bundles
// (instrumentation, routes) and reloads it in development, but there must be one server.
const state = globalThis as typeof globalThis & { portalEmbeddedDatabase?: Promise<EmbeddedDatabase> };

/**
 * The database to use: DATABASE_URL when it is set, otherwise an embedded PostgreSQL started (or
 * attached to) for this checkout. Sets DATABASE_URL in the latter case, which is where the Prisma
 * client (lib/db.ts) looks for it.
 */
export async function resolveDatabaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL && !state.portalEmbeddedDatabase) return process.env.DATABASE_URL;
  // Imported only when needed: embedded-postgres hooks process exit as soon as it is loaded, and a
  // production install with DATABASE_URL has no use for its binaries.
  state.portalEmbeddedDatabase ??= import("./embedded-postgres").then(({ startEmbeddedPostgres }) =>
    startEmbeddedPostgres(),
  );
  try {
    const { url } = await state.portalEmbeddedDatabase;
    process.env.DATABASE_URL = url;
    return url;
  } catch (error) {
    // Let the next call try again rather than fail forever on a port that was briefly taken.
    delete state.portalEmbeddedDatabase;
    throw error;
  }
}

/** Whether resolveDatabaseUrl chose the embedded server. */
export function isEmbeddedDatabase(): boolean {
  return state.portalEmbeddedDatabase !== undefined;
}

/** Stops the embedded server if this process started it (attached servers keep running). */
export async function stopEmbeddedDatabase(): Promise<void> {
  const database = await state.portalEmbeddedDatabase;
  if (!database) return;
  delete state.portalEmbeddedDatabase;
  if (process.env.DATABASE_URL === database.url) delete process.env.DATABASE_URL;
  await database.stop();
}
