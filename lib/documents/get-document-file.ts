import type { Readable } from "node:stream";
import { z } from "@/lib/forms/zod";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { getStorage } from "@/lib/storage/get-storage";
import { dossierForDocuments, isUuid } from "./dossier-access";
import { downloadFileName } from "./file-name";
import { acceptedMediaTypes, type AcceptedMediaType } from "./upload-input";

export const getDocumentFileSchema = z.object({
  applicationId: z.string(),
  documentId: z.string(),
});

export interface DocumentFile {
  /** The name to download it under, its extension matching its type. */
  fileName: string;
  mediaType: AcceptedMediaType;
  sizeBytes: number;
  content: Readable;
}

/**
 * One stored file, for someone who may read its dossier (caseworkers of the competent region, the
 * Immigration Office once it holds the dossier, the applicant, the worker). Anyone else, or a
 * document of another dossier, gets NOT_FOUND. Downloads are audited: the files carry personal data.
 */
export async function getDocumentFile({ actor, input }: { actor: Actor; input: unknown }): Promise<DocumentFile> {
  const data = parseInput(getDocumentFileSchema, input);
  const db = getDb();
  const dossier = await dossierForDocuments(db, actor, data.applicationId, "document:read");
  if (!isUuid(data.documentId)) throw new AppError("NOT_FOUND");
  const document = await db.document.findFirst({
    where: { id: data.documentId, applicationId: dossier.id },
    select: { id: true, fileName: true, mediaType: true, sizeBytes: true, storageKey: true },
  });
  if (!document) throw new AppError("NOT_FOUND");
  // Stored types were sniffed on upload; anything else in the column is not served as such.
  if (!(acceptedMediaTypes as readonly string[]).includes(document.mediaType)) throw new Error(`document ${document.id} has type ${document.mediaType}`);
  const mediaType = document.mediaType as AcceptedMediaType;
  const content = await getStorage().get(document.storageKey);
  if (!content) throw new Error(`the stored file of document ${document.id} is missing`);
  await recordAudit(db, { actor, action: "document.download", entityType: "Application", entityId: dossier.id, outcome: "SUCCESS", metadata: { documentId: document.id } });
  return { fileName: downloadFileName(document.fileName, mediaType), mediaType, sizeBytes: document.sizeBytes, content };
}
