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
 * Either party's administrator ends a mandate: an accepted one is revoked (by the employer) or given
 * up (by the mandatary); a proposal is withdrawn (by the employer) or refused (by the mandatary).
 * All of them are ENDED, with who ended it, when and for which side; the other side's
 * administrators are told. From then on the mandatary no longer sees or acts on the employer's
 * dossiers; the employer keeps them all. A mandate of other organisations is NOT_FOUND; one
 * already ended, or changed since the page was shown, is a CONFLICT.
 */
export async function endMandate({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<void> {
  assertCan(actor, "mandate:end");
  const data = parseInput(mandateStepSchema, input);
  const db = getDb();
  const party = await partyOf(db, actor);
  const ofParty = party.kind === "EMPLOYER" ? { employerId: party.id } : { mandataryId: party.id };
  await db.$transaction(async (tx) => {
    const before = await tx.mandate.findFirst({ where: { id: data.mandateId, ...ofParty }, select: { status: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const updated = await tx.mandate.updateMany({
      where: { id: data.mandateId, ...ofParty, status: { in: ["PROPOSED", "ACCEPTED"] }, version: data.version },
      data: { status: "ENDED", endedAt: now, endedById: actor.userId, endedByOrganisationId: party.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    const mandate = await tx.mandate.findUniqueOrThrow({ where: { id: data.mandateId }, select: notifiedMandateSelect });
    await recordAudit(tx, {
      actor,
      action: "mandate.end",
      entityType: "Mandate",
      entityId: data.mandateId,
      outcome: "SUCCESS",
      metadata: { from: before.status, side: party.kind, employerId: mandate.employer.id, mandataryId: mandate.mandatary.id },
    });
    await deliverForMandateEvent(tx, "MANDATE_ENDED", notifiedMandate(mandate), party.id);
  });
}
