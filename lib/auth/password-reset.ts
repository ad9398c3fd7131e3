import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { enqueueAccountMail } from "@/lib/notifications/enqueue-notification";
import { createAccountLink, spendAccountLink } from "./account-links";
import { reserveRequest } from "./link-request-throttle";
import { emailOnlySchema, resetPasswordSchema } from "./password-input";
import { hashNewPassword } from "./password-rule";
import type { LinkRequestAnswer } from "./worker-accounts";

/**
 * The forgotten-password page: mails a reset link, valid 30 minutes, to an account that has a
 * password and is not disabled. The answer is the same whether or not the address has such an
 * account; requests are throttled per address and client address.
 */
export async function requestPasswordReset(input: unknown, clientAddress: string | null, now = new Date()): Promise<LinkRequestAnswer> {
  const email = parseInput(emailOnlySchema, input).email.toLowerCase();
  const gate = await reserveRequest("password-reset", email, clientAddress, now);
  if (!gate.allowed) return { ok: false, retryAfterSeconds: gate.retryAfterSeconds };
  const db = getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true, disabledAt: true, passwordHash: true } });
  if (!user || user.disabledAt || user.passwordHash === null) return { ok: true };
  await db.$transaction(async (tx) => {
    const linkId = await createAccountLink(tx, { purpose: "PASSWORD_RESET", email, userId: user.id }, now);
    await enqueueAccountMail(tx, { topic: "account.password-reset", recipientEmail: email, locale: user.locale, payload: { linkId } });
  });
  return { ok: true };
}

/**
 * Sets a new password with a reset link: the password must pass the rule (lib/auth/password-rule.ts)
 * before the link is used, so a refused password leaves the link working. Then, in one transaction,
 * the link and every other open reset link of the account are used up, the password is replaced
 * and every session of the account ends: whoever knew the old password is signed out.
 */
export async function resetPassword(input: unknown, now = new Date()): Promise<{ userId: string }> {
  const { token, password } = parseInput(resetPasswordSchema, input);
  const passwordHash = await hashNewPassword(password);
  return getDb().$transaction(async (tx) => {
    const link = await spendAccountLink(tx, token, ["PASSWORD_RESET"], now);
    if (!link?.userId) throw new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "accounts.validation.linkInvalid" }] });
    const userId = link.userId;
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.accountLink.updateMany({ where: { userId, purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: now } });
    const ended = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, { actor: null, action: "auth.password-reset", entityType: "User", entityId: userId, outcome: "SUCCESS", metadata: { linkId: link.id, sessionsEnded: ended.count } });
    return { userId };
  });
}
