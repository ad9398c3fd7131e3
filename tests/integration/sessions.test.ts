import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { endSession, findActiveSession, recordSessionActivity } from "@/lib/auth/sessions";
import type { SessionPolicy } from "@/lib/auth/session-policy";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { sweepSignInRecords } from "@/lib/auth/sweep-sign-in-records";
import { createUser, uniqueStem } from "@/prisma/factories";

const db = getDb();
afterAll(() => db.$disconnect());

const policy: SessionPolicy = { idleMinutes: 30, maxHours: 8 };
const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

async function signedIn(at: Date) {
  const email = `session-${uniqueStem()}@test.example`;
  const user = await createUser(db, { email, passwordHash: await hashPassword("correct horse") });
  const result = await signInWithPassword({ email, password: "correct horse" }, { clientAddress: `192.0.2.${uniqueStem()}`, deviceToken: null }, at, policy);
  if (!result.ok) throw new Error("sign-in failed");
  return { userId: user.id, sessionId: result.sessionId };
}

describe("[SESSIONS] server-side sessions", () => {
  it("are in force after signing in, and refused for good once signed out", async () => {
    const start = new Date();
    const { userId, sessionId } = await signedIn(start);
    expect(await findActiveSession(sessionId, minutes(start, 1), policy)).toEqual({ userId });
    await endSession(sessionId, minutes(start, 2));
    await endSession(sessionId, minutes(start, 3));
    expect(await findActiveSession(sessionId, minutes(start, 3), policy)).toBeNull();
    const audit = await db.auditEntry.findMany({ where: { action: "auth.sign-out", entityId: sessionId } });
    expect(audit.map((e) => [e.outcome, e.metadata])).toEqual([["SUCCESS", { userId }]]);
  });

  it("end after the idle timeout, and asking whether one is alive does not keep it alive", async () => {
    const start = new Date();
    const { userId, sessionId } = await signedIn(start);
    for (const minute of [10, 20, 29]) expect(await findActiveSession(sessionId, minutes(start, minute), policy)).toEqual({ userId });
    expect(await findActiveSession(sessionId, minutes(start, 30), policy)).toBeNull();
  });

  it("stay alive while pages are served, but never beyond their lifetime", async () => {
    const start = new Date();
    const { userId, sessionId } = await signedIn(start);
    for (let minute = 20; minute < 8 * 60; minute += 20) {
      await recordSessionActivity(sessionId, minutes(start, minute));
      expect(await findActiveSession(sessionId, minutes(start, minute + 19), policy), `minute ${minute + 19}`).toEqual({ userId });
    }
    await recordSessionActivity(sessionId, minutes(start, 8 * 60 - 1));
    expect(await findActiveSession(sessionId, minutes(start, 8 * 60), policy)).toBeNull();
  });

  it("refuse an unknown or malformed session id", async () => {
    expect(await findActiveSession(crypto.randomUUID(), new Date(), policy)).toBeNull();
    expect(await findActiveSession("not-a-session", new Date(), policy)).toBeNull();
    expect(await findActiveSession(undefined, new Date(), policy)).toBeNull();
  });
});

describe("[SESSIONS] sweeping", () => {
  it("deletes sessions past their lifetime and counters unused for a day, and keeps the rest", async () => {
    const start = new Date();
    const { sessionId } = await signedIn(start);
    const { sessionId: later } = await signedIn(minutes(start, 60));
    await db.signInThrottle.createMany({
      data: [
        { key: `client:${uniqueStem()}-old`, lastAttemptAt: minutes(start, -25 * 60) },
        { key: `client:${uniqueStem()}-recent`, lastAttemptAt: start },
      ],
    });
    await sweepSignInRecords(minutes(start, 8 * 60 + 1));
    expect(await db.session.findUnique({ where: { id: sessionId } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: later } })).not.toBeNull();
    const left = await db.signInThrottle.findMany({ where: { key: { endsWith: "-old" } } });
    expect(left).toEqual([]);
    expect(await db.signInThrottle.count({ where: { key: { endsWith: "-recent" } } })).toBeGreaterThan(0);
  });
});
