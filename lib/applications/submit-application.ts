import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Region } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { dayInBelgium } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { appendStatusEvent } from "./events";
import { allocateReferenceNumber } from "./reference-number";
import { canTransition, transitions } from "./status";
import { missingForSubmission } from "./completeness";
import { routeDossier } from "./routing-input-for-dossier";

export const submitApplicationSchema = z.object({
  applicationId: z.string().uuid("validation.applicationRequired"),
  version: z.number().int().min(0),
  /** Only when the rules could not decide: one of the tied regions, picked by the filer. */
  regionPick: z.enum(Region, { error: "validation.regionPickRequired" }).optional(),
});

/**
 * Submits a complete draft: routes it to the competent region, gives it its reference number and
 * puts it in that region's queue, all in one transaction with its status events, audit entry and
 * the confirmation in the outbox.
 */
export async function submitApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<{ referenceNumber: string }> {
  const data = parseInput(submitApplicationSchema, input);
  const db = getDb();
  const dossier = await db.application.findFirst({
    where: { AND: [{ id: data.applicationId }, dossierWhereForActor(actor)] },
    include: {
      employer: true,
      worker: true,
      workplaces: { include: { establishmentUnit: true }, orderBy: { position: "asc" } },
      createdBy: { select: { email: true, locale: true } },
    },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  assertCan(actor, "dossier:submit", dossier);
  if (!canTransition("submit", dossier.status) || dossier.version !== data.version) throw new AppError("CONFLICT");
  const now = new Date();
  await assertMandateInForce(db, actor, dossier.employerId, dayInBelgium(now));

  const missing = missingForSubmission(dossier);
  if (missing.length > 0) throw new AppError("VALIDATION", { fieldErrors: missing });

  const routed = routeDossier(dossier);
  if (!routed.ok) throw new AppError("VALIDATION", { fieldErrors: routed.fieldErrors });
  const routing = routed.result;
  let region = routing.region;
  const pickedByFiler = region === null;
  if (region === null) {
    if (!data.regionPick || !routing.candidates.includes(data.regionPick)) {
      throw new AppError("VALIDATION", { fieldErrors: [{ path: "regionPick", message: "validation.regionPickRequired" }] });
    }
    region = data.regionPick;
  }

  const { from, to } = { from: dossier.status, to: transitions.submit.to };
  return db.$transaction(async (tx) => {
    const referenceNumber = await allocateReferenceNumber(tx, now);
    const updated = await tx.application.updateMany({
      where: { id: dossier.id, status: from, version: dossier.version },
      data: {
        status: to,
        version: { increment: 1 },
        referenceNumber,
        submittedAt: now,
        competentRegion: region,
        routingRule: routing.rule,
        routingReason: routing.reason as unknown as Prisma.InputJsonValue,
        routingCandidates: routing.candidates,
        regionPickedByFiler: pickedByFiler,
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    // From here the database refuses any change to the documents (append_only_guards migration).
    await tx.document.updateMany({ where: { applicationId: dossier.id, submittedAt: null }, data: { submittedAt: now } });
    await appendStatusEvent(tx, dossier.id, actor.userId, now, {
      type: "APPLICATION_SUBMITTED",
      payload: { referenceNumber },
      fromStatus: from,
      toStatus: to,
    });
    await appendStatusEvent(tx, dossier.id, null, now, {
      type: "APPLICATION_ROUTED",
      payload: { region, rule: routing.rule, pickedByFiler },
    });
    await recordAudit(tx, {
      actor,
      action: "application.submit",
      entityType: "Application",
      entityId: dossier.id,
      outcome: "SUCCESS",
      metadata: { referenceNumber, region, rule: routing.rule },
    });
    await enqueueNotification(tx, {
      topic: "application.submitted",
      recipientEmail: dossier.createdBy.email,
      locale: dossier.createdBy.locale,
      applicationId: dossier.id,
      payload: { referenceNumber, region },
    });
    return { referenceNumber };
  });
}
