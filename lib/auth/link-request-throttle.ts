import { keyedHash } from "./keyed-hash";
import { reserveAttempt, throttleKeys, type AttemptGate } from "./sign-in-throttle";

/** What a throttled form asks for: its counters are its own, apart from the password sign-in's. */
export type ThrottledRequest = "worker-link" | "password-reset" | "claim" | "sign-up-address-in-use";

/**
 * Counts one request of a form that sends mail or checks a secret (a sign-in link, a reset link, a
 * dossier claim) on the sign-in throttle's keys for `subject` (an address, an account) and the
 * client address, under the form's own prefix: no one can flood an inbox or try claims without
 * waiting, and a password sign-in is never slowed by them.
 */
export function reserveRequest(request: ThrottledRequest, subject: string, clientAddress: string | null, now: Date): Promise<AttemptGate> {
  const keys = throttleKeys(keyedHash("account", subject), { clientAddress, deviceToken: null });
  return reserveAttempt(
    keys.map((key) => ({ ...key, key: `${request}:${key.key}` })),
    now,
  );
}
