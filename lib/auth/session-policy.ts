/** How long a signed-in session lasts. Both limits hold: whichever comes first ends the session. */
export interface SessionPolicy {
  /** Minutes without a page or action after which the session ends. */
  idleMinutes: number;
  /** Hours after signing in after which the session ends, however active. */
  maxHours: number;
}

/** A working day, and half an hour away from the desk: what a caseworker's shared office can live with. */
export const defaultSessionPolicy: SessionPolicy = { idleMinutes: 30, maxHours: 8 };

function positiveNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === "") return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number, not "${value}"`);
  return number;
}

/** The policy of this deployment: `SESSION_IDLE_MINUTES` and `SESSION_MAX_HOURS`. */
export function sessionPolicy(env: Record<string, string | undefined> = process.env): SessionPolicy {
  return {
    idleMinutes: positiveNumber(env.SESSION_IDLE_MINUTES, defaultSessionPolicy.idleMinutes, "SESSION_IDLE_MINUTES"),
    maxHours: positiveNumber(env.SESSION_MAX_HOURS, defaultSessionPolicy.maxHours, "SESSION_MAX_HOURS"),
  };
}
