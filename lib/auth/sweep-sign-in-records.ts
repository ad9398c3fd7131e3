import { getDb } from "@/lib/db";
import { signInThrottle } from "./sign-in-throttle";

/**
 * Deletes what signing in leaves behind once it can no longer matter: sessions past their lifetime
 * (signed out or not), and throttle counters unused for longer than they are remembered — so that
 * neither table grows with the number of strangers who ever tried. Answers how many rows went.
 */
export async function sweepSignInRecords(now = new Date()): Promise<number> {
  const db = getDb();
  const forgetBefore = new Date(now.getTime() - signInThrottle.forgetAfterHours * 60 * 60_000);
  const sessions = await db.session.deleteMany({ where: { expiresAt: { lt: now } } });
  const counters = await db.signInThrottle.deleteMany({
    where: { lastAttemptAt: { lt: forgetBefore }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] },
  });
  return sessions.count + counters.count;
}
