/**
 * First-load JavaScript of the portal's pages, as a ratio to a bare Next.js page built and served
 * the same way. Next 16 no longer prints first-load JS at build time, so this measures what a
 * browser really fetches: each page is cold-loaded (empty cache) in Chromium from `next start`,
 * and the script files it loads are gzipped here (zlib's default level, the same for every page)
 * and summed. The bare page is a temporary Next app (a layout and a "Hello" page) under .data/,
 * built with the project's own node_modules.
 *
 *   npm run bench:first-load                 # builds the portal first
 *   npm run bench:first-load -- --no-build   # measures the existing `next build`
 *
 * It builds twice and starts servers: on a shared machine, run it under the heavy-work lock
 * (`flock /tmp/wib-heavy.lock npm run bench:first-load`). BENCH_PORT (default 3300) is the port;
 * the portal uses DATABASE_URL (a local server only) or else an embedded PostgreSQL of its own
 * under .data/postgres-bench. A measurement, not a test: it prints and never fails on a number.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { FILING_STEPS, isFormStep } from "@/lib/filing/task-list";
import { demo, fileSteps, signIn } from "../e2e/support";
import { assertLocalDatabase } from "../support/assert-local-database";
import { chromiumLaunchOptions } from "../support/chromium";
import { startNextServer, type NextServer } from "../support/next-server";

const root = path.resolve(__dirname, "../..");
const port = Number(process.env.BENCH_PORT ?? 3300);
/** The goal stated for the portal's pages (issue #9). */
const goal = 1.3;

interface Page {
  name: string;
  path: string;
  /** A demo account to sign in as before the cold load. */
  signedInAs?: string;
}

const portalPages: Page[] = [
  { name: "new application (employer)", path: "/en/applications/new", signedInAs: demo.employer },
  { name: "which region (public)", path: "/en/which-region" },
  { name: "sign in", path: "/en/sign-in" },
];

/**
 * The filing's step pages, of a draft of the demo employer filed through the real pages up to its
 * documents, so that each form step shows its form with stored answers (a new draft per run).
 */
async function filingStepPages(browser: Browser, server: NextServer): Promise<Page[]> {
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const tab = await context.newPage();
    await signIn(tab, demo.employer);
    const id = await fileSteps(tab, `Bench-${Date.now().toString(36)}`, { workplaces: [{ unit: "Antwerp head office — Meir 1, 2000 Antwerpen", share: 100 }] });
    return FILING_STEPS.map((step) => ({
      name: `filing: ${step}`,
      path: `/en/dossiers/${id}/${isFormStep(step) ? `steps/${step}` : step}`,
      signedInAs: demo.employer,
    }));
  } finally {
    await context.close();
  }
}

interface Script {
  url: string;
  gzipBytes: number;
}

interface Measurement {
  name: string;
  path: string;
  scripts: Script[];
  gzipBytes: number;
}

const bareApp: Record<string, string> = {
  // Without a config of its own, Next would look upwards and load the portal's.
  "next.config.mjs": "export default {};\n",
  // Turbopack resolves from the workspace root (the portal's, where node_modules is) and would
  // otherwise bundle the portal's instrumentation.ts. A no-op hook ships nothing to the browser.
  "instrumentation.js": "export function register() {}\n",
  "app/layout.jsx": 'export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  "app/page.jsx": "export default function Page() {\n  return <h1>Hello</h1>;\n}\n",
};

function nextBuild(cwd: string): void {
  const result = spawnSync("npx", ["next", "build"], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`next build failed in ${cwd}:\n${`${result.stdout}${result.stderr}`.split("\n").slice(-40).join("\n")}`);
}

/** Loads `page.path` in a fresh context (so an empty cache) and gzips every script it fetched. */
async function measure(browser: Browser, server: NextServer, page: Page): Promise<Measurement> {
  let storageState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;
  if (page.signedInAs) {
    const signing = await browser.newContext({ baseURL: server.url });
    await signIn(await signing.newPage(), page.signedInAs);
    storageState = await signing.storageState();
    await signing.close();
  }
  const context = await browser.newContext({ baseURL: server.url, storageState });
  const tab = await context.newPage();
  const bodies: Promise<Script | null>[] = [];
  tab.on("response", (response) => {
    if (response.request().resourceType() !== "script" || !response.ok()) return;
    bodies.push(response.body().then((body) => ({ url: response.url(), gzipBytes: gzipSync(body).length }), () => null));
  });
  await tab.goto(page.path, { waitUntil: "networkidle" });
  const landed = new URL(tab.url()).pathname;
  if (landed !== page.path) throw new Error(`${page.path} ended on ${landed}: is the demo account seeded?`);
  const scripts = (await Promise.all(bodies)).filter((script): script is Script => script !== null);
  await context.close();
  return { name: page.name, path: page.path, scripts, gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) };
}

async function measureServer(browser: Browser, start: () => Promise<NextServer>, pages: Page[], morePages?: (server: NextServer) => Promise<Page[]>): Promise<Measurement[]> {
  const server = await start();
  try {
    const results: Measurement[] = [];
    for (const page of [...pages, ...((await morePages?.(server)) ?? [])]) results.push(await measure(browser, server, page));
    return results;
  } finally {
    await server.stop();
  }
}

async function measureBarePage(browser: Browser): Promise<Measurement> {
  mkdirSync(path.join(root, ".data"), { recursive: true });
  // Inside the project, so that Turbopack's workspace root holds the node_modules it resolves from.
  const dir = mkdtempSync(path.join(root, ".data", "bench-bare-next-"));
  try {
    for (const [file, source] of Object.entries(bareApp)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), source);
    }
    nextBuild(dir);
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
    const [bare] = await measureServer(browser, () => startNextServer({ cwd: dir, port, env, readyPath: "/" }), [{ name: "bare Next.js page", path: "/" }]);
    return bare!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function portalEnv(): NodeJS.ProcessEnv {
  assertLocalDatabase(process.env.DATABASE_URL);
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "bench-only-secret-not-used-anywhere-else-0123456789",
    AUTH_TRUST_HOST: "true",
    SEED_DEMO_DATA: "true",
    EMBEDDED_POSTGRES_DIR: ".data/postgres-bench",
    EMBEDDED_POSTGRES_PORT: "54333",
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const fileName = (url: string) => new URL(url).pathname.split("/").pop() ?? url;

function report(bare: Measurement, pages: Measurement[]): void {
  const width = Math.max(...[bare, ...pages].map((m) => m.name.length));
  const line = (m: Measurement) =>
    `${m.name.padEnd(width)}  ${String(m.scripts.length).padStart(3)} scripts  ${kib(m.gzipBytes).padStart(10)}  ${(m.gzipBytes / bare.gzipBytes).toFixed(2)}×`;
  console.log(`\nFirst-load JavaScript, gzipped, cold cache (goal: ≤ ${goal}× the bare page)\n`);
  console.log(line(bare));
  for (const page of pages) console.log(line(page));
  console.log("\nLargest scripts:");
  for (const m of [bare, ...pages]) {
    const largest = [...m.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 4);
    console.log(`  ${m.name}: ${largest.map((s) => `${fileName(s.url)} ${kib(s.gzipBytes)}`).join(", ")}`);
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes("--no-build")) nextBuild(root);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const bare = await measureBarePage(browser);
    const pages = await measureServer(browser, () => startNextServer({ cwd: root, port, env: portalEnv(), readyPath: "/en/sign-in" }), portalPages, (server) => filingStepPages(browser, server));
    report(bare, pages);
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
