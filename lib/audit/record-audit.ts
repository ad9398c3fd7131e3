import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export interface AuditRecord {
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  outcome: AuditOutcome;
  /** No personal data beyond identifiers: the audit log outlives the dossier's retention. */
  metadata?: Prisma.InputJsonValue;
}

/** Appends to the audit log. Successful changes call it inside their transaction. */
export async function recordAudit(tx: Tx, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorUserId: record.actor?.userId ?? null,
      actorOrganisationId: record.actor?.organisationId ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      outcome: record.outcome,
      metadata: record.metadata ?? {},
    },
  });
}
