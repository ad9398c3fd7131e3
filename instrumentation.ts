// Next.js calls register() once per server process before it serves requests; `next build` does
// not call it (prerendering goes through the export workers, which skip instrumentation).

export async function register(): Promise<void> {
  // The edge runtime can neither spawn PostgreSQL nor run the schema engine's driver; the import
  // sits inside this branch so that the edge bundle does not contain it.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabaseOnStart } = await import("./app/_server/prepare-database-on-start");
    await prepareDatabaseOnStart();
    const { startOrphanFileSweep } = await import("./app/_server/orphan-file-sweep");
    startOrphanFileSweep();
    const { startSignInRecordsSweep } = await import("./app/_server/sign-in-records-sweep");
    startSignInRecordsSweep();
    const { startJobsOnStart } = await import("./app/_server/jobs-on-start");
    startJobsOnStart();
  }
}

/**
 * Called by Next.js for every error a page, route or action throws on the server. An error of the
 * database-unreachable kind makes the proxy answer 503 for a few seconds (lib/db/database-unavailable.ts).
 */
export async function onRequestError(error: unknown): Promise<void> {
  const { noteIfDatabaseUnavailable } = await import("./lib/db/database-unavailable");
  noteIfDatabaseUnavailable(error);
}
