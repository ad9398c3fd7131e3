import { getDb, type Tx } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { enqueueAccountMail } from "@/lib/notifications/enqueue-notification";
import type { Actor } from "./actor";
import { createAccountLink, spendAccountLink } from "./account-links";
import { claimDossierSchema } from "./claim-dossier-input";
import { reserveRequest } from "./link-request-throttle";
import { emailOnlySchema } from "./password-input";
import { startSession } from "./sessions";
import { sessionPolicy, type SessionPolicy } from "./session-policy";

/**
 * Workers have no password: they sign in by a link mailed to them (docs/decisions/worker-sign-in.md).
 * Their account follows a dossier only when it was linked by the invitation mailed on submission or
 * by a claim that proves the dossier's reference, passport number and birth date — never by a match
 * of passport number and nationality.
 */

/** What an invitation needs of a dossier being submitted. */
export interface InvitedDossier {
  id: string;
  workerId: string | null;
  worker: { userId: string | null; givenNames: string; familyName: string; email: string | null } | null;
  createdBy: { locale: string };
}

/**
 * Invites the worker of a dossier being submitted, when the filing gave their address and no
 * account follows the record yet: a mail in the filer's language with a sign-in link that links
 * the account to this worker record. Call in the submission's transaction.
 */
export async function inviteWorker(tx: Tx, dossier: InvitedDossier, referenceNumber: string, now: Date): Promise<void> {
  const { worker, workerId } = dossier;
  if (!worker?.email || worker.userId || !workerId) return;
  const linkId = await createAccountLink(tx, { purpose: "WORKER_INVITATION", email: worker.email, workerId }, now);
  await enqueueAccountMail(tx, {
    topic: "worker.invitation",
    recipientEmail: worker.email,
    locale: dossier.createdBy.locale,
    applicationId: dossier.id,
    payload: { linkId, referenceNumber, workerName: `${worker.givenNames} ${worker.familyName}` },
  });
}

export type LinkRequestAnswer = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * The worker's sign-in page: mails a sign-in link, valid 15 minutes, to an address that has no
 * password — a worker's account, or none yet (the link then opens a new worker account, which can
 * claim its dossiers). An account with a password signs in with it and gets no mail. The answer
 * is the same in every case, so the page tells nothing of which accounts exist.
 */
export async function requestWorkerSignInLink(input: unknown, client: { clientAddress: string | null; locale: string }, now = new Date()): Promise<LinkRequestAnswer> {
  const email = parseInput(emailOnlySchema, input).email.toLowerCase();
  const gate = await reserveRequest("worker-link", email, client.clientAddress, now);
  if (!gate.allowed) return { ok: false, retryAfterSeconds: gate.retryAfterSeconds };
  const db = getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true, disabledAt: true, passwordHash: true } });
  if (user && (user.passwordHash !== null || user.disabledAt)) return { ok: true };
  await db.$transaction(async (tx) => {
    const linkId = await createAccountLink(tx, { purpose: "WORKER_SIGN_IN", email, userId: user?.id ?? null }, now);
    await enqueueAccountMail(tx, { topic: "account.sign-in-link", recipientEmail: email, locale: user?.locale ?? client.locale, payload: { linkId } });
  });
  return { ok: true };
}

export type LinkSignInResult = { ok: true; user: { id: string; email: string; name: string }; sessionId: string } | { ok: false };

/**
 * Signs in with a worker's link (an invitation or a sign-in link): uses the link, finds or opens
 * the account of its address, links an invitation's worker record to it, and starts a session —
 * one transaction. A used, expired or unknown link answers `{ ok: false }`, whatever the reason.
 */
export async function signInWithLink(token: unknown, locale: string, now = new Date(), policy: SessionPolicy = sessionPolicy()): Promise<LinkSignInResult> {
  return getDb().$transaction(async (tx) => {
    const link = await spendAccountLink(tx, token, ["WORKER_INVITATION", "WORKER_SIGN_IN"], now);
    if (!link) return { ok: false } as const;
    const found = await tx.user.findUnique({ where: link.userId ? { id: link.userId } : { email: link.email }, select: { id: true, email: true, name: true, disabledAt: true } });
    if (found?.disabledAt) return { ok: false } as const;
    const user = found ?? (await tx.user.create({ data: { email: link.email, name: link.email, passwordHash: null, locale }, select: { id: true, email: true, name: true } }));
    // An invitation links its worker record, unless an account already follows it.
    const linked = link.workerId ? await tx.worker.updateMany({ where: { id: link.workerId, userId: null }, data: { userId: user.id } }) : { count: 0 };
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    const sessionId = await startSession(tx, user.id, now, policy);
    await recordAudit(tx, {
      actor: null,
      action: "auth.sign-in-by-link",
      entityType: "AccountLink",
      entityId: link.id,
      outcome: "SUCCESS",
      metadata: { userId: user.id, sessionId, purpose: link.purpose, ...(linked.count === 1 ? { workerId: link.workerId } : {}) },
    });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name }, sessionId } as const;
  });
}


/**
 * Links a submitted dossier's worker record to the signed-in worker's account when the reference
 * number, passport number and birth date all match it and no other account follows it. Wrong data
 * and a dossier that does not exist get the same refusal; claims are throttled per account and
 * client address, so they cannot be tried at speed. Answers the dossier's id.
 */
export async function claimDossier({ actor, input, clientAddress, now = new Date() }: { actor: Actor; input: unknown; clientAddress: string | null; now?: Date }): Promise<{ applicationId: string }> {
  if (actor.kind !== "worker") throw new AppError("FORBIDDEN");
  const claim = parseInput(claimDossierSchema, input);
  const gate = await reserveRequest("claim", actor.userId, clientAddress, now);
  if (!gate.allowed) {
    throw new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "accounts.claim.tooManyAttempts", values: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } }] });
  }
  const db = getDb();
  const dossier = await db.application.findFirst({
    where: {
      referenceNumber: claim.referenceNumber,
      status: { not: "DRAFT" },
      worker: { passportNumber: claim.passportNumber, dateOfBirth: dayToDate(claim.dateOfBirth), OR: [{ userId: null }, { userId: actor.userId }] },
    },
    select: { id: true, workerId: true },
  });
  const audit = { actor, action: "worker.claim-dossier", entityType: "Application" } as const;
  if (!dossier?.workerId) {
    await recordAudit(db, { ...audit, outcome: "DENIED" });
    throw new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "accounts.claim.noMatch" }] });
  }
  const workerId = dossier.workerId;
  await db.$transaction(async (tx) => {
    await tx.worker.updateMany({ where: { id: workerId, userId: null }, data: { userId: actor.userId } });
    await recordAudit(tx, { ...audit, entityId: dossier.id, outcome: "SUCCESS", metadata: { workerId } });
  });
  return { applicationId: dossier.id };
}
