import { getDb, type Tx } from "@/lib/db";
import { currentAuditClient } from "@/lib/audit/audit-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { actorOfMembership, memberRole } from "@/lib/auth/authorization";
import { reserveRequest } from "@/lib/auth/link-request-throttle";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { EMAIL_VERIFICATION_HOURS } from "@/lib/notifications/topics";
import { newLinkToken } from "./link-token";
import { signUpSchema } from "./organisation-input";

const HOUR = 60 * 60 * 1000;

export interface SignedUp {
  organisationId: string;
  userId: string;
}

/**
 * An employer or a mandatary signs up: the organisation, its establishment units, its first
 * administrator (an account that cannot sign in until its address is verified) and the e-mail with
 * the verification link are written in one transaction with the audit entry — all or nothing. An
 * enterprise number registered before is refused: the organisation exists, and its administrator
 * invites colleagues (the message says so): the enterprise register is public anyway.
 *
 * An address that already has an account is not refused on the page, which would tell anyone
 * whose address is registered here: nothing is created (null), the filer sees the same "check your
 * mailbox" page, and the mailbox's owner is told instead (addressInUse).
 */
export async function signUpOrganisation(input: unknown, now = new Date()): Promise<SignedUp | null> {
  const data = parseInput(signUpSchema, input);
  const email = data.administrator.email.toLowerCase();
  const db = getDb();
  // Cheap refusals first, with the field they concern; the unique indexes decide in a race.
  const [sameNumber, sameEmail] = await Promise.all([
    data.enterpriseNumber ? db.organisation.findUnique({ where: { enterpriseNumber: data.enterpriseNumber }, select: { id: true } }) : null,
    db.user.findUnique({ where: { email }, select: { id: true } }),
  ]);
  if (sameNumber) throw enterpriseNumberTaken();
  if (sameEmail) return addressInUse(email, now);
  const passwordHash = await hashPassword(data.administrator.password);
  const foreign = data.kind === "EMPLOYER" && data.foreignEmployer;
  const office = foreign ? null : data.registeredOffice;

  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.create({
        data: {
          kind: data.kind,
          name: data.name,
          enterpriseNumber: data.enterpriseNumber || null,
          registeredOfficeStreet: office?.street ?? null,
          registeredOfficePostalCode: office?.postalCode ?? null,
          registeredOfficeCity: office?.city ?? null,
          registeredOfficeCountry: foreign ? data.registeredOfficeCountry! : "BE",
          email,
          establishmentUnits: { create: data.units.map((unit) => ({ ...unit })) },
        },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: {
          email,
          name: data.administrator.name,
          passwordHash,
          locale: data.administrator.locale,
          memberships: { create: { organisationId: organisation.id, role: memberRole(data.kind, "ADMINISTRATOR") } },
        },
        select: { id: true, memberships: { select: { id: true, role: true, organisationId: true } } },
      });
      const [membership] = user.memberships;
      await sendVerificationLink(tx, { id: user.id, email, name: data.administrator.name, locale: data.administrator.locale }, now);
      await recordAudit(tx, {
        actor: membership ? actorOfMembership(user.id, { ...membership, organisation: { region: null } }) : null,
        action: "organisation.sign-up",
        entityType: "Organisation",
        entityId: organisation.id,
        outcome: "SUCCESS",
        metadata: { kind: data.kind, units: data.units.length, foreign },
      });
      return { organisationId: organisation.id, userId: user.id };
    });
  } catch (error) {
    const target = uniqueViolationTarget(error);
    if (target?.includes("enterpriseNumber")) throw enterpriseNumberTaken();
    if (target?.includes("email")) return addressInUse(email, now);
    if (target?.includes("unitNumber")) throw new AppError("VALIDATION", { fieldErrors: [{ path: "units", message: "validation.unitNumberTaken" }] });
    throw error;
  }
}

/** Writes a new verification link for the account and the e-mail that carries it, in `tx`. */
export async function sendVerificationLink(tx: Tx, user: { id: string; email: string; name: string; locale: string }, now: Date): Promise<void> {
  const { token, tokenHash } = newLinkToken();
  await tx.emailVerification.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + EMAIL_VERIFICATION_HOURS * HOUR) } });
  await enqueueNotification(tx, { topic: "account.verify-email", recipientEmail: user.email, locale: user.locale, payload: { name: user.name, token } });
}

function enterpriseNumberTaken(): AppError {
  return new AppError("VALIDATION", { fieldErrors: [{ path: "enterpriseNumber", message: "validation.enterpriseNumberTaken" }] });
}

/**
 * A sign-up with an address that has an account: the owner gets a mail. If the account is still
 * waiting for its address to be verified (its first sign-up's link expired or got lost), the mail
 * is a new verification link: signing up again is how such a person asks for one. Otherwise it
 * says someone tried, and how to sign in or reset the password. Such mails are throttled per
 * address and per client (the link requests' throttle), so the form cannot flood an inbox; the
 * client is the request's, as the audit knows it (truncated to its network).
 */
async function addressInUse(email: string, now: Date): Promise<null> {
  const gate = await reserveRequest("sign-up-address-in-use", email, currentAuditClient()?.clientAddress ?? null, now);
  if (!gate.allowed) return null;
  const db = getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true, emailVerifiedAt: true, passwordHash: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  await db.$transaction(async (tx) => {
    if (user.emailVerifiedAt === null && user.passwordHash !== null) await sendVerificationLink(tx, { id: user.id, email, name: user.name, locale: user.locale }, now);
    else await enqueueNotification(tx, { topic: "account.sign-up-address-in-use", recipientEmail: email, locale: user.locale, payload: {} });
    await recordAudit(tx, { actor: null, action: "organisation.sign-up", entityType: "User", entityId: user.id, outcome: "DENIED", metadata: { reason: "address-in-use" } });
  });
  return null;
}

/** The columns of the unique index a write broke (Prisma's P2002), if that is what failed. */
export function uniqueViolationTarget(error: unknown): string | null {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return null;
  const meta = (error as { meta?: { target?: unknown; driverAdapterError?: unknown } }).meta;
  return JSON.stringify(meta ?? {});
}
