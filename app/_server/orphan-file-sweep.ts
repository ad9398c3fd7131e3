import { sweepOrphanFiles } from "@/lib/documents/sweep-orphan-files";

const HOUR = 60 * 60 * 1000;
const state = globalThis as typeof globalThis & { portalOrphanSweep?: NodeJS.Timeout };

/**
 * Starts the sweep of stored files without a row (lib/documents/sweep-orphan-files.ts): once at
 * start-up, which is when a crash's leftovers appear, then hourly for failed clean-ups. Never
 * blocks the start and never stops the process: a failed sweep is logged and tried again later.
 */
export function startOrphanFileSweep(): void {
  if (state.portalOrphanSweep) return;
  const sweep = () =>
    sweepOrphanFiles().then(
      (removed) => {
        if (removed > 0) console.info(`[documents] removed ${removed} stored file(s) without a document`);
      },
      (error: unknown) => console.error("[documents] the sweep of stored files failed", error),
    );
  void sweep();
  state.portalOrphanSweep = setInterval(sweep, HOUR);
  // The timer alone must not keep a stopping server alive.
  state.portalOrphanSweep.unref();
}
