import type { Actor } from "@/lib/auth/actor";
import { isCaseworker } from "@/lib/auth/authorization";
import { getDb, type Db, type Tx } from "@/lib/db";
import { recordAudit } from "./record-audit";

/**
 * One audit entry per sitting, not per page: a caseworker working a dossier opens its answers,
 * documents and history, reloads after each decision, and a page renders more than once. A DPO asks
 * "who looked at this dossier, and when": ten minutes answers that to the quarter hour while keeping
 * the log to at most six rows an hour per caseworker and dossier (a busy caseworker reads some
 * hundred dossiers a day, so a few hundred rows, not the tens of thousands one row per render gives).
 */
export const READING_INTERVAL_MINUTES = 10;

/**
 * Whose readings are recorded: the authorities' (regional caseworkers and the Immigration Office),
 * who read dossiers that are not theirs by the rules of their office. Applicants and workers reading
 * their own dossiers are not recorded: it is their data, and their changes are audited anyway.
 */
export function isReadingAudited(actor: Actor): boolean {
  return isCaseworker(actor);
}

/**
 * Records that the actor read the dossier, unless they already did within the interval. Call after
 * the dossier was found in the actor's scope. Most readings fall in a sitting already recorded: one
 * read answers them, without a transaction or a lock. Otherwise two parallel renders of the same
 * page are serialised on an advisory lock for this actor and dossier and the check is repeated
 * under it, so a sitting gives exactly one row. Answers whether it wrote one.
 */
export async function recordDossierReading(actor: Actor, dossierId: string, now = new Date()): Promise<boolean> {
  if (!isReadingAudited(actor)) return false;
  const since = new Date(now.getTime() - READING_INTERVAL_MINUTES * 60_000);
  const recentReading = (db: Db | Tx) =>
    db.auditEntry.findFirst({
      where: { entityType: "Application", entityId: dossierId, action: "dossier.read", actorUserId: actor.userId, outcome: "SUCCESS", occurredAt: { gt: since, lte: now } },
      select: { id: true },
    });
  if (await recentReading(getDb())) return false;
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`dossier.read:${actor.userId}:${dossierId}`}, 0))`;
    if (await recentReading(tx)) return false;
    await recordAudit(tx, { actor, action: "dossier.read", entityType: "Application", entityId: dossierId, outcome: "SUCCESS", at: now });
    return true;
  });
}
