import { randomBytes } from "node:crypto";
import { getDb, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { keyedHash, matchesKeyedHash } from "./keyed-hash";

/**
 * Password guessing is slowed down per key, with waits that double once a key's free attempts are
 * used. A browser the account has signed in from before (its device token, a cookie) is judged by
 * its own counter only. Any other attempt counts on three keys: the account from that client
 * address (what stops one stranger), the client address whatever account it tries (what stops one
 * client trying many addresses), and the account from anywhere, with a far larger allowance (what
 * stops guessing spread over many addresses). So a stranger's guesses never slow the owner down,
 * and even an attack from many addresses leaves the owner's own browsers alone.
 *
 * An attempt reserves its place before the password is checked, in one transaction that locks the
 * key's rows, so parallel guesses are counted exactly. Attempts refused while a key waits do not
 * count as guesses (they check no password) and write no audit entry of their own: they are added
 * up on the key and reported in the entry written when its next wait starts, so anonymous traffic
 * cannot grow the audit log faster than the waits allow.
 */
export const signInThrottle = {
  freeAttempts: { accountFromClient: 5, client: 20, account: 50, device: 5 },
  firstDelaySeconds: 5,
  maxDelaySeconds: 15 * 60,
  /** A key's count starts again after this long without an attempt. */
  forgetAfterHours: 24,
} as const;

type KeyKind = keyof typeof signInThrottle.freeAttempts;
export interface ThrottleKey {
  kind: KeyKind;
  key: string;
}

/** The wait after a key's `attempts`th checked attempt, in seconds: none while attempts are free, then doubling. */
export function delaySeconds(attempts: number, freeAttempts: number): number {
  if (attempts < freeAttempts) return 0;
  return Math.min(signInThrottle.maxDelaySeconds, signInThrottle.firstDelaySeconds * 2 ** (attempts - freeAttempts));
}

/** A new device token for a browser that has just signed in to the account with this keyed hash. */
export function issueDeviceToken(accountKey: string): string {
  const id = randomBytes(16).toString("base64url");
  return `${id}.${keyedHash("device", `${accountKey}:${id}`)}`;
}

/** The device id in `token` when it was issued by this portal for this account, else null. */
function deviceIdFor(accountKey: string, token: string | null): string | null {
  const [id, mac, ...rest] = (token ?? "").split(".");
  if (!id || !mac || rest.length > 0 || !/^[0-9a-f]{64}$/.test(mac)) return null;
  return matchesKeyedHash("device", `${accountKey}:${id}`, mac) ? id : null;
}

/** The keys one attempt is counted on, sorted so that every transaction locks them in the same order. */
export function throttleKeys(accountKey: string, client: { clientAddress: string | null; deviceToken: string | null }): ThrottleKey[] {
  const deviceId = deviceIdFor(accountKey, client.deviceToken);
  if (deviceId) return [{ kind: "device", key: `device:${keyedHash("device", deviceId)}` }];
  const keys: ThrottleKey[] = [{ kind: "account", key: `account:${accountKey}` }];
  if (client.clientAddress) {
    const clientKey = keyedHash("client", client.clientAddress);
    keys.push({ kind: "client", key: `client:${clientKey}` }, { kind: "accountFromClient", key: `account-client:${accountKey}:${clientKey}` });
  }
  return keys.sort((a, b) => (a.key < b.key ? -1 : 1));
}

export type AttemptGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface ThrottleRow {
  key: string;
  attempts: number;
  refused: number;
  blockedUntil: Date | null;
  lastAttemptAt: Date;
}

/** Reserves a checked attempt on every key, or refuses it while any key waits. */
export async function reserveAttempt(keys: ThrottleKey[], now: Date): Promise<AttemptGate> {
  const forgetBefore = new Date(now.getTime() - signInThrottle.forgetAfterHours * 60 * 60_000);
  return getDb().$transaction(
    async (tx) => {
      await tx.signInThrottle.createMany({ data: keys.map(({ key }) => ({ key, lastAttemptAt: now })), skipDuplicates: true });
      const rows = await tx.$queryRaw<ThrottleRow[]>`
        SELECT "key", "attempts", "refused", "blockedUntil", "lastAttemptAt" FROM "SignInThrottle"
        WHERE "key" = ANY(${keys.map(({ key }) => key)}) ORDER BY "key" FOR UPDATE`;

      const waiting = rows.filter((row) => row.blockedUntil && row.blockedUntil > now);
      if (waiting.length > 0) {
        await tx.signInThrottle.updateMany({ where: { key: { in: waiting.map((row) => row.key) } }, data: { refused: { increment: 1 }, lastAttemptAt: now } });
        const until = Math.max(...waiting.map((row) => row.blockedUntil!.getTime()));
        return { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
      }

      for (const { kind, key } of keys) {
        const row = rows.find((candidate) => candidate.key === key)!;
        const attempts = (row.lastAttemptAt < forgetBefore ? 0 : row.attempts) + 1;
        const delay = delaySeconds(attempts, signInThrottle.freeAttempts[kind]);
        if (delay === 0) {
          await tx.signInThrottle.update({ where: { key }, data: { attempts, lastAttemptAt: now } });
          continue;
        }
        await tx.signInThrottle.update({ where: { key }, data: { attempts, lastAttemptAt: now, blockedUntil: new Date(now.getTime() + delay * 1000), refused: 0 } });
        await recordAudit(tx, {
          actor: null,
          action: "auth.sign-in-throttled",
          entityType: "SignInThrottle",
          entityId: key,
          outcome: "DENIED",
          metadata: { kind, attempts, delaySeconds: delay, refusedSincePreviousDelay: row.refused },
        });
      }
      return { allowed: true };
    },
    // Parallel guesses at one key queue on its row lock; each holds it for a few statements only.
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/**
 * After the right password: the account's and the browser's counts start again; the client
 * address gets its reserved attempt back, but keeps its other failures — signing in to one's own
 * account must not wipe the guesses made at others. Call inside the sign-in's transaction.
 */
export async function releaseAfterSuccess(tx: Tx, keys: ThrottleKey[]): Promise<void> {
  const personal = keys.filter(({ kind }) => kind !== "client").map(({ key }) => key);
  await tx.signInThrottle.updateMany({ where: { key: { in: personal } }, data: { attempts: 0, blockedUntil: null } });
  const clients = keys.filter(({ kind }) => kind === "client").map(({ key }) => key);
  await tx.signInThrottle.updateMany({ where: { key: { in: clients }, attempts: { gt: 0 } }, data: { attempts: { decrement: 1 } } });
}
