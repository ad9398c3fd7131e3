import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { submitApplication } from "@/lib/applications/submit-application";
import { COMPLETE_DOCUMENT_KINDS, fileDraftApplication, filingStepValues } from "@/prisma/factories";

type Workplaces = Parameters<typeof filingStepValues>[0];
type Overrides = Parameters<typeof filingStepValues>[1];

/** Document rows as a finished documents step leaves them (no stored files: submission reads only the rows). */
export async function addDocumentRows(db: PrismaClient, applicationId: string, uploadedById: string, kinds: readonly DocumentKind[] = COMPLETE_DOCUMENT_KINDS) {
  await db.document.createMany({
    data: kinds.map((kind, index) => ({
      applicationId,
      kind,
      fileName: `${kind.toLowerCase()}-${index}.pdf`,
      mediaType: "application/pdf",
      sizeBytes: 1234,
      sha256: "a".repeat(64),
      storageKey: `test/${randomUUID()}`,
      uploadedById,
    })),
  });
}

/** A draft with every step saved and every document of its checklist, ready to submit. */
export async function completeDraft(db: PrismaClient, actor: Actor, workplaces: Workplaces, overrides: Overrides = {}, options: { employerId?: string } = {}) {
  const draft = await fileDraftApplication(actor, filingStepValues(workplaces, overrides), options);
  await addDocumentRows(db, draft.id, actor.userId);
  return draft;
}

/** Submits as the check page does, with the declaration and a fresh submission key. */
export function submit(actor: Actor, draft: { id: string; version: number }, extra: Record<string, unknown> = {}) {
  return submitApplication({ actor, input: { applicationId: draft.id, version: draft.version, submissionKey: randomUUID(), declaration: true, ...extra } });
}
