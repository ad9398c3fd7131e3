/**
 * A server action is a public endpoint: anyone can call it by hand with arguments our forms never
 * send (no form, a string for the state, nothing at all). proxy.ts refuses bodies React cannot
 * decode safely; these make what it lets through harmless, so that a hand-made call gets the same
 * field errors as an empty form instead of a 500.
 */

/** The posted form, or an empty one when the call carried none: the schema then says what is missing. */
export function postedForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** How many submissions the form had answered, from a previous state that may be anything. */
export function submissionsBefore(previous: unknown): number {
  const submission = typeof previous === "object" && previous !== null ? (previous as { submission?: unknown }).submission : undefined;
  return typeof submission === "number" && Number.isSafeInteger(submission) && submission >= 0 ? submission : 0;
}
