import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/authorization";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { deliverForMandateEvent } from "@/lib/notifications/policy";
import { mandateStepSchema } from "./mandate-input";
import { notifiedMandate, notifiedMandateSelect, partyOf } from "./mandate-party";

/**
 * The mandatary's administrator accepts a mandate proposed to their organisation: PROPOSED →
 * ACCEPTED, from which day on (validFrom) the mandatary acts for the employer. The employer's
 * administrators are told. Only the mandatary's side can accept; a mandate of another organisation
 * is NOT_FOUND; one no longer proposed, or changed since the page was shown, is a CONFLICT.
 */
export async function acceptMandate({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<void> {
  assertCan(actor, "mandate:accept");
  const data = parseInput(mandateStepSchema, input);
  const db = getDb();
  const mandatary = await partyOf(db, actor, "MANDATARY");
  await db.$transaction(async (tx) => {
    const updated = await tx.mandate.updateMany({
      where: { id: data.mandateId, mandataryId: mandatary.id, status: "PROPOSED", version: data.version },
      data: { status: "ACCEPTED", acceptedAt: now, acceptedById: actor.userId, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      const exists = await tx.mandate.count({ where: { id: data.mandateId, mandataryId: mandatary.id } });
      throw new AppError(exists ? "CONFLICT" : "NOT_FOUND");
    }
    const mandate = await tx.mandate.findUniqueOrThrow({ where: { id: data.mandateId }, select: notifiedMandateSelect });
    await recordAudit(tx, { actor, action: "mandate.accept", entityType: "Mandate", entityId: data.mandateId, outcome: "SUCCESS", metadata: { employerId: mandate.employer.id, mandataryId: mandatary.id } });
    await deliverForMandateEvent(tx, "MANDATE_ACCEPTED", notifiedMandate(mandate), mandatary.id);
  });
}
