import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * Identifiers that must be recognisable but not readable — an email address in the audit log and
 * the sign-in throttle, a client address in the throttle — are kept as HMAC-SHA256 under a key
 * derived from AUTH_SECRET (HKDF-SHA256 with its own label, so the key is never the secret that
 * signs session cookies). A plain sha256 would not do: anyone holding the log could hash a list of
 * addresses and match them. Changing AUTH_SECRET changes every keyed hash: older audit entries can
 * then no longer be matched to an address (docs/decisions/sessions-and-sign-in-throttle.md).
 */
const LABEL = "working-in-belgium/identifier-hash/v1";

let derived: { secret: string; key: Buffer } | undefined;

function hashKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: identifiers cannot be hashed");
  if (derived?.secret !== secret) derived = { secret, key: Buffer.from(hkdfSync("sha256", secret, "", LABEL, 32)) };
  return derived.key;
}

/** What a keyed hash stands for; part of the hashed text, so equal values of two kinds never collide. */
export type IdentifierKind = "account" | "client" | "device" | "link-token";

/** The keyed hash of `value` as an identifier of `kind`, hex. */
export function keyedHash(kind: IdentifierKind, value: string): string {
  return createHmac("sha256", hashKey()).update(`${kind}:${value}`).digest("hex");
}

/** Whether `mac` is the keyed hash of `value` as `kind`, compared in constant time. */
export function matchesKeyedHash(kind: IdentifierKind, value: string, mac: string): boolean {
  const expected = Buffer.from(keyedHash(kind, value), "hex");
  const given = Buffer.from(mac, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
