import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Region } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { dayInBelgium } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor } from "@/lib/auth/authorization";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { appendStatusEvents } from "./events";
import { allocateReferenceNumber } from "./reference-number";
import { canTransition, transitions } from "./status";
import { missingForSubmission } from "./completeness";
import { routeDossier } from "./routing-input-for-dossier";

export const submitApplicationSchema = z.object({
  applicationId: z.uuid("validation.applicationRequired"),
  version: z.number().int().min(0),
  /**
   * Drawn with the submit form: a double click or a retried request carries the same key, and gets
   * the first request's answer instead of a second submission or an error.
   */
  submissionKey: z.uuid("validation.submissionKeyRequired"),
  /** Only when the rules could not decide: one of the tied regions, picked by the filer. */
  regionPick: z.enum(Region, { error: "validation.regionPickRequired" }).optional(),
});

/**
 * Submits a complete draft: routes it to the competent region, gives it its reference number and
 * puts it in that region's queue. Everything it writes — the dossier, its documents made read-only,
 * the status events, the audit entry and the confirmation in the outbox — is one transaction, so a
 * failure anywhere leaves the draft as it was. Idempotent per submission key.
 */
export async function submitApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<{ referenceNumber: string }> {
  const data = parseInput(submitApplicationSchema, input);
  const db = getDb();
  const dossier = await db.application.findFirst({
    where: { AND: [{ id: data.applicationId }, dossierWhereForActor(actor)] },
    include: {
      employer: { select: { registeredOfficeCountry: true, registeredOfficePostalCode: true } },
      worker: { select: { userId: true, residesInBelgium: true } },
      workplaces: { include: { establishmentUnit: { select: { city: true } } }, orderBy: { position: "asc" } },
      createdBy: { select: { email: true, locale: true } },
    },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  assertCan(actor, "dossier:submit", dossier);
  const replay = answerToRetry(dossier, data.submissionKey);
  if (replay) return replay;
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
  try {
    return await db.$transaction(async (tx) => {
      const referenceNumber = await allocateReferenceNumber(tx, now);
      const updated = await tx.application.updateMany({
        where: { id: dossier.id, status: from, version: dossier.version },
        data: {
          status: to,
          version: { increment: 1 },
          referenceNumber,
          submissionKey: data.submissionKey,
          submittedAt: now,
          competentRegion: region,
          routingRule: routing.rule,
          routingReason: routing.reason as unknown as Prisma.InputJsonValue,
          routingCandidates: routing.candidates,
          regionPickedByFiler: pickedByFiler,
        },
      });
      // Lost the race, e.g. to the other request of a double click: nothing of this one is kept.
      if (updated.count !== 1) throw new AppError("CONFLICT");
      // From here on the database refuses any change to these files (append-only guard).
      await tx.document.updateMany({ where: { applicationId: dossier.id, submittedAt: null }, data: { submittedAt: now } });
      await appendStatusEvents(tx, dossier.id, now, [
        { actorUserId: actor.userId, event: { type: "APPLICATION_SUBMITTED", payload: { referenceNumber }, fromStatus: from, toStatus: to } },
        { actorUserId: null, event: { type: "APPLICATION_ROUTED", payload: { region, rule: routing.rule, pickedByFiler } } },
      ]);
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
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    const current = await db.application.findUnique({ where: { id: dossier.id }, select: { submissionKey: true, referenceNumber: true } });
    const winner = current && answerToRetry(current, data.submissionKey);
    if (winner) return winner;
    throw error;
  }
}

/** The answer a submission already gave, when this request repeats it (same key). */
function answerToRetry(
  dossier: { submissionKey: string | null; referenceNumber: string | null },
  submissionKey: string,
): { referenceNumber: string } | null {
  return dossier.submissionKey === submissionKey && dossier.referenceNumber ? { referenceNumber: dossier.referenceNumber } : null;
}
