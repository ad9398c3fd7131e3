import { randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import type { AccountLinkPurpose } from "@/lib/generated/prisma/enums";
import { keyedHash } from "./keyed-hash";

/**
 * One-time links sent by e-mail: a worker's invitation, a worker's sign-in link, a password reset.
 * A link row is written with the change that asks for it; its token is made only when the outbox
 * sends the mail (`mintLinkToken`), so the token exists in the mail and nowhere else: the database
 * keeps its keyed hash, the outbox keeps the mail without it. A link works once, until it expires.
 * docs/decisions/worker-sign-in.md.
 */
export const linkLifetimeMinutes: Record<AccountLinkPurpose, number> = {
  // A worker abroad may read the mail days later; the invitation links one named dossier only.
  WORKER_INVITATION: 14 * 24 * 60,
  WORKER_SIGN_IN: 15,
  PASSWORD_RESET: 30,
};

/** 32 random bytes, base64url: what a link carries. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface NewAccountLink {
  purpose: AccountLinkPurpose;
  email: string;
  userId?: string | null;
  workerId?: string | null;
}

/** Writes a link that will work for its purpose's lifetime from `now`; answers its id (for the outbox). */
export async function createAccountLink(tx: Tx, link: NewAccountLink, now: Date): Promise<string> {
  const created = await tx.accountLink.create({
    data: {
      purpose: link.purpose,
      email: link.email.toLowerCase(),
      userId: link.userId ?? null,
      workerId: link.workerId ?? null,
      expiresAt: new Date(now.getTime() + linkLifetimeMinutes[link.purpose] * 60_000),
      createdAt: now,
    },
    select: { id: true },
  });
  return created.id;
}

/**
 * Makes the token of a link that is about to be mailed, keeps its keyed hash, and answers the
 * token; null when the link was used or has expired (its mail is not worth sending). Minting again
 * (a retried delivery) replaces the hash: only the newest mail's link works.
 */
export async function mintLinkToken(db: Db | Tx, linkId: string, now: Date): Promise<string | null> {
  const token = randomBytes(32).toString("base64url");
  const minted = await db.accountLink.updateMany({
    where: { id: linkId, usedAt: null, expiresAt: { gt: now } },
    data: { tokenHash: keyedHash("link-token", token) },
  });
  return minted.count === 1 ? token : null;
}

export interface UsedLink {
  id: string;
  purpose: AccountLinkPurpose;
  email: string;
  userId: string | null;
  workerId: string | null;
}

/**
 * Uses the link `token` stands for, if it is one of `purposes`, unused and unexpired: marks it
 * used (atomically, so two requests with the same token cannot both use it) and answers it; else
 * null, whatever the reason, so the answer tells nothing of which links exist.
 */
export async function spendAccountLink(tx: Tx, token: unknown, purposes: readonly AccountLinkPurpose[], now: Date): Promise<UsedLink | null> {
  if (typeof token !== "string" || !TOKEN.test(token)) return null;
  const link = await tx.accountLink.findUnique({
    where: { tokenHash: keyedHash("link-token", token) },
    select: { id: true, purpose: true, email: true, userId: true, workerId: true },
  });
  if (!link || !purposes.includes(link.purpose)) return null;
  const used = await tx.accountLink.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return used.count === 1 ? link : null;
}
