import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { AppError } from "@/lib/errors/app-error";
import { dayToDate, type IsoDay } from "@/lib/dates";
import type { ApplicationStatus, Region } from "@/lib/generated/prisma/enums";
import { listNeedsAction, listWorkspaceDossiers, listWorkspaceExport, NAME_SEARCH_WORKERS_MAX, NEEDS_ACTION_COUNT_MAX, WORKSPACE_PAGE_SIZE, type WorkspaceGroup } from "@/lib/workspace/list-workspace";
import type { WorkspaceFilters } from "@/lib/workspace/workspace-filters";
import { createCaseworker, createOrganisation, createUser, grantMandate, uniqueStem } from "@/prisma/factories";

const db = getDb();
const passwordHash = "not-a-real-hash";
const today: IsoDay = "2026-03-10";
const stem = uniqueStem();

async function actorFor(userId: string): Promise<Actor> {
  const actor = await resolveActor(userId);
  if (!actor) throw new Error("no actor");
  return actor;
}

let mandatary: Actor;
let alphaActor: Actor;
let strangerActor: Actor;
let caseworker: Actor;
let alpha: { id: string; name: string; enterpriseNumber: string | null };
let beta: { id: string; name: string; enterpriseNumber: string | null };
let stranger: { id: string };
let authorityId: string;
let creatorId: string;
/** Every dossier this file made, by a name of the test's own. */
const named = new Map<string, string>();

interface DossierInput {
  name: string;
  employerId: string;
  filedById: string;
  status?: ApplicationStatus;
  region?: Region | null;
  worker?: [string, string];
  reference?: boolean;
  employmentEndDate?: IsoDay;
}

let counter = 0;
async function dossier(input: DossierInput): Promise<string> {
  counter += 1;
  const status = input.status ?? "SUBMITTED";
  const [givenNames, familyName] = input.worker ?? ["Given", `Family${counter}`];
  const worker = await db.worker.create({
    data: { employerId: input.employerId, givenNames, familyName, dateOfBirth: dayToDate("1990-01-01"), nationality: "IN", passportNumber: `P${stem}${counter}` },
  });
  const created = await db.application.create({
    data: {
      type: "COMBINED_PERMIT_FIXED",
      employerId: input.employerId,
      filedById: input.filedById,
      createdById: creatorId,
      status,
      workerId: worker.id,
      referenceNumber: status === "DRAFT" || input.reference === false ? null : `WIB-T${stem.toUpperCase()}-${String(counter).padStart(5, "0")}`,
      competentRegion: status === "DRAFT" ? null : (input.region ?? "FLEMISH_REGION"),
      submittedAt: status === "DRAFT" ? null : new Date("2026-02-01T10:00:00Z"),
      employmentEndDate: input.employmentEndDate ? dayToDate(input.employmentEndDate) : null,
    },
    select: { id: true },
  });
  named.set(input.name, created.id);
  return created.id;
}

const idOf = (name: string) => named.get(name)!;

beforeAll(async () => {
  authorityId = (await db.organisation.findFirstOrThrow({ where: { kind: "REGIONAL_AUTHORITY", region: "FLEMISH_REGION" } })).id;
  const mandataryOrg = await createOrganisation(db, { kind: "MANDATARY", name: `Secretariat ${stem}` });
  alpha = await createOrganisation(db, { name: `Alpha Bakery ${stem}` });
  beta = await createOrganisation(db, { name: `Beta Builders ${stem}` });
  stranger = await createOrganisation(db, { name: `Alpha Stranger ${stem}` });
  const alphaAdmin = await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: alpha.id });
  const betaAdmin = await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: beta.id });
  alphaActor = await actorFor(alphaAdmin.id);
  strangerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: stranger.id })).id);
  mandatary = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandataryOrg.id })).id);
  caseworker = await actorFor((await createCaseworker(db, { region: "FLEMISH_REGION", passwordHash })).id);
  creatorId = mandatary.userId;
  await grantMandate(db, { employerId: alpha.id, mandataryId: mandataryOrg.id, grantedById: alphaAdmin.id });
  await grantMandate(db, { employerId: beta.id, mandataryId: mandataryOrg.id, grantedById: betaAdmin.id });

  const m = mandataryOrg.id;
  // Alpha, filed by the mandatary: one of each kind that needs action, and some that do not.
  await dossier({ name: "alpha-request-open", employerId: alpha.id, filedById: m, status: "ADDITIONAL_INFORMATION_REQUESTED", worker: ["Arjun", "Mehta"] });
  await dossier({ name: "alpha-request-answered", employerId: alpha.id, filedById: m, status: "ADMISSIBILITY_REVIEW", region: "WALLOON_REGION" });
  await dossier({ name: "alpha-draft", employerId: alpha.id, filedById: m, status: "DRAFT", worker: ["Wei", "Li"] });
  await dossier({ name: "alpha-decided-recently", employerId: alpha.id, filedById: m, status: "WORK_PART_REFUSED", region: "BRUSSELS_CAPITAL_REGION" });
  await dossier({ name: "alpha-decided-long-ago", employerId: alpha.id, filedById: m, status: "INADMISSIBLE" });
  await dossier({ name: "alpha-permit-ending", employerId: alpha.id, filedById: m, status: "GRANTED", employmentEndDate: "2026-06-30", worker: ["Maria", "Santos Lima"] });
  await dossier({ name: "alpha-permit-ending-later", employerId: alpha.id, filedById: m, status: "GRANTED", employmentEndDate: "2026-08-01" });
  await dossier({ name: "alpha-permit-ended", employerId: alpha.id, filedById: m, status: "GRANTED", employmentEndDate: "2026-03-09" });
  await dossier({ name: "alpha-in-review-ending", employerId: alpha.id, filedById: m, status: "WORK_PART_REVIEW", employmentEndDate: "2026-05-01" });
  // Beta, filed by the mandatary.
  await dossier({ name: "beta-submitted", employerId: beta.id, filedById: m, status: "SUBMITTED", region: "WALLOON_REGION", worker: ["Arjun", "Kapoor"] });
  // The stranger's own dossiers, each of a kind that would need action: never the mandatary's, never Alpha's.
  await dossier({ name: "stranger-request-open", employerId: stranger.id, filedById: stranger.id, status: "ADDITIONAL_INFORMATION_REQUESTED", worker: ["Arjun", "Mehta"] });
  await dossier({ name: "stranger-draft", employerId: stranger.id, filedById: stranger.id, status: "DRAFT" });
  await dossier({ name: "stranger-decided", employerId: stranger.id, filedById: stranger.id, status: "WORK_PART_REFUSED" });
  await dossier({ name: "stranger-permit-ending", employerId: stranger.id, filedById: stranger.id, status: "GRANTED", employmentEndDate: "2026-05-01" });

  const request = (name: string, status: "OPEN" | "ANSWERED", dueOn: IsoDay) =>
    db.additionalInformationRequest.create({
      data: { applicationId: idOf(name), requestedById: caseworker.userId, message: "Please send the signed contract.", dueOn: dayToDate(dueOn), resumeStatus: "ADMISSIBILITY_REVIEW", status },
    });
  await request("alpha-request-open", "OPEN", "2026-03-20");
  await request("alpha-request-answered", "ANSWERED", "2026-03-05");
  await request("stranger-request-open", "OPEN", "2026-03-18");
  const decision = (name: string, decidedAt: string, kind: "ADMISSIBILITY" | "WORK_PART", outcome: "INADMISSIBLE" | "REFUSED") =>
    db.decision.create({ data: { applicationId: idOf(name), kind, outcome, authorityId, decidedAt: new Date(decidedAt), notifiedAt: new Date(decidedAt) } });
  await decision("alpha-decided-recently", "2026-02-20T09:00:00Z", "WORK_PART", "REFUSED");
  await decision("alpha-decided-long-ago", "2026-01-15T09:00:00Z", "ADMISSIBILITY", "INADMISSIBLE");
  await decision("stranger-decided", "2026-03-01T09:00:00Z", "WORK_PART", "REFUSED");
});

afterAll(async () => {
  await db.$disconnect();
});

const ours = (ids: Iterable<string>) => new Set([...ids].filter((id) => [...named.values()].includes(id)));
const namesOf = (ids: Iterable<string>) => [...ids].map((id) => [...named.entries()].find(([, value]) => value === id)?.[0] ?? id).sort();

async function allPages(actor: Actor, filters: WorkspaceFilters = {}) {
  const pages: { groups: WorkspaceGroup[] }[] = [];
  let cursor: string | undefined;
  do {
    const page = await listWorkspaceDossiers({ actor, filters, cursor });
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 100);
  return pages;
}

async function shownIds(actor: Actor, filters: WorkspaceFilters = {}) {
  const pages = await allPages(actor, filters);
  return pages.flatMap((page) => page.groups.flatMap((group) => group.dossiers.map((d) => d.id)));
}

describe("the workspace's needs-action list", () => {
  it("lists open information requests with their last day, drafts, recent decisions and permits ending within 4 months", async () => {
    const needs = await listNeedsAction({ actor: mandatary, today });
    expect(needs.informationRequests.items.map((item) => [item.dossier.id, item.dueOn.toISOString().slice(0, 10)])).toEqual([[idOf("alpha-request-open"), "2026-03-20"]]);
    expect(needs.informationRequests.count).toBe(1);
    expect(namesOf(needs.drafts.items.map((d) => d.id))).toEqual(["alpha-draft"]);
    expect(needs.decisions.items.map((item) => [item.dossier.id, item.kind, item.outcome])).toEqual([[idOf("alpha-decided-recently"), "WORK_PART", "REFUSED"]]);
    expect(namesOf(needs.permitsEnding.items.map((d) => d.id))).toEqual(["alpha-permit-ending"]);
  });

  it("counts a decision as received for 30 days, and a permit from today until 4 months on", async () => {
    const later = await listNeedsAction({ actor: mandatary, today: "2026-03-23" });
    expect(later.decisions.count).toBe(0);
    const earlier = await listNeedsAction({ actor: mandatary, today: "2026-01-20" });
    expect(namesOf(earlier.decisions.items.map((item) => item.dossier.id))).toEqual(["alpha-decided-long-ago"]);
    // From 1 April the permit ending on 1 August is within 4 months, and the one ending on 30 June still is.
    const april = await listNeedsAction({ actor: mandatary, today: "2026-04-01" });
    expect(namesOf(april.permitsEnding.items.map((d) => d.id))).toEqual(["alpha-permit-ending", "alpha-permit-ending-later"]);
  });

  it("shows the employer its own organisation's, and never another organisation's", async () => {
    const alphaNeeds = await listNeedsAction({ actor: alphaActor, today });
    expect(namesOf(alphaNeeds.informationRequests.items.map((item) => item.dossier.id))).toEqual(["alpha-request-open"]);
    expect(namesOf(alphaNeeds.permitsEnding.items.map((d) => d.id))).toEqual(["alpha-permit-ending"]);
    const strangerNeeds = await listNeedsAction({ actor: strangerActor, today });
    expect(namesOf(strangerNeeds.informationRequests.items.map((item) => item.dossier.id))).toEqual(["stranger-request-open"]);
    expect(namesOf(strangerNeeds.drafts.items.map((d) => d.id))).toEqual(["stranger-draft"]);
    expect(namesOf(strangerNeeds.decisions.items.map((item) => item.dossier.id))).toEqual(["stranger-decided"]);
    expect(namesOf(strangerNeeds.permitsEnding.items.map((d) => d.id))).toEqual(["stranger-permit-ending"]);
  });

  it("applies the search and filters too", async () => {
    const searched = await listNeedsAction({ actor: mandatary, today, filters: { search: "mehta" } });
    expect(searched.informationRequests.count).toBe(1);
    expect(searched.drafts.count + searched.decisions.count + searched.permitsEnding.count).toBe(0);
    const drafts = await listNeedsAction({ actor: mandatary, today, filters: { status: "DRAFT" } });
    expect([drafts.informationRequests.count, drafts.drafts.count, drafts.decisions.count, drafts.permitsEnding.count]).toEqual([0, 1, 0, 0]);
  });

  it("is the applicants' only: a caseworker is refused", async () => {
    await expect(listNeedsAction({ actor: caseworker, today })).rejects.toBeInstanceOf(AppError);
    await expect(listWorkspaceDossiers({ actor: caseworker })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listWorkspaceExport({ actor: caseworker })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the workspace's dossiers by client", () => {
  it("groups the mandatary's dossiers by client, clients by name, and shows no other organisation's", async () => {
    const [page] = await allPages(mandatary);
    expect(page!.groups.map((group) => group.client.name)).toEqual([alpha.name, beta.name]);
    expect(page!.groups[0]!.client.enterpriseNumber).toBe(alpha.enterpriseNumber);
    expect(namesOf(page!.groups[1]!.dossiers.map((d) => d.id))).toEqual(["beta-submitted"]);
    const ids = await shownIds(mandatary);
    expect(namesOf(ids).filter((name) => name.startsWith("stranger"))).toEqual([]);
    expect(ids).toHaveLength(10);
  });

  it("shows an employer its own organisation's dossiers only", async () => {
    const ids = await shownIds(alphaActor);
    expect(namesOf(ids).every((name) => name.startsWith("alpha-"))).toBe(true);
    expect(ids).toHaveLength(9);
    expect(namesOf(await shownIds(strangerActor))).toEqual(["stranger-decided", "stranger-draft", "stranger-permit-ending", "stranger-request-open"]);
  });

  it("finds a dossier by any part of its reference number, or by the worker's name in any case and order", async () => {
    const reference = (await db.application.findUniqueOrThrow({ where: { id: idOf("beta-submitted") } })).referenceNumber!;
    expect(namesOf(await shownIds(mandatary, { search: reference.slice(-9).toLowerCase() }))).toEqual(["beta-submitted"]);
    expect(namesOf(await shownIds(mandatary, { search: reference.toLowerCase() }))).toEqual(["beta-submitted"]);
    expect(namesOf(await shownIds(mandatary, { search: "ARJUN" }))).toEqual(["alpha-request-open", "beta-submitted"]);
    expect(namesOf(await shownIds(mandatary, { search: "mehta arjun" }))).toEqual(["alpha-request-open"]);
    expect(namesOf(await shownIds(mandatary, { search: "Santos Lima" }))).toEqual(["alpha-permit-ending"]);
    expect(await shownIds(mandatary, { search: "Nobody Atall" })).toEqual([]);
  });

  it("filters by client (name or enterprise number), status and region, combined", async () => {
    expect(namesOf(await shownIds(mandatary, { client: `beta builders ${stem}` }))).toEqual(["beta-submitted"]);
    const number = beta.enterpriseNumber!;
    const dotted = `${number.slice(0, 4)}.${number.slice(4, 7)}.${number.slice(7)}`;
    expect(namesOf(await shownIds(mandatary, { client: dotted }))).toEqual(["beta-submitted"]);
    expect(namesOf(await shownIds(mandatary, { status: "GRANTED" }))).toEqual(["alpha-permit-ended", "alpha-permit-ending", "alpha-permit-ending-later"]);
    expect(namesOf(await shownIds(mandatary, { region: "WALLOON_REGION" }))).toEqual(["alpha-request-answered", "beta-submitted"]);
    expect(namesOf(await shownIds(mandatary, { region: "WALLOON_REGION", client: "alpha" }))).toEqual(["alpha-request-answered"]);
    // The stranger's name starts like Alpha's: a client filter still never reaches beyond the scope.
    expect(namesOf(await shownIds(mandatary, { client: "Alpha" })).some((name) => name.startsWith("stranger"))).toBe(false);
    expect(namesOf(await shownIds(alphaActor, { client: "Stranger" }))).toEqual([]);
  });
});

describe("the workspace's keyset pages", () => {
  let pager: Actor;
  const made = new Set<string>();
  const clientNames = [`Zeta ${stem}`, `Eta ${stem}`, `Theta ${stem}`];

  beforeAll(async () => {
    const org = await createOrganisation(db, { kind: "MANDATARY" });
    pager = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: org.id })).id);
    // 2 pages and a bit, spread unevenly over three clients (one with a single dossier between two big ones).
    const sizes = [WORKSPACE_PAGE_SIZE + 3, 1, WORKSPACE_PAGE_SIZE];
    for (const [index, name] of clientNames.entries()) {
      const client = await createOrganisation(db, { name });
      await grantMandate(db, { employerId: client.id, mandataryId: org.id, grantedById: creatorId });
      for (let i = 0; i < sizes[index]!; i++) made.add(await dossier({ name: `page-${index}-${i}`, employerId: client.id, filedById: org.id }));
    }
  });

  it("walks every dossier once, clients by name and contiguous, each page full but the last", async () => {
    const pages = await allPages(pager);
    const sizes = pages.map((page) => page.groups.reduce((sum, group) => sum + group.dossiers.length, 0));
    expect(sizes).toEqual([WORKSPACE_PAGE_SIZE, WORKSPACE_PAGE_SIZE, made.size - 2 * WORKSPACE_PAGE_SIZE]);
    const rows = pages.flatMap((page) => page.groups.flatMap((group) => group.dossiers.map((d) => ({ id: d.id, client: group.client.name }))));
    expect(new Set(rows.map((row) => row.id))).toEqual(made);
    expect(rows).toHaveLength(made.size);
    const order = rows.map((row) => row.client).filter((client, index, all) => client !== all[index - 1]);
    expect(order).toEqual([...clientNames].sort());
    // Within a client, by id.
    for (const client of clientNames) {
      const ids = rows.filter((row) => row.client === client).map((row) => row.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it("neither repeats nor loses a dossier when one arrives between two pages", async () => {
    const first = await listWorkspaceDossiers({ actor: pager });
    const eta = await db.organisation.findFirstOrThrow({ where: { name: `Eta ${stem}` } });
    const org = (await db.membership.findFirstOrThrow({ where: { userId: pager.userId } })).organisationId;
    // A dossier of the first client (Eta), which sorts before the cursor: the next pages go on from
    // the cursor, so nothing is shown twice and nothing is skipped.
    const arrived = await dossier({ name: "page-arrived", employerId: eta.id, filedById: org });
    const rest = await shownIdsFrom(pager, first.nextCursor!);
    const seen = [...first.groups.flatMap((g) => g.dossiers.map((d) => d.id)), ...rest];
    expect(new Set(seen).size).toBe(seen.length);
    expect(ours(seen)).toEqual(made);
    expect(seen).not.toContain(arrived);
  });

  it("takes a malformed cursor for the first page", async () => {
    const first = await listWorkspaceDossiers({ actor: pager });
    const garbage = await listWorkspaceDossiers({ actor: pager, cursor: "'; DROP TABLE x; --" });
    expect(garbage.groups.map((g) => g.dossiers.map((d) => d.id))).toEqual(first.groups.map((g) => g.dossiers.map((d) => d.id)));
  });

  it("exports every page under the filters, clients by name", async () => {
    const exported = await listWorkspaceExport({ actor: pager });
    expect(exported.truncated).toBe(false);
    expect(new Set(exported.dossiers.map((d) => d.id))).toEqual(new Set(await shownIds(pager)));
    const clients = exported.dossiers.map((d) => d.employer?.name).filter((client, index, all) => client !== all[index - 1]);
    expect(clients).toEqual([...clientNames].sort());
    const filtered = await listWorkspaceExport({ actor: pager, filters: { client: `Theta ${stem}` } });
    expect(filtered.dossiers).toHaveLength(WORKSPACE_PAGE_SIZE);
    expect(namesOf((await listWorkspaceExport({ actor: mandatary })).dossiers.map((d) => d.id)).some((name) => name.startsWith("stranger"))).toBe(false);
  });
});

describe("a search by a word in more names than are looked up first", () => {
  const many = NAME_SEARCH_WORKERS_MAX + 10;
  let owner: Actor;

  beforeAll(async () => {
    const employer = await createOrganisation(db, { name: `Many Workers ${stem}` });
    owner = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: employer.id })).id);
    const workers = Array.from({ length: many }, (_, i) => ({ id: randomUUID(), familyName: `Commonname ${i}` }));
    await db.worker.createMany({
      data: workers.map((worker, i) => ({ ...worker, employerId: employer.id, givenNames: "Given", dateOfBirth: dayToDate("1990-01-01"), nationality: "IN", passportNumber: `M${stem}${i}` })),
    });
    await db.application.createMany({
      data: workers.map((worker) => ({ type: "COMBINED_PERMIT_FIXED" as const, employerId: employer.id, filedById: employer.id, createdById: creatorId, workerId: worker.id })),
    });
  });

  it("finds every dossier whose worker matches, past the workers looked up first and within them", async () => {
    // More workers match than the first lookup takes: the dossiers' workers are judged instead.
    const all = await listWorkspaceExport({ actor: owner, filters: { search: "commonNAME" } });
    expect(all.dossiers).toHaveLength(many);
    // Few match: found through the workers looked up first.
    const few = await listWorkspaceExport({ actor: owner, filters: { search: "commonname 100" } });
    expect(few.dossiers.map((d) => d.worker?.familyName).sort()).toEqual(["Commonname 100", "Commonname 1000", "Commonname 1001", "Commonname 1002", "Commonname 1003", "Commonname 1004", "Commonname 1005", "Commonname 1006", "Commonname 1007", "Commonname 1008", "Commonname 1009"]);
    expect((await listNeedsAction({ actor: owner, today, filters: { search: "commonname" } })).drafts.count).toBe(NEEDS_ACTION_COUNT_MAX + 1);
  });
});

async function shownIdsFrom(actor: Actor, cursor: string) {
  const ids: string[] = [];
  let next: string | undefined = cursor;
  while (next) {
    const page = await listWorkspaceDossiers({ actor, cursor: next });
    ids.push(...page.groups.flatMap((g) => g.dossiers.map((d) => d.id)));
    next = page.nextCursor ?? undefined;
  }
  return ids;
}

describe("the workspace's clients: their dossiers read by growing batches of clients, none whose mandate is not in force", () => {
  let secretariat: Actor;
  const made = new Set<string>();
  /** More clients than one page's batches (1, 4, 16, …) reach, each with a few dossiers. */
  const clientCount = 30;
  const perClient = 3;
  let endedClient: string;
  let futureClient: string;

  beforeAll(async () => {
    const org = await createOrganisation(db, { kind: "MANDATARY" });
    secretariat = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: org.id })).id);
    for (let c = 0; c < clientCount; c++) {
      const client = await createOrganisation(db, { name: `Small client ${stem} ${String(c).padStart(2, "0")}` });
      await grantMandate(db, { employerId: client.id, mandataryId: org.id, grantedById: creatorId });
      for (let i = 0; i < perClient; i++) made.add(await dossier({ name: `small-${c}-${i}`, employerId: client.id, filedById: org.id, status: i === 0 ? "DRAFT" : "SUBMITTED" }));
    }
    // Dossiers it filed for clients whose mandate ended, or starts only next year: never shown.
    const ended = await createOrganisation(db, { name: `Small client ${stem} 00 ended` });
    await grantMandate(db, { employerId: ended.id, mandataryId: org.id, grantedById: creatorId, status: "ENDED" });
    endedClient = await dossier({ name: "small-ended", employerId: ended.id, filedById: org.id });
    const future = await createOrganisation(db, { name: `Small client ${stem} 00 future` });
    await grantMandate(db, { employerId: future.id, mandataryId: org.id, grantedById: creatorId, validFrom: "2099-01-01" });
    futureClient = await dossier({ name: "small-future", employerId: future.id, filedById: org.id });
  });

  it("walks every dossier once, clients by name, each page full but the last", async () => {
    const pages = await allPages(secretariat);
    const sizes = pages.map((page) => page.groups.reduce((sum, group) => sum + group.dossiers.length, 0));
    expect(sizes).toEqual([WORKSPACE_PAGE_SIZE, clientCount * perClient - WORKSPACE_PAGE_SIZE]);
    const rows = pages.flatMap((page) => page.groups.flatMap((group) => group.dossiers.map((d) => ({ id: d.id, client: group.client.name }))));
    expect(rows.map((row) => row.id).sort()).toEqual([...made].sort());
    const order = rows.map((row) => row.client).filter((client, index, all) => client !== all[index - 1]);
    expect(order).toEqual([...order].sort());
    expect(order).toHaveLength(clientCount);
  });

  it("reads a filter that leaves one dossier per client across the batches, in order", async () => {
    const drafts = (await allPages(secretariat, { status: "DRAFT" })).flatMap((page) => page.groups);
    expect(drafts.map((group) => group.client.name)).toEqual(Array.from({ length: clientCount }, (_, c) => `Small client ${stem} ${String(c).padStart(2, "0")}`));
    expect(drafts.every((group) => group.dossiers.length === 1 && group.dossiers[0]!.status === "DRAFT")).toBe(true);
  });

  it("shows no client whose mandate ended or has not started, nor its dossiers", async () => {
    const ids = await shownIds(secretariat);
    expect(ids).not.toContain(endedClient);
    expect(ids).not.toContain(futureClient);
    const needsAction = await listNeedsAction({ actor: secretariat, today });
    expect(needsAction.drafts.count).toBe(clientCount);
  });
});
