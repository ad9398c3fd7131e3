import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor } from "@/lib/auth/authorization";

const dossierSummary = {
  id: true,
  referenceNumber: true,
  status: true,
  type: true,
  competentRegion: true,
  submittedAt: true,
  updatedAt: true,
  employer: { select: { name: true } },
  worker: { select: { givenNames: true, familyName: true } },
} satisfies Prisma.ApplicationSelect;

/** The applicant's (employer's, mandatary's or worker's) dossiers, newest first. */
export async function listOwnDossiers({ actor }: { actor: Actor }) {
  assertCan(actor, "dossier:read");
  return getDb().application.findMany({
    where: dossierWhereForActor(actor),
    select: dossierSummary,
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
}

/** A regional service's queue: the dossiers routed to the caseworker's region, oldest submission first. */
export async function listRegionalQueue({ actor }: { actor: Actor }) {
  assertCan(actor, "queue:regional");
  return getDb().application.findMany({
    where: dossierWhereForActor(actor),
    select: dossierSummary,
    orderBy: { submittedAt: "asc" },
    take: 200,
  });
}

/** The Immigration Office's queue: dossiers whose work part the region has granted. */
export async function listImmigrationOfficeQueue({ actor }: { actor: Actor }) {
  assertCan(actor, "queue:immigration-office");
  return getDb().application.findMany({
    where: { AND: [dossierWhereForActor(actor), { status: "RESIDENCE_REVIEW" }] },
    select: dossierSummary,
    orderBy: { updatedAt: "asc" },
    take: 200,
  });
}

export type DossierSummary = Awaited<ReturnType<typeof listOwnDossiers>>[number];
