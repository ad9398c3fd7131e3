import { z } from "@/lib/forms/zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApplicationStatus, PermitCategory } from "@/lib/generated/prisma/enums";
import { addDays, dateToDay, dayInBelgium, dayToDate, type IsoDay } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor } from "@/lib/auth/authorization";

/** What a list of dossiers shows of each (the applicant's workspace adds to it). */
export const dossierSummary = {
  id: true,
  referenceNumber: true,
  status: true,
  type: true,
  competentRegion: true,
  submittedAt: true,
  updatedAt: true,
  nextDeadlineOn: true,
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

/** A queue's page: at most this many dossiers, the next ones behind a cursor. */
export const QUEUE_PAGE_SIZE = 50;

/** What a caseworker narrows the regional queue to; every filter is optional and they combine. */
export const queueFiltersSchema = z.object({
  status: z.enum(ApplicationStatus).optional().catch(undefined),
  category: z.enum(PermitCategory).optional().catch(undefined),
  dueWithinWeek: z.boolean().optional().catch(undefined),
  overdue: z.boolean().optional().catch(undefined),
  assignedToMe: z.boolean().optional().catch(undefined),
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;

/**
 * Where a page of a queue ends: the last dossier's next deadline ("" for none) and id, as one
 * string for a "next page" link. Keyset pagination: a page is found by what sorts after the
 * cursor, so dossiers arriving meanwhile neither repeat nor vanish between pages.
 */
export function encodeQueueCursor(last: { nextDeadlineOn: Date | null; id: string }): string {
  return `${last.nextDeadlineOn ? dateToDay(last.nextDeadlineOn) : ""}_${last.id}`;
}

const cursorPattern = /^(\d{4}-\d{2}-\d{2})?_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function filtersWhere(actor: Actor, filters: QueueFilters, today: IsoDay): Prisma.ApplicationWhereInput[] {
  const where: Prisma.ApplicationWhereInput[] = [];
  if (filters.status) where.push({ status: filters.status });
  if (filters.category) where.push({ category: filters.category });
  if (filters.dueWithinWeek) where.push({ nextDeadlineOn: { gte: dayToDate(today), lte: dayToDate(addDays(today, 7)) } });
  if (filters.overdue) where.push({ nextDeadlineOn: { lt: dayToDate(today) } });
  if (filters.assignedToMe) where.push({ assignedToId: actor.userId });
  return where;
}

/**
 * A queue's page, by next deadline (none last) then id. Each query is one range of an index on
 * (scope, nextDeadlineOn, id), read in order and stopped after the page: after a cursor with a
 * deadline, the dossiers from that day on (those of that day up to the cursor's id are skipped),
 * then — when they do not fill the page — the dossiers without a deadline; after a cursor without
 * one, only those. An OR of the three in one query would make PostgreSQL read every dossier before
 * the cursor again on each page.
 */
async function queuePage(where: Prisma.ApplicationWhereInput[], cursor: string | undefined) {
  const take = QUEUE_PAGE_SIZE + 1;
  const find = (after: Prisma.ApplicationWhereInput, count: number) =>
    getDb().application.findMany({
      where: { AND: [...where, after] },
      select: dossierSummary,
      orderBy: [{ nextDeadlineOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: count,
    });
  // A malformed cursor is the first page.
  const [, day, id] = (cursor ? cursorPattern.exec(cursor) : null) ?? [];
  let rows: Awaited<ReturnType<typeof find>>;
  if (!id) rows = await find({}, take);
  else if (!day) rows = await find({ nextDeadlineOn: null, id: { gt: id } }, take);
  else {
    const deadline = dayToDate(day);
    rows = await find({ nextDeadlineOn: { gte: deadline }, OR: [{ nextDeadlineOn: { gt: deadline } }, { id: { gt: id } }] }, take);
    if (rows.length < take) rows = [...rows, ...(await find({ nextDeadlineOn: null }, take - rows.length))];
  }
  const dossiers = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = dossiers.at(-1);
  return { dossiers, nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? encodeQueueCursor(last) : null };
}

/** A regional service's queue: the dossiers routed to the caseworker's region, the nearest deadline first. */
export async function listRegionalQueue({ actor, filters = {}, cursor, today = dayInBelgium() }: { actor: Actor; filters?: QueueFilters; cursor?: string; today?: IsoDay }) {
  assertCan(actor, "queue:regional");
  return queuePage([dossierWhereForActor(actor), ...filtersWhere(actor, filters, today)], cursor);
}

/** The Immigration Office's queue: dossiers of every region whose work part was granted, the nearest deadline first. */
export async function listImmigrationOfficeQueue({ actor, cursor }: { actor: Actor; cursor?: string }) {
  assertCan(actor, "queue:immigration-office");
  return queuePage([dossierWhereForActor(actor), { status: "RESIDENCE_REVIEW" }], cursor);
}

export type DossierSummary = Awaited<ReturnType<typeof listOwnDossiers>>[number];

/** The legal terms still running on a dossier, the nearest last day first (its extension when there is one). */
export async function listOpenTerms({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  assertCan(actor, "dossier:read");
  return getDb().applicationTerm.findMany({
    where: { applicationId, closedAt: null, application: dossierWhereForActor(actor) },
    select: { id: true, kind: true, startsOn: true, endsOn: true, endsOnBeforeMove: true, extendedUntil: true, extensionReason: true },
    orderBy: [{ endsOn: "asc" }, { id: "asc" }],
  });
}

export type OpenTerm = Awaited<ReturnType<typeof listOpenTerms>>[number];
