import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { assertLocalDatabase } from "../support/assert-local-database";
import { adminUrlFor, createDatabase } from "../support/databases";
import type { CookieJar } from "../support/http-session";
import type { NextServer } from "../support/next-server";

// Shared by the benchmarks that measure pages of the built portal over HTTP (tests/bench/back-office.ts,
// tests/bench/workspace.ts). A benchmark prints and never fails on a number.

/** The p-th percentile of `values` (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The environment of a measured `next start`: no demo seeding and no jobs, so nothing changes the data while it is measured. */
export function benchPortalEnv(databaseUrl: string, logQueries: boolean): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "bench-only-secret-not-used-anywhere-else-0123456789",
    AUTH_TRUST_HOST: "true",
    // Seeded by the benchmark before the fill; no job may change the dossiers while they are measured.
    SEED_DEMO_DATA: "false",
    JOBS_ENABLED: "false",
    DATABASE_LOG_QUERIES: logQueries ? "true" : "false",
  };
}

/**
 * The benchmark's database: a fresh one on the server of DATABASE_URL (a local one only) or on an
 * embedded PostgreSQL under `embedded.dataDir`; or, with `filledUrl`, a database kept by an
 * earlier run (`--keep`). `stop` drops what was made, unless kept.
 */
export async function openBenchDatabase(embedded: { dataDir: string; port: number }, filledUrl: string | undefined) {
  assertLocalDatabase(process.env.DATABASE_URL);
  assertLocalDatabase(filledUrl);
  const server = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, stop: async () => {} } : await startEmbeddedPostgres(embedded);
  const database = filledUrl ? { url: filledUrl, drop: async () => {} } : await createDatabase(adminUrlFor(server.url));
  return {
    url: database.url,
    async stop(keep: boolean) {
      if (keep) return;
      await database.drop();
      await server.stop();
    },
  };
}

/** A page measured signed in (with these list filters in their cookie) or, without filters, anonymously. */
export interface BenchPage<Filters extends object> {
  name: string;
  path: string;
  filters?: Filters;
  /** Text the answer must contain, so that an error or an empty page is not measured as a fast one. */
  expect: string;
}

/** Loads a page of the portal at `server`: the session of `jar`, and its filters in the cookie `filtersCookie`. */
export function pageLoader<Filters extends object>(server: NextServer, jar: CookieJar, filtersCookie: string) {
  const cookieFor = (filters: Filters) =>
    Object.keys(filters).length > 0 ? `${jar.header()}; ${filtersCookie}=${encodeURIComponent(JSON.stringify(filters))}` : jar.header();
  return async (page: BenchPage<Filters>): Promise<{ ms: number; html: string }> => {
    const started = performance.now();
    const response = await fetch(`${server.url}${page.path}`, { redirect: "manual", headers: page.filters ? { cookie: cookieFor(page.filters) } : {} });
    const html = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200 || !html.includes(page.expect)) throw new Error(`${page.path} answered ${response.status} without "${page.expect}":\n${server.log().split("\n").slice(-20).join("\n")}`);
    return { ms, html };
  };
}

/**
 * The times of each page over `rounds` rounds after `warmUp` unmeasured ones. Every round visits
 * every page, in an order that rotates, so that drift hits all alike.
 */
export async function timeRounds<P extends { name: string }>(rounds: number, warmUp: number, pagesOfRound: (round: number) => P[], load: (page: P) => Promise<{ ms: number }>) {
  const times = new Map<string, number[]>();
  for (let round = 0; round < rounds + warmUp; round++) {
    const pages = pagesOfRound(round);
    for (let i = 0; i < pages.length; i++) {
      const page = pages[(i + round) % pages.length]!;
      const { ms } = await load(page);
      if (round >= warmUp) times.set(page.name, [...(times.get(page.name) ?? []), ms]);
    }
  }
  return times;
}

/** What one load of a page costs besides time: its SQL statements, and its size as sent (HTML with the RSC payload inlined). */
export interface PageCost {
  all: number;
  user: number;
  bytes: number;
}

/**
 * The SQL statements each page sends, from a portal logging them (`benchPortalEnv(url, true)`):
 * each page loaded once to warm, then once counted. `user`: those on the session and account
 * tables alone, which resolve the signed-in user.
 */
export async function countStatements<P extends { name: string }>(server: NextServer, pages: P[], load: (page: P) => Promise<{ html: string }>) {
  const counts = new Map<string, PageCost>();
  for (const page of pages) {
    await load(page);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = server.log().length;
    const { html } = await load(page);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const statements = server.log().slice(before).split("\n").filter((line) => line.includes("prisma:query"));
    const user = statements.filter((line) => /FROM "public"\."(Session|User|Membership|Worker|Organisation)"|UPDATE "public"\."Session"/.test(line) && !/"Application"/.test(line));
    counts.set(page.name, { all: statements.length, user: user.length, bytes: Buffer.byteLength(html) });
  }
  return counts;
}

/** Prints each page's p50/p95, as a ratio to the first page's (the yardstick), its SQL statements and its size. */
export function printPageTable(names: string[], times: Map<string, number[]>, counts: Map<string, PageCost>): void {
  const start = times.get(names[0]!)!;
  const width = Math.max(...names.map((name) => name.length));
  console.log(`${"page".padEnd(width)}     p50 ms    p95 ms   p50 ×   p95 ×   SQL (user)   HTML KB`);
  for (const name of names) {
    const values = times.get(name)!;
    const count = counts.get(name)!;
    console.log(
      `${name.padEnd(width)}  ${percentile(values, 50).toFixed(1).padStart(8)}  ${percentile(values, 95).toFixed(1).padStart(8)}  ` +
        `${(percentile(values, 50) / percentile(start, 50)).toFixed(2).padStart(5)}×  ${(percentile(values, 95) / percentile(start, 95)).toFixed(2).padStart(5)}×   ${`${count.all} (${count.user})`.padEnd(10)}  ${(count.bytes / 1024).toFixed(1).padStart(7)}`,
    );
  }
}

/** Runs a benchmark's main and exits: 0 when it printed its numbers, 1 (with the error) when it could not measure. */
export function runBenchmark(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
