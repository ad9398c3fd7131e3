import { getDb, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { actorOfMembership } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { hashLinkToken, isLinkTokenShape } from "./link-token";
import { acceptInvitationSchema } from "./organisation-input";
import { uniqueViolationTarget } from "./sign-up";

/** What the invitation page shows: who invites whom to what, and how the invitee joins. */
export interface InvitationView {
  organisationName: string;
  role: Role;
  email: string;
  /** An account with the invited address exists: the invitee signs in and joins with it. */
  accountExists: boolean;
}

const invalid = () => new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "validation.invitationInvalid" }] });

/** The open invitation behind a link at `now`, or null when it is unknown, used, withdrawn or past its time. */
export async function findInvitation(token: unknown, now = new Date()): Promise<InvitationView | null> {
  if (!isLinkTokenShape(token)) return null;
  const invitation = await getDb().invitation.findFirst({
    where: { tokenHash: hashLinkToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { email: true, role: true, organisation: { select: { name: true } } },
  });
  if (!invitation) return null;
  const account = await getDb().user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { organisationName: invitation.organisation.name, role: invitation.role, email: invitation.email, accountExists: account !== null };
}

/**
 * Spends the invitation (one conditional update: a link works once, even clicked twice at once)
 * and makes `userId` a member with its role; a member removed before comes back with the new role.
 */
async function join(tx: Tx, token: string, userId: string, email: string, now: Date): Promise<{ organisationId: string }> {
  const tokenHash = hashLinkToken(token);
  const taken = await tx.invitation.updateMany({
    where: { tokenHash, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: userId },
  });
  if (taken.count !== 1) throw invalid();
  const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, organisationId: true, role: true } });
  const membership = await tx.membership.upsert({
    where: { userId_organisationId: { userId, organisationId: invitation.organisationId } },
    create: { userId, organisationId: invitation.organisationId, role: invitation.role, createdAt: now },
    update: { role: invitation.role, revokedAt: null },
    select: { id: true, role: true, organisationId: true },
  });
  await recordAudit(tx, {
    actor: actorOfMembership(userId, { ...membership, organisation: { region: null } }),
    action: "member.join",
    entityType: "Invitation",
    entityId: invitation.id,
    outcome: "SUCCESS",
    metadata: { role: invitation.role },
  });
  return { organisationId: invitation.organisationId };
}

/**
 * The invitee has no account: they choose their name, password and language, and the account is
 * made with its address verified (the link reached that mailbox) and joined to the organisation.
 * An address that has an account joins by signing in instead.
 */
export async function acceptInvitationWithNewAccount(input: unknown, now = new Date()): Promise<{ userId: string }> {
  const data = parseInput(acceptInvitationSchema, input);
  if (!isLinkTokenShape(data.token)) throw invalid();
  const invitation = await getDb().invitation.findUnique({ where: { tokenHash: hashLinkToken(data.token) }, select: { email: true } });
  if (!invitation) throw invalid();
  const passwordHash = await hashPassword(data.password);
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: invitation.email, name: data.name, passwordHash, locale: data.locale, emailVerifiedAt: now },
        select: { id: true },
      });
      await join(tx, data.token, user.id, invitation.email, now);
      return { userId: user.id };
    });
  } catch (error) {
    if (uniqueViolationTarget(error)?.includes("email")) throw new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "validation.invitationSignInFirst" }] });
    throw error;
  }
}

/**
 * The signed-in invitee joins with the account they have. Only the account of the invited address
 * may: a forwarded link opens nothing for someone else.
 */
export async function acceptInvitationAsUser(userId: string, token: unknown, now = new Date()): Promise<{ organisationId: string }> {
  if (!isLinkTokenShape(token)) throw invalid();
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new AppError("UNAUTHENTICATED");
  return getDb().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { email: true } });
    if (invitation && invitation.email !== user.email.toLowerCase()) throw new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "validation.invitationOtherAccount" }] });
    return join(tx, token, userId, user.email.toLowerCase(), now);
  });
}
