import { getDb, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "./actor";
import { actorUserSelect, hatsOfUser, pickHat, type Hat } from "./hats";
import type { SessionPolicy } from "./session-policy";

const MINUTE = 60_000;
/** lastSeenAt is written at most once a minute: most page views cost one read, no write. */
const ACTIVITY_RESOLUTION_MS = MINUTE;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Starts a session for a user who has just proved who they are. Call inside the sign-in's transaction. */
export async function startSession(tx: Tx, userId: string, now: Date, policy: SessionPolicy): Promise<string> {
  const session = await tx.session.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + policy.maxHours * 60 * MINUTE) },
    select: { id: true },
  });
  return session.id;
}

/** A session in force and its actor, as a request needs them. */
export interface ActiveSession {
  userId: string;
  /**
   * The actor in the session's hat. Null when the account is disabled or has no role left (signed
   * in, but may do nothing), or holds several hats and none is chosen yet (`hats` has them).
   */
  actor: Actor | null;
  /** Every hat the account holds now: the choice page lists them, the header offers to switch. */
  hats: Hat[];
  lastSeenAt: Date;
}

/**
 * The session still in force at `now` — not signed out, within its lifetime, not idle for longer
 * than the policy allows — with its user's actor in the session's hat, in one statement (the session,
 * the account, its memberships in force and their organisations, joined), or null. Only reads: asking whether a
 * session is alive (as `/api/auth/session` does) never keeps it alive.
 */
export async function findActiveSessionWithActor(id: string | undefined, now: Date, policy: SessionPolicy): Promise<ActiveSession | null> {
  if (!id || !UUID.test(id)) return null;
  const session = await getDb().session.findUnique({
    where: { id },
    select: { userId: true, hat: true, lastSeenAt: true, expiresAt: true, revokedAt: true, user: { select: actorUserSelect } },
  });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (session.lastSeenAt.getTime() + policy.idleMinutes * MINUTE <= now.getTime()) return null;
  const hats = hatsOfUser(session.user);
  const actor = pickHat(hats, session.hat, session.user.lastHat)?.actor ?? null;
  return { userId: session.userId, actor, hats, lastSeenAt: session.lastSeenAt };
}

/** The user of a session still in force at `now` (see `findActiveSessionWithActor`), or null. */
export async function findActiveSession(id: string | undefined, now: Date, policy: SessionPolicy): Promise<{ userId: string } | null> {
  const session = await findActiveSessionWithActor(id, now, policy);
  return session && { userId: session.userId };
}

/** Whether serving a request at `now` must be written down as the session's activity: at most once a minute. */
export function isActivityDue(lastSeenAt: Date, now: Date): boolean {
  return lastSeenAt.getTime() < now.getTime() - ACTIVITY_RESOLUTION_MS;
}

/** Notes that the session served a page or an action, which is what the idle timeout measures. */
export async function recordSessionActivity(id: string, now: Date): Promise<void> {
  await getDb().session.updateMany({
    where: { id, revokedAt: null, lastSeenAt: { lt: new Date(now.getTime() - ACTIVITY_RESOLUTION_MS) } },
    data: { lastSeenAt: now },
  });
}

/** Ends a session on the server: its cookie, replayed later, is refused. Ending it twice changes nothing. */
export async function endSession(id: string | undefined, now: Date): Promise<void> {
  if (!id || !UUID.test(id)) return;
  await getDb().$transaction(async (tx) => {
    const ended = await tx.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    if (ended.count === 0) return;
    const { userId } = await tx.session.findUniqueOrThrow({ where: { id }, select: { userId: true } });
    await recordAudit(tx, { actor: null, action: "auth.sign-out", entityType: "Session", entityId: id, outcome: "SUCCESS", metadata: { userId } });
  });
}
