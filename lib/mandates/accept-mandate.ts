import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/authorization";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { deliverForMandateEvent } from "@/lib/notifications/policy";
import { dateToDay, dayToDate } from "@/lib/dates";
import { firstDayOnAcceptance, proposalLapsed } from "./mandate-in-force";
import { mandateStepSchema } from "./mandate-input";
import { notifiedMandate, notifiedMandateSelect, partyOf } from "./mandate-party";

/**
 * The mandatary's administrator accepts a mandate proposed to their organisation: PROPOSED →
 * ACCEPTED, from which day on (validFrom) the mandatary acts for the employer. A proposal whose first
 * day has passed unaccepted starts on the day of acceptance; one whose last day has passed has
 * lapsed and is a CONFLICT (docs/decisions/mandates.md). The employer's administrators are told.
 * Only the mandatary's side can accept; a mandate of another organisation is NOT_FOUND; one no
 * longer proposed, or changed since the page was shown, is a CONFLICT.
 */
export async function acceptMandate({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<void> {
  assertCan(actor, "mandate:accept");
  const data = parseInput(mandateStepSchema, input);
  const db = getDb();
  const mandatary = await partyOf(db, actor, "MANDATARY");
  await db.$transaction(async (tx) => {
    const proposal = await tx.mandate.findFirst({ where: { id: data.mandateId, mandataryId: mandatary.id }, select: { status: true, validFrom: true, validUntil: true } });
    if (!proposal) throw new AppError("NOT_FOUND");
    if (proposalLapsed(proposal, now)) throw new AppError("CONFLICT");
    const validFrom = firstDayOnAcceptance(proposal, now);
    // The version guards the proposal as read: a change since (an end, another acceptance) makes this write miss.
    const updated = await tx.mandate.updateMany({
      where: { id: data.mandateId, mandataryId: mandatary.id, status: "PROPOSED", version: data.version },
      data: { status: "ACCEPTED", validFrom: dayToDate(validFrom), acceptedAt: now, acceptedById: actor.userId, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    const mandate = await tx.mandate.findUniqueOrThrow({ where: { id: data.mandateId }, select: notifiedMandateSelect });
    await recordAudit(tx, {
      actor,
      action: "mandate.accept",
      entityType: "Mandate",
      entityId: data.mandateId,
      outcome: "SUCCESS",
      metadata: { employerId: mandate.employer.id, mandataryId: mandatary.id, validFrom, proposedFrom: dateToDay(proposal.validFrom) },
    });
    await deliverForMandateEvent(tx, "MANDATE_ACCEPTED", notifiedMandate(mandate), mandatary.id);
  });
}
