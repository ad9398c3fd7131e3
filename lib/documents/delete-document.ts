import { z } from "@/lib/forms/zod";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { dayInBelgium } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import { getStorage } from "@/lib/storage/get-storage";
import { changeableFiles, dossierForDocuments, lockDossier, notDraft } from "./dossier-access";

export const deleteDocumentSchema = z.object({
  applicationId: z.string(),
  documentId: z.string(),
});

/**
 * Removes a file from a draft, or from an information request's answer not sent yet: the row (with its audit entry) in one transaction on the locked
 * dossier, then the stored object. Should that last step fail, the object has no row any more and
 * the sweep (./sweep-orphan-files.ts) removes it later.
 */
export async function deleteDocument({ actor, input }: { actor: Actor; input: unknown }): Promise<void> {
  const data = parseInput(deleteDocumentSchema, input);
  const db = getDb();
  const dossier = await dossierForDocuments(db, actor, data.applicationId, "document:delete");
  await changeableFiles(db, dossier.id, dossier.status);
  await assertMandateInForce(db, actor, dossier.employerId, dayInBelgium(new Date()));

  const removed = await db.$transaction(async (tx) => {
    const { informationRequestId } = await changeableFiles(tx, dossier.id, await lockDossier(tx, dossier.id));
    const document = await tx.document.findFirst({
      where: { id: data.documentId, applicationId: dossier.id },
      select: { id: true, kind: true, storageKey: true, informationRequestId: true, submittedAt: true },
    });
    if (!document) throw new AppError("NOT_FOUND");
    // Under an information request only the answer's own files, until it is sent.
    if (document.informationRequestId !== informationRequestId || document.submittedAt) throw notDraft();
    await tx.document.delete({ where: { id: document.id } });
    await recordAudit(tx, { actor, action: "document.delete", entityType: "Application", entityId: dossier.id, outcome: "SUCCESS", metadata: { documentId: document.id, kind: document.kind } });
    return document;
  });
  await getStorage()
    .delete(removed.storageKey)
    .catch((error: unknown) => console.error("[document.delete] left for the sweep:", removed.storageKey, error));
}
