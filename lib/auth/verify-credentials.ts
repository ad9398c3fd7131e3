import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { signInSchema } from "./sign-in-input";
import { verifyDecoy, verifyPassword } from "./password";

/**
 * Guessing passwords is slowed down per email address: after this many refused attempts within
 * the window, further attempts are refused without looking at the password until the window moves on.
 * Attempts refused by the throttle itself do not count, so the lock ends a window after the last real
 * guess. The count is read outside a lock: a burst of parallel guesses may pass a few over the limit.
 */
export const signInThrottle = { maxFailures: 10, windowMinutes: 15 } as const;

export type CredentialsCheck =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "too-many-attempts" };

/** Audit entries name the address by its hash: the log must not become a list of who tried to sign in. */
function emailKey(email: string): string {
  return createHash("sha256").update(email).digest("hex");
}

/** Whether the email and password match an active account. Every attempt is audited. */
export async function verifyCredentials(input: unknown, now = new Date()): Promise<CredentialsCheck> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const email = parsed.data.email.toLowerCase();
  const key = emailKey(email);
  const db = getDb();

  const recentFailures = await db.auditEntry.count({
    where: {
      action: "auth.sign-in",
      entityType: "SignIn",
      entityId: key,
      outcome: "DENIED",
      occurredAt: { gt: new Date(now.getTime() - signInThrottle.windowMinutes * 60_000) },
    },
  });
  const throttled = recentFailures >= signInThrottle.maxFailures;

  const user = throttled
    ? null
    : await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true } });
  const valid = throttled
    ? false
    : user && !user.disabledAt
      ? await verifyPassword(user.passwordHash, parsed.data.password)
      : await verifyDecoy(parsed.data.password);

  await db.$transaction(async (tx) => {
    if (user && valid) await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await recordAudit(tx, {
      actor: null,
      // Refusals by the throttle are logged under their own action, so they do not count as guesses.
      action: throttled ? "auth.sign-in-throttled" : "auth.sign-in",
      entityType: "SignIn",
      entityId: key,
      outcome: user && valid ? "SUCCESS" : "DENIED",
      metadata: user ? { userId: user.id } : {},
    });
  });
  if (throttled) return { ok: false, reason: "too-many-attempts" };
  return user && valid ? { ok: true, user: { id: user.id, email: user.email, name: user.name } } : { ok: false, reason: "invalid" };
}
