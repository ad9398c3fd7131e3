// Next.js calls register() once per server process before it serves requests; `next build` does
// not call it (prerendering goes through the export workers, which skip instrumentation).

const state = globalThis as typeof globalThis & { portalDatabasePrepared?: Promise<void> };

export async function register(): Promise<void> {
  // The edge runtime can neither spawn PostgreSQL nor run the schema engine's driver.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Kept on globalThis so that development reloads of this file do not migrate again.
  state.portalDatabasePrepared ??= import("./lib/db/prepare-database")
    .then(({ prepareDatabase }) => prepareDatabase())
    .catch((error: unknown) => {
      delete state.portalDatabasePrepared;
      throw error;
    });
  try {
    await state.portalDatabasePrepared;
  } catch (error) {
    // Without its database the portal can only answer errors: stop, and say why, rather than serve them.
    console.error("[db] the database could not be prepared; stopping.", error);
    process.exit(1);
  }
}
