import type { Readable } from "node:stream";
import { z } from "@/lib/forms/zod";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { getStorage } from "@/lib/storage/get-storage";
import type { LetterKind } from "@/lib/generated/prisma/enums";
import { dossierForDocuments, isUuid, type ScopedDossier } from "@/lib/documents/dossier-access";

/** How each kind of letter is named in its file name, after the dossier's reference. */
const fileNamePart: Record<LetterKind, string> = {
  INADMISSIBILITY: "inadmissibility",
  WORK_PART_REFUSAL: "work-part-refusal",
  ANNEX_46: "annex-46",
  ANNEX_47: "annex-47",
  ANNEX_48: "annex-48",
};

/**
 * The name a letter is served under, e.g. `WIB-2026-000001-annex-46.pdf`: made of the reference and
 * the kind only, so it is plain ASCII and says nothing about the worker. A second language of the
 * same letter gets its language added.
 */
export function letterFileName(referenceNumber: string, kind: LetterKind, locale: string | null = null): string {
  const reference = referenceNumber.replace(/[^A-Za-z0-9-]/g, "_");
  return `${reference}-${fileNamePart[kind]}${locale ? `-${locale}` : ""}.pdf`;
}

/**
 * The letters the portal wrote for a dossier (decisions' registered letters and annexes), oldest
 * first, for whoever may read the dossier (else NOT_FOUND). `dossier`: its id, or the dossier the
 * page already read in the actor's scope (one statement fewer).
 */
export async function listLetters({ actor, dossier: asked }: { actor: Actor; dossier: string | ScopedDossier }) {
  const db = getDb();
  const dossier = await dossierForDocuments(db, actor, asked, "dossier:read");
  return db.letter.findMany({
    where: { applicationId: dossier.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, locale: true, createdAt: true },
  });
}

export type ListedLetter = Awaited<ReturnType<typeof listLetters>>[number];

export const getLetterFileSchema = z.object({ applicationId: z.string(), letterId: z.string() });

export interface LetterFile {
  fileName: string;
  sizeBytes: number;
  content: Readable;
}

/**
 * One letter's PDF, for someone who may read its dossier (the applicant, the worker, the competent
 * region's caseworkers, the Immigration Office once it holds the dossier). Anyone else, or a letter
 * of another dossier, gets NOT_FOUND. Reading is audited: letters carry personal data.
 */
export async function getLetterFile({ actor, input }: { actor: Actor; input: unknown }): Promise<LetterFile> {
  const data = parseInput(getLetterFileSchema, input);
  const db = getDb();
  const dossier = await dossierForDocuments(db, actor, data.applicationId, "dossier:read");
  if (!isUuid(data.letterId)) throw new AppError("NOT_FOUND");
  const letter = await db.letter.findFirst({
    where: { id: data.letterId, applicationId: dossier.id },
    select: { id: true, kind: true, locale: true, storageKey: true, sizeBytes: true, application: { select: { referenceNumber: true, createdBy: { select: { locale: true } } } } },
  });
  if (!letter) throw new AppError("NOT_FOUND");
  const content = await getStorage().get(letter.storageKey);
  if (!content) throw new Error(`the stored file of letter ${letter.id} is missing`);
  await recordAudit(db, { actor, action: "letter.read", entityType: "Application", entityId: dossier.id, outcome: "SUCCESS", metadata: { letterId: letter.id } });
  // The filer's language is the letter's own; another language of it says so in its name.
  const otherLanguage = letter.locale === letter.application.createdBy.locale ? null : letter.locale;
  return { fileName: letterFileName(letter.application.referenceNumber ?? "letter", letter.kind, otherLanguage), sizeBytes: letter.sizeBytes, content };
}
