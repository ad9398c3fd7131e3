import { sweepSignInRecords } from "@/lib/auth/sweep-sign-in-records";

const HOUR = 60 * 60 * 1000;
const state = globalThis as typeof globalThis & { portalSignInSweep?: NodeJS.Timeout };

/** Starts the hourly sweep of ended sessions and forgotten throttle counters; a failure is logged and retried next hour. */
export function startSignInRecordsSweep(): void {
  if (state.portalSignInSweep) return;
  const sweep = () => sweepSignInRecords().catch((error: unknown) => console.error("[auth] the sweep of sessions and sign-in counters failed", error));
  void sweep();
  state.portalSignInSweep = setInterval(sweep, HOUR);
  // The timer alone must not keep a stopping server alive.
  state.portalSignInSweep.unref();
}
