import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { signInThrottle, verifyCredentials } from "@/lib/auth/verify-credentials";
import { createUser, uniqueStem } from "@/prisma/factories";

const db = getDb();
afterAll(() => db.$disconnect());

async function account() {
  const email = `signin-${uniqueStem()}@test.example`;
  const user = await createUser(db, { email, passwordHash: await hashPassword("correct horse") });
  return { email, user };
}

describe("[SIGN-IN] checking credentials", () => {
  it("accepts the right password in any letter case of the email, and refuses a wrong one or a disabled account", async () => {
    const { email, user } = await account();
    expect(await verifyCredentials({ email: email.toUpperCase(), password: "correct horse" })).toEqual({ ok: true, user: { id: user.id, email, name: user.name } });
    expect(await verifyCredentials({ email, password: "wrong" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "nobody@test.example", password: "correct horse" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "not an email", password: "" })).toEqual({ ok: false, reason: "invalid" });
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await verifyCredentials({ email, password: "correct horse" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("audits every attempt without writing the email address in the log", async () => {
    const { email, user } = await account();
    await verifyCredentials({ email, password: "wrong" });
    await verifyCredentials({ email, password: "correct horse" });
    const entries = await db.auditEntry.findMany({ where: { action: "auth.sign-in", metadata: { path: ["userId"], equals: user.id } }, orderBy: { occurredAt: "asc" } });
    expect(entries.map((e) => e.outcome)).toEqual(["DENIED", "SUCCESS"]);
    expect(JSON.stringify(entries)).not.toContain(email);
  });

  it("refuses even the right password after too many failures, for that address only, until the window has passed", async () => {
    const { email } = await account();
    const other = await account();
    for (let i = 0; i < signInThrottle.maxFailures; i++) await verifyCredentials({ email, password: `guess ${i}` });
    expect(await verifyCredentials({ email, password: "correct horse" })).toEqual({ ok: false, reason: "too-many-attempts" });
    expect(await verifyCredentials({ email: other.email, password: "correct horse" })).toMatchObject({ ok: true });
    const later = new Date(Date.now() + (signInThrottle.windowMinutes + 1) * 60_000);
    expect(await verifyCredentials({ email, password: "correct horse" }, later)).toMatchObject({ ok: true });
  });
});
