/**
 * Benchmark (not a test): the mandatary's workspace with many clients (issue 11). Fills a fresh
 * database with the demo data, BENCH_OTHER_DOSSIERS dossiers of other employers (the back-office
 * fill, default 100,000: the rest of the single window, so that the indexes are not the
 * mandatary's alone) and BENCH_CLIENTS client employers (default 2,000) with mandates for the demo
 * mandatary and BENCH_DOSSIERS dossiers (default 200,000) it filed for them; runs the built portal
 * (`next start`) and measures over HTTP, signed in as the demo mandatary: the workspace's first
 * page, a deep keyset page, the search and each filter, the CSV export of one client; each as
 * p50/p95 and as a ratio to the public start page measured in the same rounds (goal ≤ 1.5× for the
 * workspace); then the SQL statements each sends.
 *
 *   npm run build && flock /tmp/wib-heavy.lock npm run bench:workspace
 *   BENCH_DOSSIERS=20000 BENCH_CLIENTS=200 BENCH_OTHER_DOSSIERS=10000 BENCH_ROUNDS=30 …   (a quick run)
 *   … -- --keep   keeps the filled database and prints its URL;  BENCH_FILLED_DATABASE=<URL> … measures it again
 *
 * DATABASE_URL names the server to create the database on (a local one only); without it an
 * embedded PostgreSQL under .data/postgres-bench. BENCH_PORT (default 3311) is the portal's port.
 * See docs/decisions/applicant-workspace.md.
 */
import path from "node:path";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { demoAccounts } from "../../prisma/demo-accounts";
import { WORKSPACE_FILTERS_COOKIE } from "../../app/_server/workspace-filters-cookie";
import type { WorkspaceFilters } from "../../lib/workspace/workspace-filters";
import { signInOverHttp, type CookieJar } from "../support/http-session";
import { startNextServer, type NextServer } from "../support/next-server";
import { fillBackOffice } from "./back-office-fill";
import { benchPortalEnv, openBenchDatabase, percentile } from "./bench-support";
import { fillWorkspace } from "./workspace-fill";

const root = path.resolve(__dirname, "../..");
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 200_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2_000);
const OTHER_DOSSIERS = Number(process.env.BENCH_OTHER_DOSSIERS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 150);
const WARM_UP = 15;
const PORT = Number(process.env.BENCH_PORT ?? 3311);
/** How deep the deep keyset page is: this many "next page" links followed from the first page. */
const DEEP_PAGES = 20;
const GOAL = 1.5;

interface Page {
  name: string;
  path: string;
  /** Signed in as the demo mandatary with these workspace filters in their cookie; absent = anonymous. */
  filters?: WorkspaceFilters;
  /** Text the answer must contain, so that an error or an empty list is not measured as a fast one. */
  expect: string;
}

function cookieFor(jar: CookieJar, filters: WorkspaceFilters): string {
  const session = jar.header();
  return Object.keys(filters).length > 0 ? `${session}; ${WORKSPACE_FILTERS_COOKIE}=${encodeURIComponent(JSON.stringify(filters))}` : session;
}

async function load(server: NextServer, jar: CookieJar, page: Page): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(`${server.url}${page.path}`, { redirect: "manual", headers: page.filters ? { cookie: cookieFor(jar, page.filters) } : {} });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200 || !body.includes(page.expect)) throw new Error(`${page.path} answered ${response.status} without "${page.expect}":\n${server.log().split("\n").slice(-20).join("\n")}`);
  return { ms, body };
}

async function deepCursor(server: NextServer, jar: CookieJar): Promise<string> {
  let cursor: string | null = null;
  for (let page = 0; page < DEEP_PAGES; page++) {
    const { body } = await load(server, jar, { name: "walk", path: cursor ? `/en/mandatary?after=${encodeURIComponent(cursor)}` : "/en/mandatary", filters: {}, expect: "<table" });
    const match = /href="[^"]*\/mandatary\?after=([^"&]+)"/.exec(body);
    cursor = match ? decodeURIComponent(match[1]!) : null;
    if (!cursor) throw new Error(`the workspace ended after ${page + 1} pages`);
  }
  return cursor!;
}

function pages(cursor: string): Page[] {
  const client = `Client ${String(Math.ceil(CLIENTS / 2)).padStart(5, "0")} BV`;
  return [
    { name: "start page (public)", path: "/en", expect: "<h1" },
    { name: "workspace, first page", path: "/en/mandatary", filters: {}, expect: "<table" },
    { name: `workspace, page ${DEEP_PAGES + 1} (keyset)`, path: `/en/mandatary?after=${encodeURIComponent(cursor)}`, filters: {}, expect: "<table" },
    { name: "search: reference number", path: "/en/mandatary", filters: { search: `WIB-WS-${String(Math.ceil(DOSSIERS / 3)).padStart(7, "0")}` }, expect: "<table" },
    { name: "search: worker's name", path: "/en/mandatary", filters: { search: `Family ${Math.ceil(DOSSIERS / 3)}` }, expect: "<table" },
    { name: "filter: client", path: "/en/mandatary", filters: { client }, expect: "<table" },
    { name: "filter: status", path: "/en/mandatary", filters: { status: "WORK_PART_REVIEW" }, expect: "<table" },
    { name: "filter: region", path: "/en/mandatary", filters: { region: "GERMAN_SPEAKING_COMMUNITY" }, expect: "<table" },
    { name: "CSV export, one client", path: "/en/workspace/export", filters: { client }, expect: client },
  ];
}

async function measure(databaseUrl: string) {
  const server = await startNextServer({ cwd: root, port: PORT, env: benchPortalEnv(databaseUrl, false), readyPath: "/en/sign-in" });
  try {
    const jar = await signInOverHttp(server.url, demoAccounts.mandatary);
    const cursor = await deepCursor(server, jar);
    const list = pages(cursor);
    const times = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS + WARM_UP; round++) {
      // Every round visits every page, in an order that rotates, so that drift hits all alike.
      for (let i = 0; i < list.length; i++) {
        const page = list[(i + round) % list.length]!;
        const { ms } = await load(server, jar, page);
        if (round >= WARM_UP) times.set(page.name, [...(times.get(page.name) ?? []), ms]);
      }
    }
    return { times, cursor };
  } finally {
    await server.stop();
  }
}

/** The SQL statements each page sends, from a portal logging them. */
async function countStatements(databaseUrl: string, list: Page[]) {
  const server = await startNextServer({ cwd: root, port: PORT, env: benchPortalEnv(databaseUrl, true), readyPath: "/en/sign-in" });
  try {
    const jar = await signInOverHttp(server.url, demoAccounts.mandatary);
    const counts = new Map<string, number>();
    for (const page of list) {
      await load(server, jar, page);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = server.log().length;
      await load(server, jar, page);
      await new Promise((resolve) => setTimeout(resolve, 200));
      counts.set(page.name, server.log().slice(before).split("\n").filter((line) => line.includes("prisma:query")).length);
    }
    return counts;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const keep = process.argv.includes("--keep");
  const filled = process.env.BENCH_FILLED_DATABASE;
  const database = await openBenchDatabase({ dataDir: ".data/postgres-bench", port: 54334 }, filled);
  try {
    let started = performance.now();
    await migrateDatabase(database.url);
    if (!filled) {
      console.log(`Filling ${OTHER_DOSSIERS.toLocaleString("en")} other dossiers, then ${CLIENTS.toLocaleString("en")} clients with ${DOSSIERS.toLocaleString("en")} dossiers …`);
      process.env.DATABASE_URL = database.url;
      const { seedDemoData } = await import("../../prisma/seed-demo");
      await seedDemoData();
      if (OTHER_DOSSIERS > 0) await fillBackOffice(database.url, OTHER_DOSSIERS);
      await fillWorkspace(database.url, { clients: CLIENTS, dossiers: DOSSIERS });
      console.log(`filled in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    started = performance.now();
    const { times, cursor } = await measure(database.url);
    const counts = await countStatements(database.url, pages(cursor));
    console.log(`measured in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const names = pages(cursor).map((page) => page.name);
    const start = times.get(names[0]!)!;
    const width = Math.max(...names.map((name) => name.length));
    console.log(`\nWorkspace of the demo mandatary: ${CLIENTS.toLocaleString("en")} clients, ${DOSSIERS.toLocaleString("en")} dossiers (${OTHER_DOSSIERS.toLocaleString("en")} of others beside); ${ROUNDS} rounds after ${WARM_UP} warm-up`);
    console.log(`${"page".padEnd(width)}     p50 ms    p95 ms   p50 ×   p95 ×   SQL`);
    for (const name of names) {
      const values = times.get(name)!;
      console.log(
        `${name.padEnd(width)}  ${percentile(values, 50).toFixed(1).padStart(8)}  ${percentile(values, 95).toFixed(1).padStart(8)}  ` +
          `${(percentile(values, 50) / percentile(start, 50)).toFixed(2).padStart(5)}×  ${(percentile(values, 95) / percentile(start, 95)).toFixed(2).padStart(5)}×   ${counts.get(name)}`,
      );
    }
    const workspace = times.get(names[1]!)!;
    console.log(`\nworkspace p95 / start page p95 = ${(percentile(workspace, 95) / percentile(start, 95)).toFixed(2)}× (goal ≤ ${GOAL}×)`);
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
