import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { keyedHash } from "@/lib/auth/keyed-hash";
import { hashPassword } from "@/lib/auth/password";
import { signInThrottle } from "@/lib/auth/sign-in-throttle";
import { signInWithPassword, type SignInClient } from "@/lib/auth/sign-in-with-password";
import { createUser, uniqueStem } from "@/prisma/factories";

const db = getDb();
afterAll(() => db.$disconnect());

async function account() {
  const email = `signin-${uniqueStem()}@test.example`;
  const user = await createUser(db, { email, passwordHash: await hashPassword("correct horse") });
  return { email, user };
}

/** A browser at an address of its own, that has never signed in. */
function stranger(): SignInClient {
  return { clientAddress: `198.51.100.${uniqueStem()}`, deviceToken: null };
}

const { accountFromClient: freeForAccount, client: freeForClient, account: freeFromAnywhere } = signInThrottle.freeAttempts;
const seconds = (from: Date, count: number) => new Date(from.getTime() + count * 1000);

describe("[SIGN-IN] checking credentials", () => {
  it("accepts the right password in any letter case of the email, and refuses a wrong one or a disabled account", async () => {
    const { email, user } = await account();
    expect(await signInWithPassword({ email: email.toUpperCase(), password: "correct horse" }, stranger())).toMatchObject({ ok: true, user: { id: user.id, email, name: user.name } });
    expect(await signInWithPassword({ email, password: "wrong" }, stranger())).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword({ email: "nobody@test.example", password: "correct horse" }, stranger())).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword({ email: "not an email", password: "" }, stranger())).toEqual({ ok: false, reason: "invalid" });
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await signInWithPassword({ email, password: "correct horse" }, stranger())).toEqual({ ok: false, reason: "invalid" });
  });

  it("audits every checked attempt under a keyed hash of the address, never the address or its plain sha256", async () => {
    const { email, user } = await account();
    await signInWithPassword({ email, password: "wrong" }, stranger());
    const signedIn = await signInWithPassword({ email, password: "correct horse" }, stranger());
    const entries = await db.auditEntry.findMany({ where: { action: "auth.sign-in", metadata: { path: ["userId"], equals: user.id } }, orderBy: { occurredAt: "asc" } });
    expect(entries.map((e) => e.outcome)).toEqual(["DENIED", "SUCCESS"]);
    expect(entries.map((e) => e.entityId)).toEqual([keyedHash("account", email), keyedHash("account", email)]);
    expect(entries[1]?.metadata).toEqual({ userId: user.id, sessionId: signedIn.ok ? signedIn.sessionId : "none" });
    const logged = JSON.stringify(entries);
    expect(logged).not.toContain(email);
    expect(logged).not.toContain(createHash("sha256").update(email).digest("hex"));
  });
});

describe("[SIGN-IN] throttling", () => {
  it("slows a stranger down with doubling waits once the free attempts are used", async () => {
    const { email } = await account();
    const client = stranger();
    const start = new Date();
    for (let i = 0; i < freeForAccount; i++) expect(await signInWithPassword({ email, password: `guess ${i}` }, client, start)).toEqual({ ok: false, reason: "invalid" });
    const wait = signInThrottle.firstDelaySeconds;
    expect(await signInWithPassword({ email, password: "correct horse" }, client, seconds(start, 1))).toEqual({ ok: false, reason: "too-many-attempts", retryAfterSeconds: wait - 1 });
    expect(await signInWithPassword({ email, password: "another guess" }, client, seconds(start, wait))).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword({ email, password: "correct horse" }, client, seconds(start, wait + 1))).toEqual({ ok: false, reason: "too-many-attempts", retryAfterSeconds: 2 * wait - 1 });
    expect(await signInWithPassword({ email, password: "correct horse" }, client, seconds(start, 3 * wait))).toMatchObject({ ok: true });
  });

  it("does not let a stranger's wrong guesses stop the owner signing in, from a new browser or one used before behind the stranger's own address", async () => {
    const { email } = await account();
    const ownBrowser = stranger();
    const first = await signInWithPassword({ email, password: "correct horse" }, ownBrowser);
    if (!first.ok) throw new Error("the owner could not sign in");
    const thief = stranger();
    for (let i = 0; i < 30; i++) await signInWithPassword({ email, password: `guess ${i}` }, thief);
    expect(await signInWithPassword({ email, password: "correct horse" }, thief)).toMatchObject({ ok: false, reason: "too-many-attempts" });
    expect(await signInWithPassword({ email, password: "correct horse" }, stranger())).toMatchObject({ ok: true });
    // One office network: the owner's browser behind the thief's address.
    expect(await signInWithPassword({ email, password: "correct horse" }, { ...thief, deviceToken: first.deviceToken })).toMatchObject({ ok: true });
  });

  it("slows down guessing spread over many addresses for new browsers, but not for the owner's own", async () => {
    const { email } = await account();
    const first = await signInWithPassword({ email, password: "correct horse" }, stranger());
    if (!first.ok) throw new Error("the owner could not sign in");
    const now = new Date();
    for (let i = 0; i < freeFromAnywhere; i++) await signInWithPassword({ email, password: `guess ${i}` }, stranger(), now);
    expect(await signInWithPassword({ email, password: "correct horse" }, stranger(), now)).toMatchObject({ ok: false, reason: "too-many-attempts" });
    expect(await signInWithPassword({ email, password: "correct horse" }, { ...stranger(), deviceToken: first.deviceToken }, now)).toMatchObject({ ok: true });
  });

  it("counts a burst of 30 parallel guesses exactly: only the free attempts check a password", async () => {
    const { email } = await account();
    const client = stranger();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => signInWithPassword({ email, password: `guess ${i}` }, client, now)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(freeForAccount);
    expect(results.filter((r) => !r.ok && r.reason === "too-many-attempts")).toHaveLength(30 - freeForAccount);
    const counter = await db.signInThrottle.findFirstOrThrow({ where: { key: { startsWith: `account-client:${keyedHash("account", email)}:` } } });
    expect({ attempts: counter.attempts, refused: counter.refused }).toEqual({ attempts: freeForAccount, refused: 30 - freeForAccount });
  });

  it("slows down one client trying many addresses", async () => {
    const client = stranger();
    const now = new Date();
    for (let i = 0; i < freeForClient; i++) {
      expect(await signInWithPassword({ email: `sprayed-${uniqueStem()}@test.example`, password: "Summer2026!" }, client, now)).toEqual({ ok: false, reason: "invalid" });
    }
    const { email } = await account();
    expect(await signInWithPassword({ email, password: "correct horse" }, client, now)).toMatchObject({ ok: false, reason: "too-many-attempts" });
    expect(await signInWithPassword({ email, password: "correct horse" }, stranger(), now)).toMatchObject({ ok: true });
  });

  it("writes no audit entry per refused attempt: the next wait's entry adds them up", async () => {
    const { email } = await account();
    const client = stranger();
    const start = new Date();
    for (let i = 0; i < freeForAccount; i++) await signInWithPassword({ email, password: `guess ${i}` }, client, start);
    for (let i = 0; i < 40; i++) await signInWithPassword({ email, password: `refused ${i}` }, client, seconds(start, 1));
    const throttled = () =>
      db.auditEntry.findMany({ where: { action: "auth.sign-in-throttled", entityId: { startsWith: `account-client:${keyedHash("account", email)}:` } }, orderBy: { occurredAt: "asc" } });
    expect(await throttled()).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { entityId: { contains: keyedHash("account", email) } } })).toBe(freeForAccount + 1);
    await signInWithPassword({ email, password: "one more guess" }, client, seconds(start, signInThrottle.firstDelaySeconds));
    const entries = await throttled();
    expect(entries.map((e) => e.metadata)).toEqual([
      { kind: "accountFromClient", attempts: freeForAccount, delaySeconds: signInThrottle.firstDelaySeconds, refusedSincePreviousDelay: 0 },
      { kind: "accountFromClient", attempts: freeForAccount + 1, delaySeconds: 2 * signInThrottle.firstDelaySeconds, refusedSincePreviousDelay: 40 },
    ]);
  });

  it("starts an account's count again after the right password, and forgets a key after a quiet day", async () => {
    const { email } = await account();
    const client = stranger();
    const start = new Date();
    for (let i = 0; i < freeForAccount - 1; i++) await signInWithPassword({ email, password: `guess ${i}` }, client, start);
    expect(await signInWithPassword({ email, password: "correct horse" }, client, start)).toMatchObject({ ok: true });
    for (let i = 0; i < freeForAccount - 1; i++) expect(await signInWithPassword({ email, password: `again ${i}` }, client, start)).toEqual({ ok: false, reason: "invalid" });
    const dayLater = new Date(start.getTime() + (signInThrottle.forgetAfterHours + 1) * 60 * 60_000);
    for (let i = 0; i < freeForAccount - 1; i++) expect(await signInWithPassword({ email, password: `later ${i}` }, client, dayLater)).toEqual({ ok: false, reason: "invalid" });
  });
});
