import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { dossierWhereForActor } from "@/lib/auth/authorization";
import { chooseHat } from "@/lib/auth/choose-hat";
import { hashPassword } from "@/lib/auth/password";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { findActiveSessionWithActor } from "@/lib/auth/sessions";
import type { SessionPolicy } from "@/lib/auth/session-policy";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { startDraftApplication } from "@/lib/filing/start-draft-application";
import { isAppError } from "@/lib/errors/app-error";
import { createOrganisation, createUser, grantMandate, uniqueStem } from "@/prisma/factories";

/**
 * One person, two hats (docs/decisions/hats.md): administrator of employer A and user of mandatary
 * M, which files for employer B under a mandate in force. Resolved through the real session lookup.
 */
const db = getDb();
const policy: SessionPolicy = { idleMinutes: 30, maxHours: 8 };
const password = "correct horse battery";
let email = "";
let userId = "";
let employerMembershipId = "";
let mandataryMembershipId = "";
/** A's own draft, and M's draft for B. */
let employersDraft = "";
let mandatarysDraft = "";

async function signIn(): Promise<string> {
  const result = await signInWithPassword({ email, password }, { clientAddress: `198.51.100.${uniqueStem()}`, deviceToken: null }, new Date(), policy);
  if (!result.ok) throw new Error("sign-in failed");
  return result.sessionId;
}

const lookup = (sessionId: string) => findActiveSessionWithActor(sessionId, new Date(), policy);

async function actorOf(sessionId: string): Promise<Actor | null> {
  return (await lookup(sessionId))?.actor ?? null;
}

/** Which of the two drafts the actor's dossier query finds. */
async function visibleDrafts(actor: Actor): Promise<string[]> {
  const rows = await db.application.findMany({ where: { AND: [dossierWhereForActor(actor), { id: { in: [employersDraft, mandatarysDraft] } }] }, select: { id: true } });
  return rows.map((row) => (row.id === employersDraft ? "A's draft" : "M's draft for B"));
}

beforeAll(async () => {
  const employerA = await createOrganisation(db, { name: "Employer A" });
  const employerB = await createOrganisation(db, { name: "Employer B" });
  const mandatary = await createOrganisation(db, { kind: "MANDATARY", name: "Mandatary M" });
  const bAdmin = await createUser(db, { passwordHash: "x", role: "EMPLOYER_ADMIN", organisationId: employerB.id });
  const mAdmin = await createUser(db, { passwordHash: "x", role: "MANDATARY_ADMIN", organisationId: mandatary.id });
  await grantMandate(db, { employerId: employerB.id, mandataryId: mandatary.id, grantedById: bAdmin.id, acceptedById: mAdmin.id });
  email = `two-hats-${uniqueStem()}@test.example`;
  const user = await createUser(db, { email, passwordHash: await hashPassword(password), role: "EMPLOYER_ADMIN", organisationId: employerA.id });
  userId = user.id;
  const later = new Date(Date.now() + 1000);
  mandataryMembershipId = (await db.membership.create({ data: { userId, organisationId: mandatary.id, role: "MANDATARY_USER", createdAt: later }, select: { id: true } })).id;
  employerMembershipId = (await db.membership.findFirstOrThrow({ where: { userId, organisationId: employerA.id }, select: { id: true } })).id;
  // The drafts are started by the two hats themselves, resolved as the choice page would.
  const asEmployer = await resolveActor(userId, employerMembershipId);
  const asMandatary = await resolveActor(userId, mandataryMembershipId);
  if (asEmployer?.kind !== "employerMember" || asMandatary?.kind !== "mandataryMember") throw new Error("both hats resolve");
  employersDraft = (await startDraftApplication({ actor: asEmployer, input: {} })).id;
  mandatarysDraft = (await startDraftApplication({ actor: asMandatary, input: { employerId: employerB.id } })).id;
});

afterAll(() => db.$disconnect());

describe("[HATS] one person, several hats", () => {
  it("signs in to a choice, not to a hat: both hats are listed with their organisations", async () => {
    const session = await lookup(await signIn());
    expect(session?.actor).toBeNull();
    expect(session?.hats.map((hat) => [hat.actor.kind, hat.organisationName])).toEqual([
      ["employerMember", "Employer A"],
      ["mandataryMember", "Mandatary M"],
    ]);
  });

  it("reads the session, the account and all its hats in one SQL statement", async () => {
    const sessionId = await signIn();
    const query = vi.spyOn(pg.Client.prototype, "query");
    try {
      await lookup(sessionId);
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
  });

  it("refuses a hat the person does not hold, writing nothing", async () => {
    const sessionId = await signIn();
    for (const hat of ["", "not-a-hat", "worker", crypto.randomUUID()]) {
      const refusal = await chooseHat({ sessionId, input: { hat }, policy }).catch((error: unknown) => error);
      expect(isAppError(refusal) && refusal.fieldErrors, hat).toEqual([{ path: "hat", message: "accounts.validation.hatRequired" }]);
    }
    expect(await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { hat: true } })).toEqual({ hat: null });
    expect(await db.auditEntry.count({ where: { action: "auth.hat-chosen", entityId: sessionId } })).toBe(0);
  });

  it("gives the employer hat A's dossiers and not the mandatary's; switched, the reverse; audited each time", async () => {
    const sessionId = await signIn();
    await chooseHat({ sessionId, input: { hat: employerMembershipId }, policy });
    const asEmployer = await actorOf(sessionId);
    expect(asEmployer).toMatchObject({ kind: "employerMember", membershipId: employerMembershipId, admin: true });
    expect(await visibleDrafts(asEmployer!)).toEqual(["A's draft"]);

    await chooseHat({ sessionId, input: { hat: mandataryMembershipId }, policy });
    const asMandatary = await actorOf(sessionId);
    expect(asMandatary).toMatchObject({ kind: "mandataryMember", membershipId: mandataryMembershipId, admin: false });
    expect(await visibleDrafts(asMandatary!)).toEqual(["M's draft for B"]);

    const audit = await db.auditEntry.findMany({ where: { action: "auth.hat-chosen", entityId: sessionId }, orderBy: { occurredAt: "asc" } });
    expect(audit.map((entry) => [entry.actorUserId, entry.metadata])).toEqual([
      [userId, { kind: "employerMember", switched: false, hats: 2 }],
      [userId, { kind: "mandataryMember", switched: true, hats: 2 }],
    ]);
  });

  it("starts the next sign-in in the hat chosen last, and another session keeps its own hat", async () => {
    const first = await signIn();
    await chooseHat({ sessionId: first, input: { hat: employerMembershipId }, policy });
    const second = await signIn();
    expect((await actorOf(second))?.kind).toBe("employerMember");
    await chooseHat({ sessionId: second, input: { hat: mandataryMembershipId }, policy });
    expect((await actorOf(first))?.kind).toBe("employerMember");
    expect((await actorOf(second))?.kind).toBe("mandataryMember");
  });

  it("never keeps the rights of a hat whose membership was revoked", async () => {
    const sessionId = await signIn();
    await chooseHat({ sessionId, input: { hat: mandataryMembershipId }, policy });
    await db.membership.update({ where: { id: mandataryMembershipId }, data: { revokedAt: new Date() } });
    try {
      // Still chosen in the session and remembered on the account, but gone: the one hat left acts.
      expect(await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { hat: true } })).toEqual({ hat: mandataryMembershipId });
      const left = await actorOf(sessionId);
      expect(left).toMatchObject({ kind: "employerMember", membershipId: employerMembershipId });
      expect(await visibleDrafts(left!)).toEqual(["A's draft"]);
      expect((await lookup(sessionId))?.hats).toHaveLength(1);
      const refusal = await chooseHat({ sessionId, input: { hat: mandataryMembershipId }, policy }).catch((error: unknown) => error);
      expect(isAppError(refusal) && refusal.code).toBe("VALIDATION");
    } finally {
      await db.membership.update({ where: { id: mandataryMembershipId }, data: { revokedAt: null } });
    }
  });

  it("refuses to choose without a session in force", async () => {
    const refusal = await chooseHat({ sessionId: crypto.randomUUID(), input: { hat: employerMembershipId }, policy }).catch((error: unknown) => error);
    expect(isAppError(refusal) && refusal.code).toBe("UNAUTHENTICATED");
  });
});
