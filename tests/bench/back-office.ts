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
import { signInOverHttp } from "../support/http-session";
import { startNextServer } from "../support/next-server";
import { fillBackOffice } from "./back-office-fill";
import { benchPortalEnv, countStatements, openBenchDatabase, pageLoader, percentile, printPageTable, runBenchmark, timeRounds, type BenchPage } from "./bench-support";

const root = path.resolve(__dirname, "../..");
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 500_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 150);
const WARM_UP = 15;
const PORT = Number(process.env.BENCH_PORT ?? 3310);
/** How deep the deep keyset page is: this many "next page" links followed from the first page. */
const DEEP_PAGES = 50;
const GOAL = 1.5;

type Page = BenchPage<QueueFilters>;
type Load = (page: Page) => Promise<{ ms: number; html: string }>;

/** The cursor in a queue page's "next page" link, as the page rendered it. */
function nextCursorIn(html: string): string | null {
  const match = /href="[^"]*\/caseworker\?after=([^"&]+)"/.exec(html);
  return match ? decodeURIComponent(match[1]!) : null;
}

async function deepCursor(load: Load): Promise<string> {
  let cursor: string | null = null;
  for (let page = 0; page < DEEP_PAGES; page++) {
    const { html } = await load({ name: "walk", path: cursor ? `/en/caseworker?after=${encodeURIComponent(cursor)}` : "/en/caseworker", filters: {}, expect: "<table" });
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
    const load = pageLoader<QueueFilters>(server, await signInOverHttp(server.url, demoAccounts.caseworkerFlanders), QUEUE_FILTERS_COOKIE);
    const cursor = await deepCursor(load);
    const times = await timeRounds(ROUNDS, WARM_UP, (round) => pages(cursor, dossierIds[round % dossierIds.length]!), load);
    return { times, cursor };
  } finally {
    await server.stop();
  }
}

/** The SQL statements each page sends, from a portal logging them. */
async function countPageStatements(databaseUrl: string, pages: Page[]) {
  const server = await startNextServer({ cwd: root, port: PORT, env: benchPortalEnv(databaseUrl, true), readyPath: "/en/sign-in" });
  try {
    const load = pageLoader<QueueFilters>(server, await signInOverHttp(server.url, demoAccounts.caseworkerFlanders), QUEUE_FILTERS_COOKIE);
    return await countStatements(server, pages, load);
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
    const counts = await countPageStatements(database.url, pages(cursor, dossierIds[0]!));
    const terms = await timeTermsJob(database.url);
    console.log(`measured in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const names = pages(cursor, "").map((page) => page.name);
    console.log(`\nBack office with ${DOSSIERS.toLocaleString("en")} dossiers, ${ROUNDS} rounds (after ${WARM_UP} warm-up), signed in as the Flemish caseworker`);
    printPageTable(names, times, counts);
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

runBenchmark(main);
