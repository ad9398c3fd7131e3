import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { withAuditClient } from "@/lib/audit/audit-client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { findActiveSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { verifyEmail } from "@/lib/organisations/email-verification";
import { acceptInvitationAsUser, acceptInvitationWithNewAccount, findInvitation } from "@/lib/organisations/invitations";
import { hashLinkToken } from "@/lib/organisations/link-token";
import { changeMemberRole, inviteMember, listMembers, removeMember } from "@/lib/organisations/members";
import { signUpOrganisation } from "@/lib/organisations/sign-up";
import { createOrganisation, createUser, randomEnterpriseNumber, randomEstablishmentUnitNumber, uniqueStem } from "@/prisma/factories";

const db = getDb();
afterAll(() => db.$disconnect());

const PASSWORD = "a long enough password";
const policy = { idleMinutes: 30, maxHours: 8 };
const client = () => ({ clientAddress: `198.51.100.${uniqueStem()}`, deviceToken: null });

function signUpInput(overrides: Record<string, unknown> = {}) {
  const stem = uniqueStem();
  return {
    kind: "EMPLOYER",
    foreignEmployer: false,
    enterpriseNumber: randomEnterpriseNumber(),
    name: `Signed Up ${stem} NV`,
    registeredOffice: { street: "Kouter 1", postalCode: "9000", city: "Gent" },
    units: [{ unitNumber: randomEstablishmentUnitNumber(), name: "Depot", street: "Haven 2", postalCode: "2030", city: "Antwerpen" }],
    administrator: { name: "Ann Peeters", email: `admin-${stem}@test.example`, password: PASSWORD, locale: "nl" },
    ...overrides,
  };
}

/** Signs an organisation up with an address nobody has yet: what it created. */
async function signedUp(input: ReturnType<typeof signUpInput>, now?: Date) {
  const created = await signUpOrganisation(input, now);
  if (!created) throw new Error(`the sign-up of ${input.administrator.email} created nothing`);
  return created;
}

/** The token of the last mail of `topic` to `email`, as the outbox holds it for delivery. */
async function mailedToken(email: string, topic: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: email, topic }, orderBy: { createdAt: "desc" } });
  return (message.payload as { token: string }).token;
}

async function adminOf(input = signUpInput()): Promise<{ actor: Actor; email: string; organisationId: string }> {
  const { organisationId, userId } = await signedUp(input);
  const actor = await resolveActor(userId);
  if (!actor) throw new Error(`the sign-up of ${input.administrator.email} made no administrator`);
  return { actor, email: input.administrator.email, organisationId };
}

/** A refusal's field errors, or its code when it has none (FORBIDDEN, NOT_FOUND). */
const fieldErrors = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { fieldErrors?: unknown[]; code?: string }) => (error.fieldErrors?.length ? error.fieldErrors : error.code),
  );

describe("[SIGN-UP] an organisation signs up", () => {
  it("writes the organisation, its units, an unverified administrator and the verification mail together", async () => {
    const input = signUpInput();
    const { organisationId, userId } = await signedUp(input);
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, include: { establishmentUnits: true, memberships: true } });
    expect(organisation).toMatchObject({ kind: "EMPLOYER", enterpriseNumber: input.enterpriseNumber, registeredOfficePostalCode: "9000", registeredOfficeCountry: "BE" });
    expect(organisation.establishmentUnits.map((u) => u.unitNumber)).toEqual([input.units[0]!.unitNumber]);
    expect(organisation.memberships.map((m) => [m.userId, m.role])).toEqual([[userId, "EMPLOYER_ADMIN"]]);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.locale).toBe("nl");

    const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: input.administrator.email } });
    expect(mail).toMatchObject({ topic: "account.verify-email", applicationId: null, locale: "nl" });
    const token = (mail.payload as { token: string }).token;
    // Only the keyed hash is stored with the verification.
    const verification = await db.emailVerification.findFirstOrThrow({ where: { userId } });
    expect(verification.tokenHash).toBe(hashLinkToken(token));
    expect(verification.tokenHash).not.toContain(token);
    expect(await db.auditEntry.count({ where: { action: "organisation.sign-up", entityId: organisationId, outcome: "SUCCESS" } })).toBe(1);
  });

  it("makes a mandatary's first member a mandatary administrator", async () => {
    const input = signUpInput({ kind: "MANDATARY", units: [] });
    const { organisationId, userId } = await signedUp(input);
    expect(await db.membership.findFirstOrThrow({ where: { organisationId, userId } })).toMatchObject({ role: "MANDATARY_ADMIN" });
  });

  it("signs up a foreign employer without an enterprise number, with its office's country", async () => {
    const input = signUpInput({ foreignEmployer: true, enterpriseNumber: "", registeredOffice: undefined, registeredOfficeCountry: "NL", units: [] });
    const { organisationId } = await signedUp(input);
    expect(await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).toMatchObject({
      enterpriseNumber: null,
      registeredOfficePostalCode: null,
      registeredOfficeCountry: "NL",
    });
  });

  it("refuses an enterprise number registered before, pointing to an invitation, and writes nothing", async () => {
    const first = signUpInput();
    await signUpOrganisation(first);
    const second = signUpInput({ enterpriseNumber: first.enterpriseNumber });
    expect(await fieldErrors(signUpOrganisation(second))).toEqual([{ path: "enterpriseNumber", message: "validation.enterpriseNumberTaken" }]);
    expect(await db.user.count({ where: { email: second.administrator.email } })).toBe(0);
  });

  it("lets only one of two simultaneous sign-ups with one enterprise number through", async () => {
    const number = randomEnterpriseNumber();
    const results = await Promise.allSettled([signUpOrganisation(signUpInput({ enterpriseNumber: number })), signUpOrganisation(signUpInput({ enterpriseNumber: number }))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { fieldErrors: [{ path: "enterpriseNumber", message: "validation.enterpriseNumberTaken" }] } });
    expect(await db.organisation.count({ where: { enterpriseNumber: number } })).toBe(1);
  });

  it("writes all or nothing: a unit another organisation registered fails the whole sign-up", async () => {
    const taken = await createOrganisation(db, { units: [{ name: "Elsewhere", street: "Rue 1", postalCode: "5000", city: "Namur" }] });
    const input = signUpInput({ units: [{ unitNumber: taken.establishmentUnits[0]!.unitNumber!, name: "Mine", street: "Rue 2", postalCode: "5000", city: "Namur" }] });
    expect(await fieldErrors(signUpOrganisation(input))).toEqual([{ path: "units", message: "validation.unitNumberTaken" }]);
    expect(await db.organisation.count({ where: { enterpriseNumber: input.enterpriseNumber } })).toBe(0);
    expect(await db.user.count({ where: { email: input.administrator.email } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { recipientEmail: input.administrator.email } })).toBe(0);
  });

  it("answers an address that has an account as any other sign-up, creates nothing, and tells the address's owner", async () => {
    const email = `taken-${uniqueStem()}@test.example`;
    const owner = await createUser(db, { email, passwordHash: await hashPassword(PASSWORD), locale: "de" });
    const input = signUpInput({ administrator: { name: "Someone Else", email: email.toUpperCase(), password: PASSWORD, locale: "en" } });
    // No refusal that would tell a stranger the address is registered here.
    await expect(signUpOrganisation(input)).resolves.toBeNull();
    expect(await db.organisation.count({ where: { enterpriseNumber: input.enterpriseNumber } })).toBe(0);
    const mails = await db.outboxMessage.findMany({ where: { recipientEmail: email } });
    expect(mails.map((m) => [m.topic, m.locale])).toEqual([["account.sign-up-address-in-use", "de"]]);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).name).toBe(owner.name);
    expect(await db.auditEntry.count({ where: { action: "organisation.sign-up", entityId: owner.id, outcome: "DENIED" } })).toBe(1);
  });

  it("sends a new verification link to an account still waiting for one, when its owner signs up again", async () => {
    const first = signUpInput();
    const { userId } = await signedUp(first);
    const again = signUpInput({ administrator: first.administrator });
    await expect(signUpOrganisation(again)).resolves.toBeNull();
    expect(await db.organisation.count({ where: { enterpriseNumber: again.enterpriseNumber } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { recipientEmail: first.administrator.email, topic: "account.verify-email" } })).toBe(2);
    await expect(verifyEmail(await mailedToken(first.administrator.email, "account.verify-email"))).resolves.toEqual({ userId });
  });

  it("cannot be used to flood an inbox: mails about an address in use are throttled per client", async () => {
    const email = `flooded-${uniqueStem()}@test.example`;
    await createUser(db, { email, passwordHash: await hashPassword(PASSWORD) });
    const from = { clientAddress: `203.0.113.${Math.floor(Math.random() * 250)}`, userAgent: null };
    for (let attempt = 0; attempt < 12; attempt++) {
      const again = signUpInput({ administrator: { name: "Flood", email, password: PASSWORD, locale: "en" } });
      await expect(withAuditClient(from, () => signUpOrganisation(again))).resolves.toBeNull();
    }
    const mails = await db.outboxMessage.count({ where: { recipientEmail: email } });
    expect(mails).toBeGreaterThan(0);
    expect(mails).toBeLessThan(12);
  });

  it("refuses bad input field by field, saying which rule a number breaks, and writes nothing", async () => {
    const input = signUpInput({
      enterpriseNumber: "2.147.812.897",
      registeredOffice: { street: "", postalCode: "0000", city: "Gent" },
      units: [{ unitNumber: "0403.170.701", name: "Depot", street: "Haven 2", postalCode: "2030", city: "Antwerpen" }],
      administrator: { name: "Ann", email: "not-an-address", password: "short", locale: "xx" },
    });
    const errors = (await fieldErrors(signUpOrganisation(input))) as { path: string; message: string }[];
    expect(Object.fromEntries(errors.map((e) => [e.path, e.message]))).toEqual({
      enterpriseNumber: "validation.enterpriseNumberIsUnitNumber",
      "registeredOffice.street": "validation.streetRequired",
      "registeredOffice.postalCode": "validation.postalCodeUnknown",
      "units.0.unitNumber": "validation.unitNumberIsEnterpriseNumber",
      "administrator.email": "validation.emailFormat",
      "administrator.password": "validation.passwordTooShort",
      "administrator.locale": "validation.languageRequired",
    });
    expect(await db.organisation.count({ where: { name: input.name } })).toBe(0);
  });
});

describe("[SIGN-UP] the e-mailed verification link", () => {
  it("opens the account once: sign-in is refused before, the link works once, sign-in works after", async () => {
    const input = signUpInput();
    const { userId } = await signedUp(input);
    const credentials = { email: input.administrator.email, password: PASSWORD };
    expect(await signInWithPassword(credentials, client(), new Date(), policy)).toEqual({ ok: false, reason: "email-not-verified" });
    expect(await signInWithPassword({ ...credentials, password: "a wrong password!!" }, client(), new Date(), policy)).toEqual({ ok: false, reason: "invalid" });

    const token = await mailedToken(input.administrator.email, "account.verify-email");
    await expect(verifyEmail(token)).resolves.toEqual({ userId });
    await expect(verifyEmail(token)).rejects.toMatchObject({ fieldErrors: [{ message: "validation.verificationLinkInvalid" }] });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).not.toBeNull();
    expect(await signInWithPassword(credentials, client(), new Date(), policy)).toMatchObject({ ok: true });
  });

  it("expires, and refuses a token it never issued", async () => {
    const input = signUpInput();
    const signedUpAt = new Date();
    const { userId } = await signedUp(input, signedUpAt);
    const token = await mailedToken(input.administrator.email, "account.verify-email");
    await expect(verifyEmail(token, new Date(signedUpAt.getTime() + 49 * 3600_000))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(verifyEmail("x".repeat(43))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(verifyEmail("../../etc")).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).toBeNull();
  });
});

describe("[SIGN-UP] members", () => {
  it("invites a colleague who creates an account with the link, once", async () => {
    const { actor, organisationId } = await adminOf();
    const email = `colleague-${uniqueStem()}@test.example`;
    await inviteMember(actor, { email: email.toUpperCase(), role: "USER" }, "fr");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: email, topic: "member.invited" } });
    expect(mail).toMatchObject({ locale: "fr", applicationId: null });
    const token = (mail.payload as { token: string }).token;
    expect(await findInvitation(token)).toMatchObject({ email, role: "EMPLOYER_USER", accountExists: false });

    const { userId } = await acceptInvitationWithNewAccount({ token, name: "Colleague", password: PASSWORD, locale: "fr" });
    expect(await db.membership.findFirstOrThrow({ where: { organisationId, userId } })).toMatchObject({ role: "EMPLOYER_USER", revokedAt: null });
    // The link reached the mailbox: the address counts as verified, and the colleague signs in.
    expect(await signInWithPassword({ email, password: PASSWORD }, client(), new Date(), policy)).toMatchObject({ ok: true });
    await expect(acceptInvitationWithNewAccount({ token, name: "Again", password: PASSWORD, locale: "fr" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await findInvitation(token)).toBeNull();
    expect(await db.auditEntry.count({ where: { action: { in: ["member.invite", "member.join"] }, actorOrganisationId: organisationId } })).toBe(2);
  });

  it("joins an existing account after sign-in, and only the invited account", async () => {
    const { actor, organisationId } = await adminOf();
    const other = await adminOf();
    const email = `existing-${uniqueStem()}@test.example`;
    const existing = await createUser(db, { email, passwordHash: await hashPassword(PASSWORD) });
    await inviteMember(actor, { email, role: "ADMINISTRATOR" }, "en");
    const token = await mailedToken(email, "member.invited");
    expect(await findInvitation(token)).toMatchObject({ accountExists: true });
    await expect(acceptInvitationAsUser(other.actor.userId, token)).rejects.toMatchObject({ fieldErrors: [{ message: "validation.invitationOtherAccount" }] });
    await expect(acceptInvitationWithNewAccount({ token, name: "Twin", password: PASSWORD, locale: "en" })).rejects.toMatchObject({ fieldErrors: [{ message: "validation.invitationSignInFirst" }] });
    await expect(acceptInvitationAsUser(existing.id, token)).resolves.toEqual({ organisationId });
    expect(await db.membership.findFirstOrThrow({ where: { organisationId, userId: existing.id } })).toMatchObject({ role: "EMPLOYER_ADMIN" });
  });

  it("refuses to invite someone who is already a member", async () => {
    const { actor, email } = await adminOf();
    expect(await fieldErrors(inviteMember(actor, { email, role: "USER" }, "en"))).toEqual([{ path: "email", message: "validation.alreadyMember" }]);
  });

  it("removes a member and ends their sessions at once", async () => {
    const { actor, organisationId } = await adminOf();
    const email = `removed-${uniqueStem()}@test.example`;
    const member = await createUser(db, { email, passwordHash: await hashPassword(PASSWORD), role: "EMPLOYER_USER", organisationId });
    const signIn = await signInWithPassword({ email, password: PASSWORD }, client(), new Date(), policy);
    if (!signIn.ok) throw new Error("sign-in failed");
    const membership = await db.membership.findFirstOrThrow({ where: { organisationId, userId: member.id } });

    await removeMember(actor, { membershipId: membership.id });
    expect(await findActiveSession(signIn.sessionId, new Date(), policy)).toBeNull();
    expect(await resolveActor(member.id)).toBeNull();
    expect((await listMembers(actor)).members.map((m) => m.userId)).toEqual([actor.userId]);
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: "member.remove", entityId: membership.id } })).toMatchObject({ outcome: "SUCCESS", metadata: { role: "EMPLOYER_USER", sessionsEnded: 1 } });
  });

  it("keeps the last administrator: they can neither leave nor be made a user", async () => {
    const { actor, organisationId } = await adminOf();
    const own = await db.membership.findFirstOrThrow({ where: { organisationId, userId: actor.userId } });
    expect(await fieldErrors(removeMember(actor, { membershipId: own.id }))).toEqual([{ path: "membershipId", message: "validation.lastAdministrator" }]);
    expect(await fieldErrors(changeMemberRole(actor, { membershipId: own.id, role: "USER" }))).toEqual([{ path: "role", message: "validation.lastAdministrator" }]);
    expect(await db.membership.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ role: "EMPLOYER_ADMIN", revokedAt: null });
  });

  it("lets only one of two administrators demoting each other at once succeed", async () => {
    const { actor, organisationId } = await adminOf();
    const second = await createUser(db, { passwordHash: "unused", role: "EMPLOYER_ADMIN", organisationId });
    const secondActor = (await resolveActor(second.id))!;
    const [mine, theirs] = await Promise.all([
      db.membership.findFirstOrThrow({ where: { organisationId, userId: actor.userId } }),
      db.membership.findFirstOrThrow({ where: { organisationId, userId: second.id } }),
    ]);
    const results = await Promise.allSettled([changeMemberRole(actor, { membershipId: theirs.id, role: "USER" }), changeMemberRole(secondActor, { membershipId: mine.id, role: "USER" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { organisationId, revokedAt: null, role: "EMPLOYER_ADMIN" } })).toBe(1);
  });

  it("lets an administrator leave once another administrator remains", async () => {
    const { actor, organisationId } = await adminOf();
    const email = `second-${uniqueStem()}@test.example`;
    await createUser(db, { email, passwordHash: "unused", role: "EMPLOYER_USER", organisationId });
    const theirs = await db.membership.findFirstOrThrow({ where: { organisationId, user: { email } } });
    await changeMemberRole(actor, { membershipId: theirs.id, role: "ADMINISTRATOR" });
    const own = await db.membership.findFirstOrThrow({ where: { organisationId, userId: actor.userId } });
    await removeMember(actor, { membershipId: own.id });
    expect(await db.membership.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ revokedAt: expect.any(Date) });
  });

  it("refuses member management to users, and another organisation's members to administrators", async () => {
    const { actor, organisationId } = await adminOf();
    const other = await adminOf();
    const user = await createUser(db, { passwordHash: "unused", role: "EMPLOYER_USER", organisationId });
    const userActor = (await resolveActor(user.id))!;
    expect(await fieldErrors(inviteMember(userActor, { email: "x@test.example", role: "USER" }, "en"))).toBe("FORBIDDEN");
    expect(await fieldErrors(listMembers(userActor))).toBe("FORBIDDEN");
    const theirs = await db.membership.findFirstOrThrow({ where: { organisationId: other.organisationId } });
    expect(await fieldErrors(removeMember(actor, { membershipId: theirs.id }))).toBe("NOT_FOUND");
    expect(await fieldErrors(changeMemberRole(actor, { membershipId: theirs.id, role: "USER" }))).toBe("NOT_FOUND");
  });
});
