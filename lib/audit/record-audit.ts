import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { organisationOf, type Actor } from "@/lib/auth/actor";
import { currentAuditClient, type AuditClient } from "./audit-client";

export interface AuditRecord {
  actor: Actor | null;
  action: string;
  /** What was acted on, also for a refusal ("Application" and the dossier's id when a form named one). */
  entityType: string;
  entityId?: string | null;
  outcome: AuditOutcome;
  /** Identifiers, codes and counts only: the audit log outlives the dossier's retention (see withoutPersonalData). */
  metadata?: Prisma.InputJsonValue;
  /** Where the request came from; by default the client of the request being served (withAuditClient). */
  client?: AuditClient | null;
  /** When it happened; by default the database's clock at the insert. */
  at?: Date;
}

/** The one path to the audit log. Successful changes call it inside their transaction. */
export async function recordAudit(tx: Tx, record: AuditRecord): Promise<void> {
  const client = record.client === undefined ? currentAuditClient() : record.client;
  await tx.auditEntry.create({
    data: {
      ...(record.at ? { occurredAt: record.at } : {}),
      actorUserId: record.actor?.userId ?? null,
      actorOrganisationId: organisationOf(record.actor),
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      outcome: record.outcome,
      metadata: withoutPersonalData(record.metadata ?? {}),
      clientAddress: client?.clientAddress ?? null,
      userAgent: client?.userAgent ?? null,
    },
  });
}

export const WITHHELD = "[withheld]";

/**
 * Keys whose values are personal data of someone (a worker's name or passport, an address, a
 * caseworker's motivation or message, a secret): never written to the audit log, which outlives
 * the dossier and is read by people who need not know them. Entries name people by their ids.
 */
const personalKeys = new Set(
  ["email", "name", "givenNames", "familyName", "passportNumber", "dateOfBirth", "birthDate", "nationality", "message", "motivation", "address", "street", "phone", "password", "token"].map((key) =>
    key.toLowerCase(),
  ),
);

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/**
 * The metadata with personal data withheld: values under the keys above, and any string that
 * carries an e-mail address. A net under the callers, who already pass identifiers only; a value
 * withheld here is a caller to fix, so it is marked rather than silently dropped.
 */
export function withoutPersonalData(value: Prisma.InputJsonValue): Prisma.InputJsonValue {
  if (typeof value === "string") return EMAIL.test(value) ? WITHHELD : value;
  if (Array.isArray(value)) return value.map((item) => (item === null ? null : withoutPersonalData(item as Prisma.InputJsonValue))) as Prisma.InputJsonValue;
  if (typeof value === "object" && value !== null) {
    const copy: Record<string, Prisma.InputJsonValue | null> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      copy[key] = personalKeys.has(key.toLowerCase()) ? WITHHELD : item === null ? null : withoutPersonalData(item as Prisma.InputJsonValue);
    }
    return copy as Prisma.InputJsonValue;
  }
  return value;
}
