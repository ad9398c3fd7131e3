import { z } from "zod";
import { getDb } from "@/lib/db";
import { dayInBelgium } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { appendStatusEvent } from "./events";
import { canEditDraft } from "./status";
import { applicationRecord, draftApplicationSchema, workerRecord } from "./draft-application-input";
import { resolveWorkplaces } from "./resolve-workplaces";

const updateDraftSchema = z.object({
  applicationId: z.uuid("validation.applicationRequired"),
  version: z.number().int().min(0),
  application: z.unknown(),
});

/**
 * Changes a draft: the worker, the job and the workplaces. The employer stays the same. Nothing is
 * routed here: the dossier page shows where the changed draft would go, and submission routes it.
 */
export async function updateDraftApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; version: number }> {
  const { applicationId, version, application } = parseInput(updateDraftSchema, input);
  const data = parseInput(draftApplicationSchema, application);
  const db = getDb();
  const dossier = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, dossierWhereForActor(actor)] },
    include: { worker: { select: { userId: true } } },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  assertCan(actor, "dossier:edit-draft", dossier);
  if (!canEditDraft(dossier.status) || dossier.version !== version) throw new AppError("CONFLICT");

  const now = new Date();
  await assertMandateInForce(db, actor, dossier.employerId, dayInBelgium(now));
  const workplaces = await resolveWorkplaces(db, dossier.employerId, data.workplaces);
  if (!workplaces.ok) throw new AppError("VALIDATION", { fieldErrors: workplaces.fieldErrors });

  return db.$transaction(async (tx) => {
    const updated = await tx.application.updateMany({
      where: { id: dossier.id, status: "DRAFT", version },
      data: { version: { increment: 1 }, ...applicationRecord(data) },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await tx.worker.update({ where: { id: dossier.workerId }, data: workerRecord(data.worker) });
    await tx.applicationWorkplace.deleteMany({ where: { applicationId: dossier.id } });
    await tx.applicationWorkplace.createMany({ data: workplaces.rows.map((row) => ({ ...row, applicationId: dossier.id })) });
    await appendStatusEvent(tx, dossier.id, actor.userId, now, { type: "APPLICATION_UPDATED", payload: {} });
    await recordAudit(tx, { actor, action: "application.update-draft", entityType: "Application", entityId: dossier.id, outcome: "SUCCESS" });
    return { id: dossier.id, version: version + 1 };
  });
}
