import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { keyedHash } from "./keyed-hash";
import { verifyDecoy, verifyPassword } from "./password";
import { startSession } from "./sessions";
import { sessionPolicy, type SessionPolicy } from "./session-policy";
import { signInSchema } from "./sign-in-input";
import { issueDeviceToken, releaseAfterSuccess, reserveAttempt, throttleKeys } from "./sign-in-throttle";

/** Where an attempt comes from: the client's address, and the device token its browser holds, if any. */
export interface SignInClient {
  clientAddress: string | null;
  deviceToken: string | null;
}

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string }; sessionId: string; deviceToken: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "email-not-verified" }
  | { ok: false; reason: "too-many-attempts"; retryAfterSeconds: number };

/**
 * Signs a user in with email and password: throttled (lib/auth/sign-in-throttle.ts), then on the
 * right password a server-side session is started together with its audit entry. Every attempt
 * whose password was checked is audited; the email address appears only as its keyed hash.
 * The answer tells the browser a new device token to keep.
 */
export async function signInWithPassword(input: unknown, client: SignInClient, now = new Date(), policy: SessionPolicy = sessionPolicy()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const email = parsed.data.email.toLowerCase();
  const accountKey = keyedHash("account", email);
  const keys = throttleKeys(accountKey, client);
  const db = getDb();

  const gate = await reserveAttempt(keys, now);
  if (!gate.allowed) return { ok: false, reason: "too-many-attempts", retryAfterSeconds: gate.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, emailVerifiedAt: true } });
  const valid = user && !user.disabledAt ? await verifyPassword(user.passwordHash, parsed.data.password) : await verifyDecoy(parsed.data.password);
  const audit = { actor: null, action: "auth.sign-in", entityType: "SignIn", entityId: accountKey } as const;

  if (!user || !valid) {
    await db.$transaction((tx) => recordAudit(tx, { ...audit, outcome: "DENIED", metadata: user ? { userId: user.id } : {} }));
    return { ok: false, reason: "invalid" };
  }
  // Told only to whoever knows the password: a signed-up account works once its address is verified.
  if (!user.emailVerifiedAt) return { ok: false, reason: "email-not-verified" };
  const sessionId = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await releaseAfterSuccess(tx, keys);
    const id = await startSession(tx, user.id, now, policy);
    await recordAudit(tx, { ...audit, outcome: "SUCCESS", metadata: { userId: user.id, sessionId: id } });
    return id;
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, sessionId, deviceToken: issueDeviceToken(accountKey) };
}
