import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/authorization";
import { recordAudit } from "@/lib/audit/record-audit";
import { dayInBelgium, dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { deliverForMandateEvent } from "@/lib/notifications/policy";
import { grantMandateSchema } from "./mandate-input";
import { notifiedMandate, notifiedMandateSelect, partyOf } from "./mandate-party";

const fieldError = (path: string, message: string) => new AppError("VALIDATION", { fieldErrors: [{ path, message }] });

/**
 * An employer's administrator proposes a mandate to the mandatary organisation with this enterprise
 * number, from `validFrom` (today or later), optionally until `validUntil`. It is PROPOSED until the
 * mandatary's administrator accepts it; the mandatary's administrators are told. One open mandate
 * (proposed, or accepted and not past its last day) per employer and mandatary: a second is refused.
 */
export async function grantMandate({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<{ mandateId: string }> {
  assertCan(actor, "mandate:grant");
  const data = parseInput(grantMandateSchema, input);
  const today = dayInBelgium(now);
  if (data.validFrom < today) throw fieldError("validFrom", "validation.mandateStartInPast");
  const db = getDb();
  const employer = await partyOf(db, actor, "EMPLOYER");
  const mandatary = await db.organisation.findUnique({ where: { enterpriseNumber: data.enterpriseNumber }, select: { id: true, kind: true } });
  if (!mandatary || mandatary.kind !== "MANDATARY") throw fieldError("enterpriseNumber", "validation.mandataryNotFound");

  return db.$transaction(async (tx) => {
    // Two administrators granting at once are ordered here: the second finds the first's proposal.
    await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = ${employer.id}::uuid FOR UPDATE`;
    const open = await tx.mandate.findFirst({
      where: { employerId: employer.id, mandataryId: mandatary.id, status: { in: ["PROPOSED", "ACCEPTED"] }, OR: [{ validUntil: null }, { validUntil: { gte: dayToDate(today) } }] },
      select: { id: true },
    });
    if (open) throw fieldError("enterpriseNumber", "validation.mandateAlreadyOpen");
    const mandate = await tx.mandate.create({
      data: {
        employerId: employer.id,
        mandataryId: mandatary.id,
        status: "PROPOSED",
        validFrom: dayToDate(data.validFrom),
        validUntil: data.validUntil ? dayToDate(data.validUntil) : null,
        grantedById: actor.userId,
        grantedAt: now,
      },
      select: { id: true, ...notifiedMandateSelect },
    });
    await recordAudit(tx, {
      actor,
      action: "mandate.grant",
      entityType: "Mandate",
      entityId: mandate.id,
      outcome: "SUCCESS",
      metadata: { employerId: employer.id, mandataryId: mandatary.id, validFrom: data.validFrom, validUntil: data.validUntil },
    });
    await deliverForMandateEvent(tx, "MANDATE_PROPOSED", notifiedMandate(mandate), employer.id);
    return { mandateId: mandate.id };
  });
}
