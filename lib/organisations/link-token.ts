import { randomBytes } from "node:crypto";
import { keyedHash } from "@/lib/auth/keyed-hash";

/**
 * The secret of an e-mailed link (an address to verify, an invitation): 256 random bits, in the
 * URL only. The database keeps only its keyed hash, so that a copy of the tables opens no account;
 * the row it stands for says until when it works and whether it was used.
 */
export interface LinkToken {
  token: string;
  tokenHash: string;
}

export function newLinkToken(): LinkToken {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return keyedHash("link-token", token);
}

/** A token as links carry it: 43 base64url characters. Anything else is not looked up. */
export function isLinkTokenShape(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
