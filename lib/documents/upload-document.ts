import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { dayInBelgium, dayToDate } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import { getStorage } from "@/lib/storage/get-storage";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { documentLimits } from "./document-limits";
import { changeableFiles, dossierForDocuments, lockDossier, usedBytes } from "./dossier-access";
import { newStorageKey } from "./dossier-files";
import { UploadInspector } from "./inspect-upload";
import { DATED_CERTIFICATES, sizeError, uploadFieldsSchema, type AcceptedMediaType } from "./upload-input";

export interface UploadDocumentInput {
  applicationId: string;
  /** The checklist item, as sent (checked here). */
  kind: unknown;
  /** The file's name, as sent (cleaned and checked here). */
  fileName: unknown;
  /** A certificate's date of issue, as sent (optional; checked here, kept for dated certificates only). */
  issuedOn?: unknown;
  /** The file's bytes; consumed to its end on success. On failure the caller discards the rest. */
  content: Readable;
}

export interface UploadedDocument {
  id: string;
  kind: DocumentKind;
  fileName: string;
  mediaType: AcceptedMediaType;
  sizeBytes: number;
  sha256: string;
}

/**
 * Adds one file to a checklist item of a draft, or to an open information request's answer. The bytes stream to storage through an inspector
 * that decides the type from the content, enforces the size limits and hashes; only then is the
 * row inserted, in one transaction with its audit entry, on a dossier locked and still open to it.
 * Whatever fails — the type, a limit, the storage, the database — deletes the stored object, so
 * that no row lacks its file and no file lacks its row.
 */
export async function uploadDocument({ actor, input }: { actor: Actor; input: UploadDocumentInput }): Promise<UploadedDocument> {
  const fields = parseInput(uploadFieldsSchema, { kind: input.kind, fileName: input.fileName, issuedOn: input.issuedOn });
  const issuedOn = fields.issuedOn && DATED_CERTIFICATES.includes(fields.kind) ? dayToDate(fields.issuedOn) : null;
  const db = getDb();
  const dossier = await dossierForDocuments(db, actor, input.applicationId, "document:upload");
  await changeableFiles(db, dossier.id, dossier.status);
  await assertMandateInForce(db, actor, dossier.employerId, dayInBelgium(new Date()));

  const limits = documentLimits();
  const used = await usedBytes(db, dossier.id);
  const room = Math.min(limits.maxFileBytes, limits.maxDossierBytes - used);
  // The error of the limit that binds first: one byte more than the room left.
  const tooLarge = sizeError(Math.max(room, 0) + 1, used, limits)!;
  if (room <= 0) throw new AppError("PAYLOAD_TOO_LARGE", { fieldErrors: [tooLarge] });

  const storage = getStorage();
  const key = newStorageKey(dossier.id);
  const inspector = new UploadInspector(room, tooLarge);
  try {
    // pipeline() passes a failing upload body on to the inspector, and so to the storage write.
    await storage.put(key, pipeline(input.content, inspector, () => {}));
    const inspected = inspector.result();
    return await db.$transaction(async (tx) => {
      // The open request is read under the lock: an answer sent meanwhile closes it.
      const { informationRequestId } = await changeableFiles(tx, dossier.id, await lockDossier(tx, dossier.id));
      // Checked again under the lock: two uploads at once must not overfill the dossier together.
      const over = sizeError(inspected.sizeBytes, await usedBytes(tx, dossier.id), limits);
      if (over) throw new AppError("PAYLOAD_TOO_LARGE", { fieldErrors: [over] });
      const document = await tx.document.create({
        data: { applicationId: dossier.id, kind: fields.kind, fileName: fields.fileName, issuedOn, storageKey: key, uploadedById: actor.userId, informationRequestId, ...inspected },
        select: { id: true, kind: true, fileName: true, sizeBytes: true, sha256: true },
      });
      await recordAudit(tx, {
        actor,
        action: "document.upload",
        entityType: "Application",
        entityId: dossier.id,
        outcome: "SUCCESS",
        // No file name: it may carry personal data, and the audit log outlives the dossier.
        metadata: { documentId: document.id, kind: fields.kind, mediaType: inspected.mediaType, sizeBytes: inspected.sizeBytes, sha256: inspected.sha256 },
      });
      return { ...document, mediaType: inspected.mediaType };
    });
  } catch (error) {
    await storage.delete(key).catch((cleanupError: unknown) => console.error("[document.upload] could not delete", key, cleanupError));
    if (isAppError(error) && (error.code === "VALIDATION" || error.code === "PAYLOAD_TOO_LARGE")) {
      await recordAudit(db, {
        actor,
        action: "document.upload",
        entityType: "Application",
        entityId: dossier.id,
        outcome: "FAILED",
        metadata: { kind: fields.kind, reasons: error.fieldErrors.map((e) => e.message) },
      });
    }
    throw error;
  }
}
