import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { dossierForDocuments } from "./dossier-access";

/** A dossier's documents, oldest first, for whoever may read them (else NOT_FOUND). */
export async function listDocuments({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const db = getDb();
  const dossier = await dossierForDocuments(db, actor, applicationId, "document:read");
  return db.document.findMany({
    where: { applicationId: dossier.id },
    orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, fileName: true, mediaType: true, sizeBytes: true, sha256: true, issuedOn: true, uploadedAt: true, submittedAt: true, informationRequestId: true },
  });
}

export type ListedDocument = Awaited<ReturnType<typeof listDocuments>>[number];
