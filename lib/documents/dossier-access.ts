import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierScopeSelect, dossierWhereForActor, type DossierScope, type Permission } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A dossier as read in the actor's scope (getDossier), with what the access decision reads. */
export type ScopedDossier = DossierScope & { id: string };

/**
 * The dossier of a document action, if the actor may do it: `asked` is its id, out of scope (or
 * malformed) is NOT_FOUND. Given the dossier a page has already read in the actor's scope, the same decision is
 * taken on it without reading it again.
 */
export async function dossierForDocuments(db: Db, actor: Actor, asked: string | ScopedDossier, permission: Permission) {
  if (typeof asked !== "string") {
    assertCan(actor, permission, asked);
    return asked;
  }
  if (!UUID.test(asked)) throw new AppError("NOT_FOUND");
  const dossier = await db.application.findFirst({
    where: { AND: [{ id: asked }, dossierWhereForActor(actor)] },
    select: { id: true, ...dossierScopeSelect(actor) },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  assertCan(actor, permission, dossier);
  return dossier;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Documents change only on a draft or for an open information request; a submitted file the database refuses to change as well. */
export function notDraft(): AppError {
  return new AppError("CONFLICT", { fieldErrors: [{ path: "file", message: "documents.errors.notDraft" }] });
}

/**
 * Which files of the dossier may change in its current status: a draft's own, or — while an
 * information request is open — the files of its answer, the only way a document joins a dossier
 * after submission (seed 000). `informationRequestId` is null for a draft. Anything else refuses.
 */
export async function changeableFiles(db: Db | Tx, applicationId: string, status: ApplicationStatus | null): Promise<{ informationRequestId: string | null }> {
  if (status === "DRAFT") return { informationRequestId: null };
  if (status === "ADDITIONAL_INFORMATION_REQUESTED") {
    const request = await db.additionalInformationRequest.findFirst({ where: { applicationId, status: "OPEN" }, select: { id: true } });
    if (request) return { informationRequestId: request.id };
  }
  throw notDraft();
}

/**
 * Locks the dossier's row until the transaction ends and answers its status then: an upload or a
 * deletion and a submission (or the draft's deletion) of the same dossier happen one after the
 * other, so no document lands on a submitted or deleted dossier. Call inside the transaction.
 */
export async function lockDossier(tx: Tx, applicationId: string): Promise<ApplicationStatus | null> {
  const rows = await tx.$queryRaw<{ status: ApplicationStatus }[]>`SELECT "status" FROM "Application" WHERE "id" = ${applicationId}::uuid FOR UPDATE`;
  return rows[0]?.status ?? null;
}

/** The bytes a dossier's documents take together, against its limit. */
export async function usedBytes(db: Db | Tx, applicationId: string): Promise<number> {
  const total = await db.document.aggregate({ where: { applicationId }, _sum: { sizeBytes: true } });
  return total._sum.sizeBytes ?? 0;
}
