import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { dayInBelgium } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { workerNameForMail } from "@/lib/notifications/topics";
import { appendStatusEvent } from "./events";
import { canTransition, transitions } from "./status";

export const withdrawApplicationSchema = z.object({
  applicationId: z.uuid("validation.applicationRequired"),
  version: z.number().int().min(0),
});

/**
 * The applicant stops a submitted application itself, as long as no caseworker has taken it into
 * treatment (seed 000); after that, only the regional service can stop it.
 */
export async function withdrawApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<void> {
  const data = parseInput(withdrawApplicationSchema, input);
  const db = getDb();
  const dossier = await db.application.findFirst({
    where: { AND: [{ id: data.applicationId }, dossierWhereForActor(actor)] },
    include: { worker: { select: { userId: true, givenNames: true, familyName: true } }, createdBy: { select: { email: true, locale: true } } },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  assertCan(actor, "dossier:withdraw", dossier);
  if (!canTransition("withdraw", dossier.status) || dossier.version !== data.version) throw new AppError("CONFLICT");
  const now = new Date();
  await assertMandateInForce(db, actor, dossier.employerId, dayInBelgium(now));

  const { from, to } = { from: dossier.status, to: transitions.withdraw.to };
  await db.$transaction(async (tx) => {
    const updated = await tx.application.updateMany({
      where: { id: dossier.id, status: from, version: dossier.version },
      data: { status: to, version: { increment: 1 }, closedAt: now },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await appendStatusEvent(tx, dossier.id, actor.userId, now, { type: "APPLICATION_WITHDRAWN", payload: {}, fromStatus: from, toStatus: to });
    await recordAudit(tx, { actor, action: "application.withdraw", entityType: "Application", entityId: dossier.id, outcome: "SUCCESS" });
    await enqueueNotification(tx, {
      topic: "application.stopped",
      recipientEmail: dossier.createdBy.email,
      locale: dossier.createdBy.locale,
      applicationId: dossier.id,
      payload: {
        referenceNumber: dossier.referenceNumber ?? "",
        workerName: workerNameForMail(dossier.worker),
        howStopped: "CANCELLATION",
      },
    });
  });
}
