import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { dossierForDocuments, type ScopedDossier } from "./dossier-access";

/**
 * A dossier's documents, oldest first, for whoever may read them (else NOT_FOUND). `dossier`: its
 * id, or the dossier the page already read in the actor's scope (one statement fewer).
 */
export async function listDocuments({ actor, dossier: asked }: { actor: Actor; dossier: string | ScopedDossier }) {
  const db = getDb();
  const dossier = await dossierForDocuments(db, actor, asked, "document:read");
  return db.document.findMany({
    where: { applicationId: dossier.id },
    orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, fileName: true, mediaType: true, sizeBytes: true, sha256: true, issuedOn: true, uploadedAt: true, submittedAt: true, informationRequestId: true },
  });
}

export type ListedDocument = Awaited<ReturnType<typeof listDocuments>>[number];
