import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { linkLifetimeMinutes, mintLinkToken } from "@/lib/auth/account-links";
import { keyedHash } from "@/lib/auth/keyed-hash";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { findActiveSession } from "@/lib/auth/sessions";
import { defaultSessionPolicy } from "@/lib/auth/session-policy";
import { claimDossier, requestWorkerSignInLink, signInWithLink } from "@/lib/auth/worker-accounts";
import { getDossier } from "@/lib/applications/get-dossier";
import { listOwnDossiers } from "@/lib/applications/list-dossiers";
import { saveFilingStep } from "@/lib/filing/save-filing-step";
import { createOrganisation, createUser, filingStepValues, uniqueStem } from "@/prisma/factories";
import { completeDraft, submit } from "@/tests/support/filing";

const db = getDb();
let filer: Actor;
let unitId: string;

beforeAll(async () => {
  const employer = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  unitId = employer.establishmentUnits[0]!.id;
  const user = await createUser(db, { passwordHash: "not-a-real-hash", role: "EMPLOYER_USER", organisationId: employer.id, locale: "fr" });
  filer = (await resolveActor(user.id))!;
});

afterAll(() => db.$disconnect());

const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);
const client = () => ({ clientAddress: `198.51.100.${uniqueStem()}`, locale: "en" });

/** A dossier submitted for a worker with these answers; answers its id, reference and worker record. */
async function submitted(worker: Record<string, unknown>) {
  const draft = await completeDraft(db, filer, [{ establishmentUnitId: unitId, sharePercent: 100 }], { worker });
  const { referenceNumber } = await submit(filer, draft);
  const dossier = await db.application.findUniqueOrThrow({ where: { id: draft.id }, select: { workerId: true } });
  return { id: draft.id, referenceNumber, workerId: dossier.workerId! };
}

/** The link of the newest mail of `topic` to `to`, as the delivery job mints it. */
async function mailedToken(to: string, topic: string, at = new Date()): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: to, topic }, orderBy: { createdAt: "desc" } });
  const token = await mintLinkToken(db, (mail.payload as { linkId: string }).linkId, at);
  if (!token) throw new Error("the link could not be minted");
  return token;
}

/** A worker account with a session, signed in by a sign-in link to a new address. */
async function workerAccount(): Promise<{ email: string; actor: Actor }> {
  const email = `worker-${uniqueStem()}@test.example`;
  await requestWorkerSignInLink({ email }, client());
  const signedIn = await signInWithLink(await mailedToken(email, "account.sign-in-link"), "en");
  if (!signedIn.ok) throw new Error("no sign-in");
  return { email, actor: (await resolveActor(signedIn.user.id))! };
}

describe("[WORKER SIGN-IN] no automatic linking", () => {
  it("never shows a dossier with a copied passport number to another worker", async () => {
    const { email, actor } = await workerAccount();
    const own = await submitted({ passportNumber: "K7654321", nationality: "IN", email });
    expect((await signInWithLink(await mailedToken(email, "worker.invitation"), "en")).ok).toBe(true);
    // Another employer's filing (here: the same filer's typo) repeats the passport number and nationality.
    const copied = await submitted({ passportNumber: "K7654321", nationality: "IN", givenNames: "Someone", familyName: "Else" });

    expect(await db.worker.findUniqueOrThrow({ where: { id: copied.workerId }, select: { userId: true } })).toEqual({ userId: null });
    expect((await listOwnDossiers({ actor })).map((dossier) => dossier.id)).toEqual([own.id]);
    await expect(getDossier({ actor, applicationId: copied.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("clears a draft's link to an account when the draft's worker becomes someone else", async () => {
    const { actor } = await workerAccount();
    const values = filingStepValues([{ establishmentUnitId: unitId, sharePercent: 100 }]);
    const draft = await completeDraft(db, filer, [{ establishmentUnitId: unitId, sharePercent: 100 }]);
    const { workerId } = await db.application.findUniqueOrThrow({ where: { id: draft.id }, select: { workerId: true } });
    // A link made before this rule existed (the old automatic linking).
    await db.worker.update({ where: { id: workerId! }, data: { userId: actor.userId } });
    const same = await db.worker.findUniqueOrThrow({ where: { id: workerId! } });
    const unchanged = { worker: { ...values.worker.worker, givenNames: same.givenNames, familyName: same.familyName, passportNumber: same.passportNumber } };
    let { version } = await saveFilingStep({ actor: filer, input: { applicationId: draft.id, version: draft.version, step: "worker", values: unchanged } });
    expect(await db.worker.findUniqueOrThrow({ where: { id: workerId! }, select: { userId: true } })).toEqual({ userId: actor.userId });

    ({ version } = await saveFilingStep({ actor: filer, input: { applicationId: draft.id, version, step: "worker", values: { worker: { ...unchanged.worker, passportNumber: "Z1234567" } } } }));
    expect(await db.worker.findUniqueOrThrow({ where: { id: workerId! }, select: { userId: true } })).toEqual({ userId: null });
    expect(version).toBe(draft.version + 2);
  });
});

describe("[WORKER SIGN-IN] the invitation and the sign-in link", () => {
  it("invites the worker in the filer's language with a link stored only as a keyed hash, which works once", async () => {
    const email = `invited-${uniqueStem()}@test.example`;
    const dossier = await submitted({ email });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: email, topic: "worker.invitation" } });
    expect(mail).toMatchObject({ locale: "fr", applicationId: dossier.id });
    const { linkId } = mail.payload as { linkId: string };
    expect(await db.accountLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({ purpose: "WORKER_INVITATION", workerId: dossier.workerId, tokenHash: null, usedAt: null });

    const token = await mailedToken(email, "worker.invitation");
    const link = await db.accountLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(link.tokenHash).toBe(keyedHash("link-token", token));
    expect(JSON.stringify([link, await db.outboxMessage.findUniqueOrThrow({ where: { id: mail.id } })])).not.toContain(token);

    const signedIn = await signInWithLink(token, "nl");
    expect(signedIn).toMatchObject({ ok: true, user: { email } });
    if (!signedIn.ok) return;
    expect(await findActiveSession(signedIn.sessionId, new Date(), defaultSessionPolicy)).toEqual({ userId: signedIn.user.id });
    expect(await db.worker.findUniqueOrThrow({ where: { id: dossier.workerId }, select: { userId: true } })).toEqual({ userId: signedIn.user.id });
    const actor = (await resolveActor(signedIn.user.id))!;
    expect(actor.kind).toBe("worker");
    expect((await listOwnDossiers({ actor })).map((own) => own.referenceNumber)).toEqual([dossier.referenceNumber]);

    // Once only, whoever asks.
    expect(await signInWithLink(token, "nl")).toEqual({ ok: false });
  });

  it("lets a sign-in link work for 15 minutes, refuses an altered one, and answers the same for an address with a password", async () => {
    const email = `link-${uniqueStem()}@test.example`;
    const asked = new Date();
    expect(await requestWorkerSignInLink({ email }, client(), asked)).toEqual({ ok: true });
    const token = await mailedToken(email, "account.sign-in-link", asked);
    expect(await signInWithLink(token.replace(/.$/, (last) => (last === "A" ? "B" : "A")), "en", minutes(asked, 1))).toEqual({ ok: false });
    expect(await signInWithLink(token, "en", minutes(asked, linkLifetimeMinutes.WORKER_SIGN_IN))).toEqual({ ok: false });
    expect((await signInWithLink(token, "en", minutes(asked, linkLifetimeMinutes.WORKER_SIGN_IN - 1))).ok).toBe(true);

    const employee = await createUser(db, { passwordHash: await hashPassword("a long enough password") });
    expect(await requestWorkerSignInLink({ email: employee.email }, client())).toEqual({ ok: true });
    expect(await db.accountLink.count({ where: { email: employee.email } })).toBe(0);
    await expect(requestWorkerSignInLink({ email: "not an address" }, client())).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("[WORKER SIGN-IN] claiming a dossier", () => {
  it("links a dossier only when reference, passport number and birth date all match, and says the same for wrong data and no dossier", async () => {
    const { actor } = await workerAccount();
    const dossier = await submitted({ passportNumber: "M1234567", dateOfBirth: "1990-05-06" });
    const noMatch = { code: "VALIDATION", fieldErrors: [{ path: "", message: "accounts.claim.noMatch" }] };
    const claim = (input: Record<string, unknown>) => claimDossier({ actor, input, clientAddress: `203.0.113.${uniqueStem()}` });

    await expect(claim({ referenceNumber: dossier.referenceNumber, passportNumber: "M1234567", dateOfBirth: "1990-05-07" })).rejects.toMatchObject(noMatch);
    await expect(claim({ referenceNumber: "WIB-1999-999999", passportNumber: "M1234567", dateOfBirth: "1990-05-06" })).rejects.toMatchObject(noMatch);
    await expect(claim({ referenceNumber: "", passportNumber: "", dateOfBirth: "" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.worker.findUniqueOrThrow({ where: { id: dossier.workerId }, select: { userId: true } })).toEqual({ userId: null });

    expect(await claim({ referenceNumber: dossier.referenceNumber.toLowerCase(), passportNumber: "m1234567", dateOfBirth: "1990-05-06" })).toEqual({ applicationId: dossier.id });
    expect((await listOwnDossiers({ actor })).map((own) => own.id)).toEqual([dossier.id]);

    // Once an account follows it, another cannot take it over with the same data.
    const other = await workerAccount();
    await expect(claimDossier({ actor: other.actor, input: { referenceNumber: dossier.referenceNumber, passportNumber: "M1234567", dateOfBirth: "1990-05-06" }, clientAddress: null })).rejects.toMatchObject(noMatch);
    await expect(claimDossier({ actor: filer, input: {}, clientAddress: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("slows down one account trying many claims", async () => {
    const { actor } = await workerAccount();
    const clientAddress = `203.0.113.${uniqueStem()}`;
    const wrong = { referenceNumber: "WIB-1999-000001", passportNumber: "X0000000", dateOfBirth: "1990-01-01" };
    const at = new Date();
    for (let i = 0; i < 5; i++) await expect(claimDossier({ actor, input: wrong, clientAddress, now: at })).rejects.toMatchObject({ fieldErrors: [{ message: "accounts.claim.noMatch" }] });
    await expect(claimDossier({ actor, input: wrong, clientAddress, now: at })).rejects.toMatchObject({ fieldErrors: [{ message: "accounts.claim.tooManyAttempts" }] });
  });
});

describe("[WORKER SIGN-IN] password reset", () => {
  it("sets a password that passes the rule, once, and ends every session of the account", async () => {
    const email = `reset-${uniqueStem()}@test.example`;
    const user = await createUser(db, { email, passwordHash: await hashPassword("the old password here") });
    const now = new Date();
    const sessions = await Promise.all([0, 1].map(() => db.session.create({ data: { userId: user.id, expiresAt: minutes(now, 60) } })));
    expect(await requestPasswordReset({ email: email.toUpperCase() }, null, now)).toEqual({ ok: true });
    const token = await mailedToken(email, "account.password-reset", now);

    await expect(resetPassword({ token, password: "short", confirmation: "short" })).rejects.toMatchObject({ fieldErrors: [{ path: "password", message: "accounts.validation.passwordTooShort" }] });
    await expect(resetPassword({ token, password: "Qwerty123456", confirmation: "Qwerty123456" })).rejects.toMatchObject({ fieldErrors: [{ path: "password", message: "accounts.validation.passwordTooCommon" }] });
    await expect(resetPassword({ token, password: "four unrelated words", confirmation: "four unrelated wordz" })).rejects.toMatchObject({ fieldErrors: [{ path: "confirmation" }] });
    // A refused password left the link working.
    expect(await resetPassword({ token, password: "four unrelated words", confirmation: "four unrelated words" })).toEqual({ userId: user.id });

    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(passwordHash, "four unrelated words")).toBe(true);
    for (const session of sessions) expect(await findActiveSession(session.id, new Date(), defaultSessionPolicy)).toBeNull();
    await expect(resetPassword({ token, password: "yet another long one", confirmation: "yet another long one" })).rejects.toMatchObject({ fieldErrors: [{ message: "accounts.validation.linkInvalid" }] });
  });

  it("answers the same for an unknown address and sends nothing; a link expires after 30 minutes", async () => {
    const unknown = `nobody-${randomUUID()}@test.example`;
    expect(await requestPasswordReset({ email: unknown }, null)).toEqual({ ok: true });
    expect(await db.outboxMessage.count({ where: { recipientEmail: unknown } })).toBe(0);

    const user = await createUser(db, { passwordHash: await hashPassword("the old password here") });
    const asked = new Date();
    await requestPasswordReset({ email: user.email }, null, asked);
    const token = await mailedToken(user.email, "account.password-reset", asked);
    await expect(resetPassword({ token, password: "four unrelated words", confirmation: "four unrelated words" }, minutes(asked, 30))).rejects.toMatchObject({ fieldErrors: [{ message: "accounts.validation.linkInvalid" }] });
  });
});
