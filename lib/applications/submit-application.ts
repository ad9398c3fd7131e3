import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Region } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { dayInBelgium } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor } from "@/lib/auth/authorization";
import { AppError, isAppError, type FieldError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { workerNameForMail } from "@/lib/notifications/topics";
import { appendStatusEvents } from "./events";
import { allocateReferenceNumber } from "./reference-number";
import { canTransition, transitions } from "./status";
import { filingReadiness } from "@/lib/filing/readiness";
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
  /** The check page's declaration; refused with the other problems when it is not ticked. */
  declaration: z.boolean().optional(),
});

/** What the submit form posts that is not text. */
export const submitApplicationFieldKinds = { numbers: ["version"], checkboxes: ["declaration"] };

/**
 * Submits a complete draft: re-runs every rule for the day (the steps' own, the in-country and
 * diplomatic-post rules, the category rules of the competent region, the checklist, the fee) and
 * refuses anything incomplete with the list of what is missing; else routes it to the competent
 * region, gives it its reference number, records the dated rule rows that judged it, and puts it
 * in that region's queue. Everything it writes — the dossier, its documents made read-only,
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
      worker: true,
      workplaces: { include: { establishmentUnit: { select: { city: true } } }, orderBy: { position: "asc" } },
      documents: { select: { kind: true } },
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

  // Every rule again, as in force today; what is missing comes back as one list, each item at the
  // path of the step (or document) where it is put right.
  const problems: FieldError[] = [];
  const routed = routeDossier(dossier);
  if (!routed.ok) problems.push(...routed.fieldErrors);
  const routing = routed.ok ? routed.result : null;
  const pickedByFiler = routing !== null && routing.region === null;
  let region = routing?.region ?? null;
  if (pickedByFiler) {
    if (data.regionPick && routing.candidates.includes(data.regionPick)) region = data.regionPick;
    else problems.push({ path: "regionPick", message: "validation.regionPickRequired" });
  }
  const rules = filingReadiness(dossier, region, dayInBelgium(now));
  problems.push(...rules.problems);
  if (data.declaration !== true) problems.push({ path: "declaration", message: "validation.declarationRequired" });
  if (problems.length > 0 || routing === null || region === null) throw new AppError("VALIDATION", { fieldErrors: problems });

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
          declarationAcceptedAt: now,
          appliedRuleIds: rules.appliedRuleIds,
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
        metadata: { referenceNumber, region, rule: routing.rule, appliedRuleIds: rules.appliedRuleIds },
      });
      await enqueueNotification(tx, {
        topic: "application.submitted",
        recipientEmail: dossier.createdBy.email,
        locale: dossier.createdBy.locale,
        applicationId: dossier.id,
        payload: { referenceNumber, workerName: workerNameForMail(dossier.worker), region },
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
