import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { hashLinkToken, isLinkTokenShape } from "./link-token";

/**
 * Uses an e-mailed verification link: the account's address counts as verified from `now`, and
 * the link is spent. A link that is unknown, used or past its time is refused with one message
 * (which of these it is tells a guesser nothing useful). Taking the link is one conditional update,
 * so two clicks at once verify once.
 */
export async function verifyEmail(token: unknown, now = new Date()): Promise<{ userId: string }> {
  const refused = new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "validation.verificationLinkInvalid" }] });
  if (!isLinkTokenShape(token)) throw refused;
  const tokenHash = hashLinkToken(token);
  return getDb().$transaction(async (tx) => {
    const taken = await tx.emailVerification.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (taken.count !== 1) throw refused;
    const { userId } = await tx.emailVerification.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await recordAudit(tx, { actor: null, action: "account.verify-email", entityType: "User", entityId: userId, outcome: "SUCCESS" });
    return { userId };
  });
}

