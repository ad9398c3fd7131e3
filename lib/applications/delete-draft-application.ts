import { z } from "@/lib/forms/zod";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor, scopeMandatesSelect } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { dayInBelgium } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import { deleteStoredFilesOfDossier } from "@/lib/documents/dossier-files";
import { canEditDraft } from "@/lib/lifecycle/lifecycle";

export const deleteDraftApplicationSchema = z.object({
  applicationId: z.uuid("validation.applicationRequired"),
  // A form posts it as text.
  version: z.coerce.number().int().min(0),
});

/**
 * Deletes a draft for good: the application, its workplaces, its documents and its own worker record
 * (each draft has its own once the worker step is saved, see lib/filing/save-filing-step.ts) in one transaction, audited; then its stored
 * files. A submitted dossier is never deleted. The audit entry is what remains: the dossier's own
 * history goes with it, as nothing was ever filed.
 */
export async function deleteDraftApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<void> {
  const data = parseInput(deleteDraftApplicationSchema, input);
  const db = getDb();
  const dossier = await db.application.findFirst({
    where: { AND: [{ id: data.applicationId }, dossierWhereForActor(actor)] },
    include: { worker: { select: { userId: true } }, employer: { select: { mandatesGranted: scopeMandatesSelect(actor) } }, _count: { select: { documents: true } } },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  assertCan(actor, "dossier:delete-draft", dossier);
  if (!canEditDraft(dossier.status) || dossier.version !== data.version) throw new AppError("CONFLICT");
  await assertMandateInForce(db, actor, dossier.employerId, dayInBelgium(new Date()));

  await db.$transaction(async (tx) => {
    // The status and version in the filter make a concurrent submission or change win cleanly.
    const deleted = await tx.application.deleteMany({ where: { id: dossier.id, status: "DRAFT", version: dossier.version } });
    if (deleted.count !== 1) throw new AppError("CONFLICT");
    if (dossier.workerId) await tx.worker.deleteMany({ where: { id: dossier.workerId, applications: { none: {} } } });
    await recordAudit(tx, {
      actor,
      action: "application.delete-draft",
      entityType: "Application",
      entityId: dossier.id,
      outcome: "SUCCESS",
      metadata: { documents: dossier._count.documents },
    });
  });
  await deleteStoredFilesOfDossier(dossier.id).catch((error: unknown) => console.error("[application.delete-draft] files left for the sweep:", dossier.id, error));
}
