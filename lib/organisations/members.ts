import { getDb, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { organisationOf, type Actor } from "@/lib/auth/actor";
import { assertCan, isAdministratorRole, memberRole } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { INVITATION_DAYS } from "@/lib/notifications/topics";
import { newLinkToken } from "./link-token";
import { inviteMemberSchema, memberRoleSchema, removeMemberSchema } from "./organisation-input";

const DAY = 24 * 60 * 60 * 1000;

export interface MemberRow {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  isAdministrator: boolean;
  /** Whether the address was verified (a signed-up administrator who has not yet clicked the link has not). */
  verified: boolean;
}

export interface OpenInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

/** The organisation an administrator manages: their own, and only an employer or a mandatary. */
async function managedOrganisation(actor: Actor): Promise<{ id: string; kind: "EMPLOYER" | "MANDATARY"; name: string }> {
  assertCan(actor, "organisation:manage-members");
  const organisationId = organisationOf(actor);
  const organisation = organisationId ? await getDb().organisation.findUnique({ where: { id: organisationId }, select: { id: true, kind: true, name: true } }) : null;
  if (!organisation || (organisation.kind !== "EMPLOYER" && organisation.kind !== "MANDATARY")) throw new AppError("FORBIDDEN");
  return { id: organisation.id, kind: organisation.kind, name: organisation.name };
}

/** The members of the administrator's organisation, and the invitations still open, at `now`. */
export async function listMembers(actor: Actor, now = new Date()): Promise<{ organisationName: string; members: MemberRow[]; invitations: OpenInvitation[] }> {
  const organisation = await managedOrganisation(actor);
  const db = getDb();
  const [memberships, invitations] = await Promise.all([
    db.membership.findMany({
      where: { organisationId: organisation.id, revokedAt: null },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: { id: true, role: true, user: { select: { id: true, name: true, email: true, emailVerifiedAt: true } } },
    }),
    db.invitation.findMany({
      where: { organisationId: organisation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "asc" },
      select: { id: true, email: true, role: true, expiresAt: true },
    }),
  ]);
  return {
    organisationName: organisation.name,
    members: memberships.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      isAdministrator: isAdministratorRole(m.role),
      verified: m.user.emailVerifiedAt !== null,
    })),
    invitations,
  };
}

/**
 * Invites a colleague by e-mail as a user or an administrator: an invitation (its token kept as a
 * keyed hash, valid INVITATION_DAYS) and the mail with its link, in `locale` (the invitee's language
 * is not known yet: the inviting administrator's page). Someone who is already a member is refused.
 */
export async function inviteMember(actor: Actor, input: unknown, locale: string, now = new Date()): Promise<{ invitationId: string }> {
  const organisation = await managedOrganisation(actor);
  const data = parseInput(inviteMemberSchema, input);
  const email = data.email.toLowerCase();
  const db = getDb();
  const member = await db.membership.findFirst({ where: { organisationId: organisation.id, revokedAt: null, user: { email } }, select: { id: true } });
  if (member) throw new AppError("VALIDATION", { fieldErrors: [{ path: "email", message: "validation.alreadyMember" }] });
  const role = memberRole(organisation.kind, data.role);
  return db.$transaction(async (tx) => {
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    const { token, tokenHash } = newLinkToken();
    const invitation = await tx.invitation.create({
      data: { organisationId: organisation.id, email, role, tokenHash, invitedById: actor.userId, createdAt: now, expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY) },
      select: { id: true },
    });
    await enqueueNotification(tx, {
      topic: "member.invited",
      recipientEmail: email,
      locale,
      payload: { organisationName: organisation.name, invitedByName: inviter.name, role: data.role, token },
    });
    await recordAudit(tx, { actor, action: "member.invite", entityType: "Invitation", entityId: invitation.id, outcome: "SUCCESS", metadata: { role } });
    return { invitationId: invitation.id };
  });
}

/**
 * Locks the organisation's active memberships for the rest of `tx` and tells whether, after taking
 * `membershipId` away from the administrators, one would remain. Two administrators demoting or
 * removing each other at the same moment are thus ordered, and the second finds itself the last.
 */
async function anotherAdministratorRemains(tx: Tx, organisationId: string, membershipId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string; role: Role }[]>`
    SELECT "id", "role"::text AS "role" FROM "Membership"
    WHERE "organisationId" = ${organisationId}::uuid AND "revokedAt" IS NULL
    ORDER BY "id" FOR UPDATE`;
  return rows.some((row) => row.id !== membershipId && isAdministratorRole(row.role));
}

/** The administrator's organisation's active membership `membershipId`, or NOT_FOUND. */
async function membershipOf(tx: Tx, organisationId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({ where: { id: membershipId, organisationId, revokedAt: null }, select: { id: true, userId: true, role: true } });
  if (!membership) throw new AppError("NOT_FOUND");
  return membership;
}

const lastAdministrator = (path: string) => new AppError("VALIDATION", { fieldErrors: [{ path, message: "validation.lastAdministrator" }] });

/** Makes a member a user or an administrator. The last administrator cannot be made a user. */
export async function changeMemberRole(actor: Actor, input: unknown): Promise<void> {
  const organisation = await managedOrganisation(actor);
  const data = parseInput(memberRoleSchema, input);
  const role = memberRole(organisation.kind, data.role);
  await getDb().$transaction(async (tx) => {
    const remains = await anotherAdministratorRemains(tx, organisation.id, data.membershipId);
    const membership = await membershipOf(tx, organisation.id, data.membershipId);
    if (membership.role === role) return;
    if (!isAdministratorRole(role) && !remains) throw lastAdministrator("role");
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordAudit(tx, { actor, action: "member.change-role", entityType: "Membership", entityId: membership.id, outcome: "SUCCESS", metadata: { from: membership.role, to: role } });
  });
}

/**
 * Removes a member (an administrator may remove themselves: leaving). The membership ends and every
 * session of the removed person ends with it, at once: their next request is signed out. The last
 * administrator cannot leave.
 */
export async function removeMember(actor: Actor, input: unknown, now = new Date()): Promise<void> {
  const organisation = await managedOrganisation(actor);
  const data = parseInput(removeMemberSchema, input);
  await getDb().$transaction(async (tx) => {
    const remains = await anotherAdministratorRemains(tx, organisation.id, data.membershipId);
    const membership = await membershipOf(tx, organisation.id, data.membershipId);
    if (isAdministratorRole(membership.role) && !remains) throw lastAdministrator("membershipId");
    await tx.membership.update({ where: { id: membership.id }, data: { revokedAt: now } });
    const ended = await tx.session.updateMany({ where: { userId: membership.userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, { actor, action: "member.remove", entityType: "Membership", entityId: membership.id, outcome: "SUCCESS", metadata: { role: membership.role, sessionsEnded: ended.count } });
  });
}
