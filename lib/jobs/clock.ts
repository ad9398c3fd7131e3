/**
 * Where jobs take "now" from. Handlers never call `new Date()` themselves: they get a Clock, so that
 * a test can run a job as if it were another day (`runJobNow(name, { clock: fixedClock(…) })`) and a
 * portal started with PORTAL_CLOCK runs its jobs from a chosen moment on.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Always the same moment: for tests that move the clock step by step. */
export function fixedClock(moment: Date | string): Clock {
  const at = new Date(moment).getTime();
  if (Number.isNaN(at)) throw new Error(`Not a moment: ${String(moment)}`);
  return () => new Date(at);
}

/**
 * The jobs' clock for this process. `PORTAL_CLOCK` (an ISO 8601 moment, e.g. 2027-03-01T08:00:00Z)
 * makes it start there when the process starts and run on at the real pace, so backoffs and
 * schedules still pass; unset, it is the system clock. Only jobs read it: requests keep real time.
 */
export function clockFromEnvironment(setting = process.env.PORTAL_CLOCK, startedAt = Date.now()): Clock {
  if (!setting) return systemClock;
  const offset = fixedClock(setting)().getTime() - startedAt;
  return () => new Date(Date.now() + offset);
}
