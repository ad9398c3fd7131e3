/**
 * Benchmark (not a test): the mandatary's workspace with many clients (issue 11). Fills a fresh
 * database with the demo data, BENCH_OTHER_DOSSIERS dossiers of other employers (the back-office
 * fill, default 100,000: the rest of the single window, so that the indexes are not the
 * mandatary's alone) and BENCH_CLIENTS client employers (default 2,000) with mandates for the demo
 * mandatary and BENCH_DOSSIERS dossiers (default 200,000) it filed for them; runs the built portal
 * (`next start`) and measures over HTTP, signed in as the demo mandatary: the workspace's first
 * page, a deep keyset page, the search and each filter, the CSV export of one client; each as
 * p50/p95 and as a ratio to the public start page measured in the same rounds (goal ≤ 1.5× for the
 * workspace); then the SQL statements each sends; then, in this process on the same database, what
 * the page's queries alone take (the data the page waits for, without rendering and sending it).
 *
 *   npm run build && flock /tmp/wib-heavy.lock npm run bench:workspace
 *   BENCH_DOSSIERS=20000 BENCH_CLIENTS=200 BENCH_OTHER_DOSSIERS=10000 BENCH_ROUNDS=30 BENCH_WARM_UP=5 …   (a quick run)
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
import { signInOverHttp } from "../support/http-session";
import { startNextServer, type NextServer } from "../support/next-server";
import { fillBackOffice } from "./back-office-fill";
import { benchPortalEnv, countStatements, openBenchDatabase, pageLoader, percentile, printPageTable, runBenchmark, timeRounds, type BenchPage } from "./bench-support";
import { fillWorkspace } from "./workspace-fill";

const root = path.resolve(__dirname, "../..");
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 200_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2_000);
const OTHER_DOSSIERS = Number(process.env.BENCH_OTHER_DOSSIERS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 150);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3311);
/** How deep the deep keyset page is: this many "next page" links followed from the first page. */
const DEEP_PAGES = 20;
const GOAL = 1.5;

type Page = BenchPage<WorkspaceFilters>;
type Load = (page: Page) => Promise<{ ms: number; html: string }>;

async function deepCursor(load: Load): Promise<string> {
  let cursor: string | null = null;
  for (let page = 0; page < DEEP_PAGES; page++) {
    const { html } = await load({ name: "walk", path: cursor ? `/en/mandatary?after=${encodeURIComponent(cursor)}` : "/en/mandatary", filters: {}, expect: "<table" });
    const match = /href="[^"]*\/mandatary\?after=([^"&]+)"/.exec(html);
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

/** A portal on the filled database, signed in as the demo mandatary: `run` runs with it, then it stops. */
async function withPortal<T>(databaseUrl: string, logQueries: boolean, run: (server: NextServer, load: Load) => Promise<T>): Promise<T> {
  const server = await startNextServer({ cwd: root, port: PORT, env: benchPortalEnv(databaseUrl, logQueries), readyPath: "/en/sign-in" });
  try {
    return await run(server, pageLoader<WorkspaceFilters>(server, await signInOverHttp(server.url, demoAccounts.mandatary), WORKSPACE_FILTERS_COOKIE));
  } finally {
    await server.stop();
  }
}

/**
 * The workspace pages' data alone, in this process: the queries the page runs at once (needs action,
 * the page of dossiers, the unread count), timed like the pages, so that what rendering and sending
 * add is the page's time less this. Run after the portal stopped, alone on the database.
 */
async function timeQueries(databaseUrl: string, cursor: string): Promise<Map<string, number[]>> {
  process.env.DATABASE_URL = databaseUrl;
  const { getDb } = await import("../../lib/db");
  const { resolveActor } = await import("../../lib/auth/resolve-actor");
  const { listNeedsAction, listWorkspaceDossiers } = await import("../../lib/workspace/list-workspace");
  const { countUnreadInbox } = await import("../../lib/inbox/inbox");
  const user = await getDb().user.findUniqueOrThrow({ where: { email: demoAccounts.mandatary }, select: { id: true } });
  const actor = (await resolveActor(user.id))!;
  const workspacePages = pages(cursor).filter((page) => page.path.startsWith("/en/mandatary"));
  const times = await timeRounds(ROUNDS, WARM_UP, () => workspacePages, async (page) => {
    const after = new URL(page.path, "http://bench").searchParams.get("after") ?? undefined;
    const started = performance.now();
    await Promise.all([listNeedsAction({ actor, filters: page.filters }), listWorkspaceDossiers({ actor, filters: page.filters, cursor: after }), countUnreadInbox({ actor })]);
    return { ms: performance.now() - started };
  });
  await getDb().$disconnect();
  return times;
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
    const { times, cursor } = await withPortal(database.url, false, async (_, load) => {
      const deep = await deepCursor(load);
      return { cursor: deep, times: await timeRounds(ROUNDS, WARM_UP, () => pages(deep), load) };
    });
    const counts = await withPortal(database.url, true, (server, load) => countStatements(server, pages(cursor), load));
    const queries = await timeQueries(database.url, cursor);
    console.log(`measured in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const names = pages(cursor).map((page) => page.name);
    console.log(`\nWorkspace of the demo mandatary: ${CLIENTS.toLocaleString("en")} clients, ${DOSSIERS.toLocaleString("en")} dossiers (${OTHER_DOSSIERS.toLocaleString("en")} of others beside); ${ROUNDS} rounds after ${WARM_UP} warm-up`);
    printPageTable(names, times, counts);
    console.log(`\nThe same pages' queries alone, in process (ms): what the page waits for before it renders`);
    for (const [name, values] of queries) {
      const page = times.get(name)!;
      console.log(`${name.padEnd(30)}  p50 ${percentile(values, 50).toFixed(1).padStart(6)}  p95 ${percentile(values, 95).toFixed(1).padStart(6)}   page less queries at p50 ${(percentile(page, 50) - percentile(values, 50)).toFixed(1).padStart(6)}`);
    }
    const workspace = times.get(names[1]!)!;
    console.log(`\nworkspace p95 / start page p95 = ${(percentile(workspace, 95) / percentile(times.get(names[0]!)!, 95)).toFixed(2)}× (goal ≤ ${GOAL}×)`);
    if (keep || filled) console.log(`\nkept: ${database.url}`);
  } finally {
    await database.stop(keep);
  }
}

runBenchmark(main);
