import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { listImmigrationOfficeQueue, listRegionalQueue, QUEUE_PAGE_SIZE, type QueueFilters } from "@/lib/applications/list-dossiers";
import { dayToDate, type IsoDay } from "@/lib/dates";
import type { ApplicationStatus, PermitCategory } from "@/lib/generated/prisma/enums";
import { createCaseworker, createOrganisation, createUser } from "@/prisma/factories";

const db = getDb();
const passwordHash = "not-a-real-hash";
const today: IsoDay = "2026-03-10";

async function actorFor(userId: string): Promise<Actor> {
  const actor = await resolveActor(userId);
  if (!actor) throw new Error("no actor");
  return actor;
}

let walloon: Actor;
let walloonColleague: Actor;
let immigration: Actor;
let employerId: string;
let creatorId: string;
interface OurDossier {
  nextDeadlineOn: IsoDay | null;
  status: ApplicationStatus;
  category: PermitCategory;
  assignedToMe: boolean;
}
/** The dossiers this file made, by id. */
const ours = new Map<string, OurDossier>();

beforeAll(async () => {
  walloon = await actorFor((await createCaseworker(db, { region: "WALLOON_REGION", passwordHash })).id);
  walloonColleague = await actorFor((await createCaseworker(db, { region: "WALLOON_REGION", passwordHash })).id);
  immigration = await actorFor((await createCaseworker(db, { region: null, passwordHash })).id);
  const employer = await createOrganisation(db);
  employerId = employer.id;
  creatorId = (await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: employer.id })).id;
  // More than two pages, with deadlines shared by several dossiers (the id breaks the tie) and some without one.
  const rows = Array.from({ length: 2 * QUEUE_PAGE_SIZE + 7 }, (_, index): OurDossier => ({
    nextDeadlineOn: index % 9 === 0 ? null : `2026-03-${String(1 + (index % 20)).padStart(2, "0")}`,
    status: index % 3 === 0 ? "SUBMITTED" : index % 3 === 1 ? "ADMISSIBILITY_REVIEW" : "RESIDENCE_REVIEW",
    category: index % 2 === 0 ? "HIGHLY_SKILLED" : "RESEARCHER",
    assignedToMe: index % 4 === 1,
  }));
  for (const row of rows) {
    const created = await db.application.create({
      data: {
        type: "COMBINED_PERMIT_FIXED",
        employerId,
        filedById: employerId,
        createdById: creatorId,
        status: row.status,
        category: row.category,
        competentRegion: "WALLOON_REGION",
        submittedAt: new Date("2026-02-01T10:00:00Z"),
        nextDeadlineOn: row.nextDeadlineOn ? dayToDate(row.nextDeadlineOn) : null,
        assignedToId: row.assignedToMe ? walloon.userId : row.status === "SUBMITTED" ? null : walloonColleague.userId,
      },
      select: { id: true },
    });
    ours.set(created.id, row);
  }
});

afterAll(async () => {
  await db.$disconnect();
});

type Page = Awaited<ReturnType<typeof listRegionalQueue>>;

/** Every page of a queue, following the "next page" cursor as the link does. */
async function allPages(list: (cursor?: string) => Promise<Page>): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 20);
  return pages;
}

/** The sort key: the next deadline, none last, then the id. */
const key = (d: { nextDeadlineOn: Date | null; id: string }) => `${d.nextDeadlineOn ? d.nextDeadlineOn.toISOString().slice(0, 10) : "9999-99-99"}|${d.id}`;

const oursMatching = (matches: (row: OurDossier) => boolean) =>
  [...ours].filter(([, row]) => matches(row)).map(([id]) => id).sort();

async function regionalIds(filters: QueueFilters, actor = walloon) {
  const pages = await allPages((cursor) => listRegionalQueue({ actor, filters, cursor, today }));
  return pages.flatMap((page) => page.dossiers);
}

describe("[QUEUES] the regional queue", () => {
  it("pages by next deadline (none last) then id, 50 a page, each dossier once", async () => {
    const pages = await allPages((cursor) => listRegionalQueue({ actor: walloon, cursor, today }));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages.slice(0, -1)) expect(page.dossiers).toHaveLength(QUEUE_PAGE_SIZE);
    expect(pages.at(-1)!.nextCursor).toBeNull();
    const listed = pages.flatMap((page) => page.dossiers);
    const keys = listed.map(key);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(listed.map((d) => d.id)).size).toBe(listed.length);
    expect(listed.map((d) => d.id).filter((id) => ours.has(id)).sort()).toEqual([...ours.keys()].sort());
  });

  it("treats a malformed cursor as the first page", async () => {
    const first = await listRegionalQueue({ actor: walloon, today });
    expect((await listRegionalQueue({ actor: walloon, cursor: "not-a-cursor", today })).dossiers).toEqual(first.dossiers);
  });

  it("filters by status, category, assignment, and deadline due within a week or passed", async () => {
    const mine = (listed: { id: string }[]) => listed.map((d) => d.id).filter((id) => ours.has(id)).sort();

    const submitted = await regionalIds({ status: "SUBMITTED" });
    expect(submitted.every((d) => d.status === "SUBMITTED")).toBe(true);
    expect(mine(submitted)).toEqual(oursMatching((row) => row.status === "SUBMITTED"));

    const researchers = await regionalIds({ category: "RESEARCHER", status: "ADMISSIBILITY_REVIEW" });
    expect(mine(researchers)).toEqual(oursMatching((row) => row.category === "RESEARCHER" && row.status === "ADMISSIBILITY_REVIEW"));

    // Nobody else assigns dossiers to this caseworker: the filter returns exactly ours.
    expect((await regionalIds({ assignedToMe: true })).map((d) => d.id).sort()).toEqual(oursMatching((row) => row.assignedToMe));
    expect(await regionalIds({ assignedToMe: true }, walloonColleague)).toHaveLength(oursMatching((row) => !row.assignedToMe && row.status !== "SUBMITTED").length);

    const due = await regionalIds({ dueWithinWeek: true });
    expect(due.every((d) => d.nextDeadlineOn !== null && key(d) >= "2026-03-10" && key(d) < "2026-03-18")).toBe(true);
    expect(mine(due)).toEqual(oursMatching((row) => row.nextDeadlineOn !== null && row.nextDeadlineOn >= "2026-03-10" && row.nextDeadlineOn <= "2026-03-17"));

    const overdue = await regionalIds({ overdue: true });
    expect(mine(overdue)).toEqual(oursMatching((row) => row.nextDeadlineOn !== null && row.nextDeadlineOn < today));
    expect(overdue.every((d) => d.nextDeadlineOn !== null && d.nextDeadlineOn < dayToDate(today))).toBe(true);
  });

  it("shows another region's caseworker none of these dossiers", async () => {
    const flemish = await actorFor((await createCaseworker(db, { region: "FLEMISH_REGION", passwordHash })).id);
    expect((await regionalIds({}, flemish)).filter((d) => ours.has(d.id))).toEqual([]);
  });
});

describe("[QUEUES] the Immigration Office queue", () => {
  it("lists the dossiers awaiting a residence decision, by next deadline then id, page by page", async () => {
    const pages = await allPages((cursor) => listImmigrationOfficeQueue({ actor: immigration, cursor }));
    const listed = pages.flatMap((page) => page.dossiers);
    expect(listed.every((d) => d.status === "RESIDENCE_REVIEW")).toBe(true);
    const keys = listed.map(key);
    expect(keys).toEqual([...keys].sort());
    expect(listed.map((d) => d.id).filter((id) => ours.has(id)).sort()).toEqual(oursMatching((row) => row.status === "RESIDENCE_REVIEW"));
  });
});
