import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, addMonths, dayInBelgium, dayToDate, type IsoDay } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor } from "@/lib/auth/authorization";
import { dossierSummary } from "@/lib/applications/list-dossiers";
import type { WorkspaceFilters } from "./workspace-filters";

/** A page of the dossiers by client: at most this many dossiers, the next ones behind a cursor. */
export const WORKSPACE_PAGE_SIZE = 50;
/** Each kind of "needs action" shows at most this many dossiers (the count says how many there are). */
export const NEEDS_ACTION_SHOWN = 10;
/**
 * Each kind counts its dossiers up to this many, then says "more than": an exact count of
 * thousands would read them all on every visit (tests/bench/workspace.ts), to tell a number no one acts on.
 */
export const NEEDS_ACTION_COUNT_MAX = 100;
/** Decisions count as just received for this many days. */
export const RECENT_DECISION_DAYS = 30;
/** A permit whose end falls within this many months needs its renewal prepared. */
export const PERMIT_ENDING_MONTHS = 4;
/** The CSV export holds at most this many dossiers (the page says so when there are more). */
export const WORKSPACE_EXPORT_MAX = 10_000;

export const workspaceDossierSelect = {
  ...dossierSummary,
  employmentEndDate: true,
  employerId: true,
  employer: { select: { name: true, enterpriseNumber: true } },
} satisfies Prisma.ApplicationSelect;

export type WorkspaceDossier = Prisma.ApplicationGetPayload<{ select: typeof workspaceDossierSelect }>;

const insensitive = (value: string) => ({ contains: value, mode: "insensitive" as const });
/** A whole reference number (WIB-2026-000123), as lib/applications/reference-number.ts gives them. */
const wholeReference = /^WIB-[A-Z0-9]+-\d{5,}$/i;
/**
 * A search by name first looks up at most this many matching workers of the actor's dossiers; when
 * more match (a word in nearly every name), it judges each dossier's worker instead.
 */
export const NAME_SEARCH_WORKERS_MAX = 1_000;

/**
 * The search as a query condition: a reference number (any part of it) or the worker's name (every
 * word in the given names or the family name). The workers whose names match are found first, by
 * the trigram indexes on their names, among those of the actor's dossiers; the dossiers are then
 * those of these workers — a condition on the dossier itself, which PostgreSQL can combine with the
 * reference number's trigram index. Asked of the dossiers directly (`worker: { … }`), the name was
 * a join that read every dossier of the actor (seconds at 200,000 dossiers).
 */
async function searchWhere(actor: Actor, search: string): Promise<Prisma.ApplicationWhereInput> {
  // A whole reference number names one dossier: found by its unique index, not by reading every name.
  if (wholeReference.test(search)) return { referenceNumber: search.toUpperCase() };
  const words = search.split(/\s+/).filter(Boolean);
  const nameMatches = words.map((word) => ({ OR: [{ givenNames: insensitive(word) }, { familyName: insensitive(word) }] }));
  const workers = await getDb().worker.findMany({
    where: { AND: [...nameMatches, { applications: { some: dossierWhereForActor(actor) } }] },
    select: { id: true },
    take: NAME_SEARCH_WORKERS_MAX + 1,
  });
  const byName: Prisma.ApplicationWhereInput =
    workers.length > NAME_SEARCH_WORKERS_MAX ? { AND: nameMatches.map((match) => ({ worker: match })) } : { workerId: { in: workers.map((worker) => worker.id) } };
  return { OR: [{ referenceNumber: insensitive(search) }, byName] };
}

/**
 * The filters as query conditions: the search (searchWhere); the client, its name or its
 * enterprise number (dots and spaces ignored, from its first digit on); the status; the region.
 */
export async function workspaceFiltersWhere(actor: Actor, filters: WorkspaceFilters): Promise<Prisma.ApplicationWhereInput[]> {
  const where: Prisma.ApplicationWhereInput[] = [];
  if (filters.search) where.push(await searchWhere(actor, filters.search));
  if (filters.client) {
    const digits = filters.client.replace(/[\s.]/g, "");
    where.push({ employer: { OR: [{ name: insensitive(filters.client) }, ...(/^\d+$/.test(digits) ? [{ enterpriseNumber: { startsWith: digits } }] : [])] } });
  }
  if (filters.status) where.push({ status: filters.status });
  if (filters.region) where.push({ competentRegion: filters.region });
  return where;
}

/** The actor's dossiers under the filters: the one scope of the authorization module, narrowed. */
async function scopedWhere(actor: Actor, filters: WorkspaceFilters): Promise<Prisma.ApplicationWhereInput[]> {
  return [dossierWhereForActor(actor), ...(await workspaceFiltersWhere(actor, filters))];
}

/**
 * What needs the applicant's action, each kind with how many there are and the most pressing
 * first (docs/decisions/applicant-workspace.md):
 * - information requests still open, with their last day (the nearest first);
 * - drafts not submitted yet (the last changed first);
 * - decisions taken in the last 30 days (the newest first);
 * - granted permits whose employment ends within 4 months: the permit is granted for the
 *   employment's duration, so a renewal is due before that day (the nearest first).
 * The filters apply here too, so what is shown is what the filters let through. A count past
 * NEEDS_ACTION_COUNT_MAX stops there (NEEDS_ACTION_COUNT_MAX + 1 means "more than that").
 */
export async function listNeedsAction({ actor, filters = {}, today = dayInBelgium() }: { actor: Actor; filters?: WorkspaceFilters; today?: IsoDay }) {
  assertCan(actor, "workspace:read");
  const db = getDb();
  const dossiers = await scopedWhere(actor, filters);
  const inScope: Prisma.ApplicationWhereInput = { AND: dossiers };
  // Each kind is one query, read in the order shown along one index and stopped after the count's
  // limit: its number of rows is the count (a separate COUNT with a limit made PostgreSQL walk the
  // primary key instead). Only ids and dates are read there; the dossiers shown are read after, at once.
  const take = NEEDS_ACTION_COUNT_MAX + 1;
  const [requests, drafts, decisions, permits] = await Promise.all([
    db.additionalInformationRequest.findMany({
      where: { status: "OPEN", application: inScope },
      select: { id: true, dueOn: true, applicationId: true },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take,
    }),
    db.application.findMany({ where: { AND: [...dossiers, { status: "DRAFT" }] }, select: { id: true }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take }),
    db.decision.findMany({
      where: { decidedAt: { gte: dayToDate(addDays(today, -RECENT_DECISION_DAYS)), lt: dayToDate(addDays(today, 1)) }, application: inScope },
      select: { id: true, kind: true, outcome: true, decidedAt: true, applicationId: true },
      orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
      take,
    }),
    db.application.findMany({
      where: { AND: [...dossiers, { status: "GRANTED", employmentEndDate: { gte: dayToDate(today), lte: dayToDate(addMonths(today, PERMIT_ENDING_MONTHS)) } }] },
      select: { id: true },
      orderBy: [{ employmentEndDate: "asc" }, { id: "asc" }],
      take,
    }),
  ]);
  const shown = <T>(rows: T[]) => rows.slice(0, NEEDS_ACTION_SHOWN);
  const ids = [
    ...shown(requests).map((request) => request.applicationId),
    ...shown(drafts).map((draft) => draft.id),
    ...shown(decisions).map((decision) => decision.applicationId),
    ...shown(permits).map((permit) => permit.id),
  ];
  // Within the scope again: what the first queries found is only read as the actor may see it.
  const found = ids.length === 0 ? [] : await db.application.findMany({ where: { AND: [{ id: { in: [...new Set(ids)] } }, dossierWhereForActor(actor)] }, select: workspaceDossierSelect });
  const byId = new Map(found.map((dossier) => [dossier.id, dossier]));
  const withDossier = <T>(rows: T[], idOf: (row: T) => string) =>
    shown(rows).flatMap((row) => {
      const dossier = byId.get(idOf(row));
      return dossier ? [{ ...row, dossier }] : [];
    });
  return {
    informationRequests: { count: requests.length, items: withDossier(requests, (request) => request.applicationId) },
    drafts: { count: drafts.length, items: withDossier(drafts, (draft) => draft.id).map((row) => row.dossier) },
    decisions: { count: decisions.length, items: withDossier(decisions, (decision) => decision.applicationId) },
    permitsEnding: { count: permits.length, items: withDossier(permits, (permit) => permit.id).map((row) => row.dossier) },
  };
}

export type NeedsAction = Awaited<ReturnType<typeof listNeedsAction>>;

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const cursorPattern = new RegExp(`^(${uuid})_(${uuid})$`, "i");

/** Where a page ends: the last dossier's client and id, as one string for the "next page" link. */
export function encodeWorkspaceCursor(last: { employerId: string; id: string }): string {
  return `${last.employerId}_${last.id}`;
}

export interface WorkspaceGroup {
  client: { id: string; name: string; enterpriseNumber: string | null };
  dossiers: WorkspaceDossier[];
}

/**
 * The clients' dossiers are read for one client first (on a page without filters it fills the
 * page), then for this many times more clients at each further step: a filter that leaves a few
 * dossiers per client reads 17 clients in 3 statements, not 17.
 */
const CLIENTS_STEP_GROWTH = 4;

/**
 * A page of the actor's dossiers grouped by client: clients by name, each client's dossiers in a
 * stable order (by id). Keyset pagination: the cursor names the last client and dossier shown, and
 * a page is what sorts after them, so dossiers arriving meanwhile neither repeat nor vanish.
 *
 * Two steps, each reading an index in order and stopping early: the clients that have a dossier
 * under the filters, by name, from the cursor's client on (each has at least one, so the page
 * needs no more of them than it has rows); then those clients' dossiers, for one client,
 * then for growing batches of clients (each client's first ones, one statement per batch), until
 * the page is full. One query ordered by the client's name would sort every dossier first.
 */
export async function listWorkspaceDossiers({ actor, filters = {}, cursor }: { actor: Actor; filters?: WorkspaceFilters; cursor?: string }) {
  assertCan(actor, "workspace:read");
  const db = getDb();
  const dossiers = await scopedWhere(actor, filters);
  const [, cursorClientId, cursorDossierId] = (cursor ? cursorPattern.exec(cursor) : null) ?? [];
  // A malformed cursor, or one naming a client the actor no longer sees, is the first page.
  const cursorClient = cursorClientId ? await db.organisation.findUnique({ where: { id: cursorClientId }, select: { id: true, name: true } }) : null;
  const take = WORKSPACE_PAGE_SIZE + 1;
  const clients = await db.organisation.findMany({
    where: {
      AND: [
        { applicationsAsEmployer: { some: { AND: dossiers } } },
        cursorClient ? { OR: [{ name: { gt: cursorClient.name } }, { name: cursorClient.name, id: { gte: cursorClient.id } }] } : {},
      ],
    },
    select: { id: true, name: true, enterpriseNumber: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    // The cursor's client may have nothing left after the cursor: one client more.
    take: take + 1,
  });
  // Of the cursor's client, only the dossiers after the cursor's.
  const afterCursor: Prisma.ApplicationWhereInput =
    cursorClient && cursorDossierId ? { OR: [{ employerId: { not: cursorClient.id } }, { id: { gt: cursorDossierId } }] } : {};
  const groups: WorkspaceGroup[] = [];
  let rows = 0;
  for (let next = 0, batch = 1; next < clients.length && rows < take; next += batch, batch *= CLIENTS_STEP_GROWTH) {
    const batchClients = clients.slice(next, next + batch);
    const found = await db.organisation.findMany({
      where: { id: { in: batchClients.map((client) => client.id) } },
      select: { id: true, applicationsAsEmployer: { where: { AND: [...dossiers, afterCursor] }, select: workspaceDossierSelect, orderBy: { id: "asc" }, take: take - rows } },
    });
    const byClient = new Map(found.map((client) => [client.id, client.applicationsAsEmployer]));
    for (const client of batchClients) {
      const clientDossiers = (byClient.get(client.id) ?? []).slice(0, take - rows);
      if (clientDossiers.length > 0) groups.push({ client, dossiers: clientDossiers });
      rows += clientDossiers.length;
    }
  }
  // The page's rows without the one read ahead to know whether there is a next page.
  let shown = 0;
  const page: WorkspaceGroup[] = [];
  for (const group of groups) {
    const room = WORKSPACE_PAGE_SIZE - shown;
    if (room <= 0) break;
    page.push({ ...group, dossiers: group.dossiers.slice(0, room) });
    shown += Math.min(room, group.dossiers.length);
  }
  const lastGroup = page.at(-1);
  const last = lastGroup?.dossiers.at(-1);
  return { groups: page, nextCursor: rows > WORKSPACE_PAGE_SIZE && lastGroup && last ? encodeWorkspaceCursor({ employerId: lastGroup.client.id, id: last.id }) : null };
}

/**
 * Every dossier the workspace shows under the filters (all pages, clients by name), for the CSV
 * export; at most WORKSPACE_EXPORT_MAX, and whether more were left out.
 */
export async function listWorkspaceExport({ actor, filters = {} }: { actor: Actor; filters?: WorkspaceFilters }) {
  assertCan(actor, "workspace:read");
  const rows = await getDb().application.findMany({
    where: { AND: await scopedWhere(actor, filters) },
    select: workspaceDossierSelect,
    orderBy: [{ employer: { name: "asc" } }, { employerId: "asc" }, { id: "asc" }],
    take: WORKSPACE_EXPORT_MAX + 1,
  });
  return { dossiers: rows.slice(0, WORKSPACE_EXPORT_MAX), truncated: rows.length > WORKSPACE_EXPORT_MAX };
}
