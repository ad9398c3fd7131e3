/**
 * Benchmark (not a test): the back office with many dossiers (issue 10). Fills a fresh database
 * with BENCH_DOSSIERS submitted dossiers (default 500,000) across the four regions, runs the built
 * portal (`next start`) on it and measures over HTTP, signed in as the demo Flemish caseworker:
 * the regional queue's first page, a deep keyset page, the queue under each filter and a dossier
 * page, each as p50/p95 and as a ratio to the public start page measured in the same rounds
 * (goal ≤ 1.5×); then the SQL statements each page sends (Prisma's query log) and the terms job's
 * scan for due terms and one run of it.
 *
 *   flock /tmp/wib-heavy.lock npm run bench:back-office             (after `npm run build`)
 *   BENCH_DOSSIERS=20000 BENCH_ROUNDS=40 npm run bench:back-office   (a quick run)
 *   … -- --keep     keeps the filled database and prints its URL (for EXPLAIN by hand)
 *   BENCH_FILLED_DATABASE=<kept URL> …   measures a kept database again, after migrating it (a
 *                    change measured without filling anew; the terms job's earlier run has handled its batch)
 *
 * DATABASE_URL names the server to create the database on (a local one only); without it an
 * embedded PostgreSQL under .data/postgres-bench. BENCH_PORT (default 3310) is the portal's port.
 * A measurement: it prints and never fails on a number. See docs/decisions/back-office-benchmark.md.
 */
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { demoAccounts } from "../../prisma/demo-accounts";
import { QUEUE_FILTERS_COOKIE } from "../../app/[locale]/caseworker/queue-filters-cookie";
import type { QueueFilters } from "../../lib/applications/list-dossiers";
import { signInOverHttp, type CookieJar } from "../support/http-session";
import { startNextServer, type NextServer } from "../support/next-server";
import { fillBackOffice } from "./back-office-fill";
import { benchPortalEnv, openBenchDatabase, percentile } from "./bench-support";

const root = path.resolve(__dirname, "../..");
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 500_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 150);
const WARM_UP = 15;
const PORT = Number(process.env.BENCH_PORT ?? 3310);
/** How deep the deep keyset page is: this many "next page" links followed from the first page. */
const DEEP_PAGES = 50;
const GOAL = 1.5;

interface Page {
  name: string;
  path: string;
  /** Signed in as the Flemish caseworker, with these queue filters in their cookie; absent = anonymous. */
  filters?: QueueFilters;
  /** Text the page must contain, so that an error or empty page is not measured as a fast one. */
  expect: string;
}

function cookieFor(jar: CookieJar, filters: QueueFilters | undefined): string {
  const session = jar.header();
  return filters && Object.keys(filters).length > 0 ? `${session}; ${QUEUE_FILTERS_COOKIE}=${encodeURIComponent(JSON.stringify(filters))}` : session;
}

async function load(server: NextServer, jar: CookieJar, page: Page): Promise<{ ms: number; html: string }> {
  const started = performance.now();
  const response = await fetch(`${server.url}${page.path}`, { redirect: "manual", headers: page.filters ? { cookie: cookieFor(jar, page.filters) } : {} });
  const html = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200 || !html.includes(page.expect)) throw new Error(`${page.path} answered ${response.status} without "${page.expect}":\n${server.log().split("\n").slice(-20).join("\n")}`);
  return { ms, html };
}

/** The cursor in a queue page's "next page" link, as the page rendered it. */
function nextCursorIn(html: string): string | null {
  const match = /href="[^"]*\/caseworker\?after=([^"&]+)"/.exec(html);
  return match ? decodeURIComponent(match[1]!) : null;
}

async function deepCursor(server: NextServer, jar: CookieJar): Promise<string> {
  let cursor: string | null = null;
  for (let page = 0; page < DEEP_PAGES; page++) {
    const { html } = await load(server, jar, { name: "walk", path: cursor ? `/en/caseworker?after=${encodeURIComponent(cursor)}` : "/en/caseworker", filters: {}, expect: "<table" });
    cursor = nextCursorIn(html);
    if (!cursor) throw new Error(`the queue ended after ${page + 1} pages`);
  }
  return cursor!;
}

/** Dossiers of the Flemish queue under examination of the work part, for the dossier page (a different one each round). */
async function flemishDossiers(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT "id" FROM "Application" WHERE "competentRegion" = 'FLEMISH_REGION' AND "status" = 'WORK_PART_REVIEW' ORDER BY "referenceNumber" LIMIT 50`,
    );
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

async function measurePages(databaseUrl: string, pages: (cursor: string, dossierId: string) => Page[], dossierIds: string[]) {
  const server = await startNextServer({ cwd: root, port: PORT, env: benchPortalEnv(databaseUrl, false), readyPath: "/en/sign-in" });
  try {
    const jar = await signInOverHttp(server.url, demoAccounts.caseworkerFlanders);
    const cursor = await deepCursor(server, jar);
    const times = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS + WARM_UP; round++) {
      // Every round visits every page, in an order that rotates, so that drift hits all alike.
      const roundPages = pages(cursor, dossierIds[round % dossierIds.length]!);
      for (let i = 0; i < roundPages.length; i++) {
        const page = roundPages[(i + round) % roundPages.length]!;
        const { ms } = await load(server, jar, page);
        if (round >= WARM_UP) times.set(page.name, [...(times.get(page.name) ?? []), ms]);
      }
    }
    return { times, cursor };
  } finally {
    await server.stop();
  }
}

/** The SQL statements each page sends, from a portal logging them; those on the session and account tables resolve the signed-in user. */
async function countStatements(databaseUrl: string, pages: Page[]) {
  const server = await startNextServer({ cwd: root, port: PORT, env: benchPortalEnv(databaseUrl, true), readyPath: "/en/sign-in" });
  try {
    const jar = await signInOverHttp(server.url, demoAccounts.caseworkerFlanders);
    const counts = new Map<string, { all: number; user: number }>();
    for (const page of pages) {
      await load(server, jar, page); // warm: the counted load is a steady one
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = server.log().length;
      await load(server, jar, page);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const statements = server.log().slice(before).split("\n").filter((line) => line.includes("prisma:query"));
      const user = statements.filter((line) => /FROM "public"\."(Session|User|Membership|Worker|Organisation)"|UPDATE "public"\."Session"/.test(line) && !/"Application"/.test(line));
      counts.set(page.name, { all: statements.length, user: user.length });
    }
    return counts;
  } finally {
    await server.stop();
  }
}

async function timeTermsJob(databaseUrl: string) {
  // lib/db.ts reads DATABASE_URL on first use: point it at the bench database before importing.
  process.env.DATABASE_URL = databaseUrl;
  const { getDb } = await import("../../lib/db");
  const { findPassedTerms, handlePassedTerms } = await import("../../lib/dossier-life/handle-passed-terms");
  const { addDays, dayInBelgium, dayToDate } = await import("../../lib/dates");
  // Noon the day after tomorrow: the terms ending today and tomorrow have passed.
  const clock = new Date(dayToDate(addDays(dayInBelgium(), 2)).getTime() + 12 * 3_600_000);
  const scans: number[] = [];
  let found = 0;
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    found = (await findPassedTerms(clock)).length;
    if (i >= 5) scans.push(performance.now() - started);
  }
  const due = await getDb().applicationTerm.count({
    where: { closedAt: null, passedHandledAt: null, kind: { in: ["ADDITIONAL_INFORMATION_ANSWER", "DECISION_ON_MERITS"] }, endsOn: { lt: dayToDate(addDays(dayInBelgium(), 2)) } },
  });
  const started = performance.now();
  const report = await handlePassedTerms(clock);
  const runMs = performance.now() - started;
  await getDb().$disconnect();
  return { clock, due, found, scans, runMs, report };
}

async function main(): Promise<void> {
  const keep = process.argv.includes("--keep");
  const filled = process.env.BENCH_FILLED_DATABASE;
  const database = await openBenchDatabase({ dataDir: ".data/postgres-bench", port: 54334 }, filled);
  try {
    let started = performance.now();
    await migrateDatabase(database.url);
    if (!filled) {
      console.log(`Filling ${DOSSIERS.toLocaleString("en")} dossiers into ${new URL(database.url).pathname.slice(1)} …`);
      process.env.DATABASE_URL = database.url;
      const { seedDemoData } = await import("../../prisma/seed-demo");
      await seedDemoData();
      await fillBackOffice(database.url, DOSSIERS);
      console.log(`filled in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }

    const dossierIds = await flemishDossiers(database.url);
    const pages = (cursor: string, dossierId: string): Page[] => [
      { name: "start page (public)", path: "/en", expect: "<h1" },
      { name: "queue, first page", path: "/en/caseworker", filters: {}, expect: "<table" },
      { name: `queue, page ${DEEP_PAGES + 1} (keyset)`, path: `/en/caseworker?after=${encodeURIComponent(cursor)}`, filters: {}, expect: "<table" },
      { name: "queue, status filter", path: "/en/caseworker", filters: { status: "WORK_PART_REVIEW" }, expect: "<table" },
      { name: "queue, category filter", path: "/en/caseworker", filters: { category: "RESEARCHER" }, expect: "<table" },
      { name: "queue, due within a week", path: "/en/caseworker", filters: { dueWithinWeek: true }, expect: "<table" },
      { name: "queue, overdue", path: "/en/caseworker", filters: { overdue: true }, expect: "<table" },
      { name: "queue, assigned to me", path: "/en/caseworker", filters: { assignedToMe: true }, expect: "<table" },
      { name: "queue, three filters", path: "/en/caseworker", filters: { status: "WORK_PART_REVIEW", category: "HIGHLY_SKILLED", assignedToMe: true }, expect: "<table" },
      { name: "dossier page", path: `/en/dossiers/${dossierId}`, filters: {}, expect: "WIB-BENCH-" },
    ];
    started = performance.now();
    const { times, cursor } = await measurePages(database.url, pages, dossierIds);
    const counts = await countStatements(database.url, pages(cursor, dossierIds[0]!));
    const terms = await timeTermsJob(database.url);
    console.log(`measured in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const names = pages(cursor, "").map((page) => page.name);
    const start = times.get(names[0]!)!;
    const width = Math.max(...names.map((name) => name.length));
    console.log(`\nBack office with ${DOSSIERS.toLocaleString("en")} dossiers, ${ROUNDS} rounds (after ${WARM_UP} warm-up), signed in as the Flemish caseworker`);
    console.log(`${"page".padEnd(width)}     p50 ms    p95 ms   p50 ×   p95 ×   SQL (user)`);
    for (const name of names) {
      const values = times.get(name)!;
      const count = counts.get(name)!;
      console.log(
        `${name.padEnd(width)}  ${percentile(values, 50).toFixed(1).padStart(8)}  ${percentile(values, 95).toFixed(1).padStart(8)}  ` +
          `${(percentile(values, 50) / percentile(start, 50)).toFixed(2).padStart(5)}×  ${(percentile(values, 95) / percentile(start, 95)).toFixed(2).padStart(5)}×   ${count.all} (${count.user})`,
      );
    }
    console.log(`goal: ≤ ${GOAL}× the start page`);
    console.log(
      `\nTerms job at ${terms.clock.toISOString()}: ${terms.due} terms due; scan (first ${terms.found}) p50 ${percentile(terms.scans, 50).toFixed(2)} ms, ` +
        `p95 ${percentile(terms.scans, 95).toFixed(2)} ms; one run ${(terms.runMs / 1000).toFixed(2)} s → ${JSON.stringify(terms.report)}`,
    );
    if (keep || filled) console.log(`\nkept: ${database.url}`);
  } finally {
    await database.stop(keep);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
