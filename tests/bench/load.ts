/**
 * Load script (not a test of time; issue 13): LOAD_SUBMISSIONS (default 200) complete applications
 * submitted at once to the built portal, as browsers without JavaScript post the check page's form,
 * a tenth of them twice (a double click on two tabs), while the four regions' caseworkers page
 * through their queues. Afterwards it checks what must hold whatever the timing:
 *   - every application submitted once: none lost, none with two submissions, one dossier each;
 *   - reference numbers unique and consecutive;
 *   - every e-mail of the outbox sent, and received by the SMTP server exactly once.
 * It prints the submissions' throughput and p95 as ratios to the public start page under the same
 * concurrency, and the server's memory before, right after and a minute after the load. The last
 * line is "N submitted, L lost, D duplicated"; the exit code is 1 when a check fails.
 *
 *   flock /tmp/wib-heavy.lock npm run bench:load          (after `npm run build`)
 *   LOAD_SUBMISSIONS=20 npm run bench:load               (a quick run)
 *
 * DATABASE_URL names a local server to create the database on; without it an embedded PostgreSQL
 * under .data/postgres-load. LOAD_PORT (default: one the system chooses) is the portal's port.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freeTcpPort, startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { demoAccounts } from "../../prisma/demo-accounts";
import { assertLocalDatabase } from "../support/assert-local-database";
import { adminUrlFor, createDatabase } from "../support/databases";
import { signInOverHttp, type CookieJar } from "../support/http-session";
import { startNextServer, type NextServer } from "../support/next-server";
import { nextServerPid, residentByKind, rssOf, type ResidentByKind } from "../support/process-memory";
import { startSmtpSink } from "../support/smtp-sink";

const root = path.resolve(__dirname, "../..");
const SUBMISSIONS = Number(process.env.LOAD_SUBMISSIONS ?? 200);
/** One in this many applications is posted a second time, at once. */
const DOUBLE_POST_EVERY = 10;
const CASEWORKERS = [demoAccounts.caseworkerFlanders, demoAccounts.caseworkerBrussels, demoAccounts.caseworkerWallonia, demoAccounts.caseworkerGermanSpeaking];
const ANTWERP_UNIT = "2000";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The fields a browser without JavaScript posts from the check page's submission form: its hidden inputs and the ticked declaration. */
function submissionFormFields(html: string): FormData {
  const start = html.lastIndexOf("<form", html.indexOf('name="submissionKey"'));
  const form = html.slice(start, html.indexOf("</form>", start));
  const fields = new FormData();
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const attribute = (name: string) => {
      const match = new RegExp(`\\s${name}="([^"]*)"`).exec(input);
      return match ? decodeEntities(match[1]!) : null;
    };
    const name = attribute("name");
    if (name && attribute("type") === "hidden") fields.append(name, attribute("value") ?? "");
  }
  if (!fields.has("submissionKey")) throw new Error("the check page has no submission form");
  fields.append("declaration", "on");
  return fields;
}

interface Timed {
  ms: number;
  status: number;
  /** What a page answering 200 to a post said was wrong (its error summary). */
  problem?: string;
}

async function timed(request: () => Promise<Response>): Promise<Timed> {
  const started = performance.now();
  const response = await request();
  const body = await response.text();
  const summary = /aria-labelledby="error-summary-title"[^>]*>([\s\S]*?)<\/ul>/.exec(body)?.[1]?.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  return { ms: performance.now() - started, status: response.status, ...(summary ? { problem: summary } : {}) };
}

interface MemoryReport {
  rss: number;
  resident: ResidentByKind;
  /** The resident set a second after the probe's full GC: V8 gives the heap's emptied pages back then. */
  rssAfterGc: number;
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
}

/** The server's resident set, then its memory by kind as tests/bench/memory-probe.mjs prints it on SIGUSR2. */
async function memoryOf(server: NextServer, pid: number): Promise<MemoryReport> {
  const rss = rssOf(pid);
  const resident = residentByKind(pid);
  const seen = server.log().length;
  process.kill(pid, "SIGUSR2");
  for (let waited = 0; waited < 100; waited++) {
    const line = /\[memory\] (.+)/.exec(server.log().slice(seen));
    if (line) {
      await sleep(1_000);
      return { rss, resident, rssAfterGc: rssOf(pid), ...(JSON.parse(line[1]!) as Pick<MemoryReport, "before" | "after">) };
    }
    await sleep(100);
  }
  throw new Error("the server printed no memory report (is tests/bench/memory-probe.mjs loaded?)");
}

/** Every draft's check page, read before the load: the load is the submissions themselves. */
async function submissionForms(server: NextServer, jar: CookieJar, ids: string[]): Promise<Map<string, FormData>> {
  const forms = new Map<string, FormData>();
  for (const id of ids) {
    const response = await fetch(`${server.url}/en/dossiers/${id}/check`, { headers: { cookie: jar.header() } });
    if (response.status !== 200) throw new Error(`the check page of ${id} answered ${response.status}`);
    forms.set(id, submissionFormFields(await response.text()));
  }
  return forms;
}

/** The caseworkers page through their queues (five pages each time round) until `done` resolves. */
async function caseworkersPaging(server: NextServer, jars: CookieJar[], done: Promise<unknown>): Promise<Timed[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const times: Timed[] = [];
  await Promise.all(
    jars.map(async (jar) => {
      while (!finished) {
        let next: string | null = "/en/caseworker";
        for (let page = 0; page < 5 && next && !finished; page++) {
          const started = performance.now();
          const response: Response = await fetch(`${server.url}${next}`, { headers: { cookie: jar.header() } });
          const html = await response.text();
          times.push({ ms: performance.now() - started, status: response.status });
          const link = /href="([^"]*\/caseworker\?after=[^"]+)"/.exec(html);
          next = link ? decodeEntities(link[1]!) : null;
        }
      }
    }),
  );
  return times;
}

async function main(): Promise<void> {
  assertLocalDatabase(process.env.DATABASE_URL);
  const databaseServer = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: ".data/postgres-load", port: await freeTcpPort() });
  const database = await createDatabase(adminUrlFor(databaseServer.url));
  const smtp = await startSmtpSink();
  const uploads = await mkdtemp(path.join(tmpdir(), "wib-load-"));
  let server: NextServer | undefined;
  try {
    await migrateDatabase(database.url);
    // lib/db.ts reads DATABASE_URL on first use: point it at the load database before importing.
    process.env.DATABASE_URL = database.url;
    const { seedDemoData } = await import("../../prisma/seed-demo");
    await seedDemoData();
    const { getDb } = await import("../../lib/db");
    const { resolveActor } = await import("../../lib/auth/resolve-actor");
    const { addDocumentRows } = await import("../support/filing");
    const { fileDraftApplication, filingStepValues } = await import("../../prisma/factories");
    const db = getDb();

    // The demo employer's complete drafts, filed through the use cases, with their documents.
    const employerUser = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.employer }, include: { memberships: { include: { organisation: { include: { establishmentUnits: true } } } } } });
    const unit = employerUser.memberships[0]!.organisation.establishmentUnits.find((candidate) => candidate.postalCode === ANTWERP_UNIT)!;
    const actor = await resolveActor(employerUser.id);
    if (!actor) throw new Error("the demo employer has no actor");
    console.log(`Filing ${SUBMISSIONS} complete drafts …`);
    const ids: string[] = [];
    for (let i = 0; i < SUBMISSIONS; i++) {
      const { id } = await fileDraftApplication(actor, filingStepValues([{ establishmentUnitId: unit.id, sharePercent: 100 }]));
      await addDocumentRows(db, id, employerUser.id);
      ids.push(id);
    }
    const outboxBefore = await db.outboxMessage.count();
    const dossiersBefore = await db.application.count();

    server = await startNextServer({
      cwd: root,
      port: Number(process.env.LOAD_PORT ?? (await freeTcpPort())),
      readyPath: "/en",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: "load-only-secret-not-used-anywhere-else-0123456789",
        AUTH_TRUST_HOST: "true",
        SEED_DEMO_DATA: "false",
        UPLOADS_DIR: uploads,
        SMTP_URL: smtp.url,
        MAIL_FROM: "Working in Belgium <no-reply@load.test>",
        PORTAL_URL: "http://portal.load.test",
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${path.join(__dirname, "memory-probe.mjs")}`.trim(),
      },
    });
    const portal = server;
    const serverPid = nextServerPid(portal.processGroup);
    const memoryAtStart = await memoryOf(portal, serverPid);
    const employer = await signInOverHttp(portal.url, demoAccounts.employer);
    const caseworkers = await Promise.all(CASEWORKERS.map((email) => signInOverHttp(portal.url, email)));
    const forms = await submissionForms(portal, employer, ids);

    // The yardstick: the public start page, warm, under the same concurrency.
    const startPage = () => Promise.all(ids.map(() => timed(() => fetch(`${portal.url}/en`))));
    await startPage();
    let started = performance.now();
    const startTimes = await startPage();
    const startSeconds = (performance.now() - started) / 1000;
    const memoryBefore = await memoryOf(portal, serverPid);

    console.log(`Submitting ${SUBMISSIONS} at once (${Math.ceil(SUBMISSIONS / DOUBLE_POST_EVERY)} of them twice) while ${CASEWORKERS.length} caseworkers page through their queues …`);
    const post = (id: string) => timed(() => fetch(`${portal.url}/en/dossiers/${id}/check`, { method: "POST", redirect: "manual", headers: { cookie: employer.header() }, body: forms.get(id)! }));
    started = performance.now();
    const submissions = Promise.all(ids.flatMap((id, i) => (i % DOUBLE_POST_EVERY === 0 ? [post(id), post(id)] : [post(id)])));
    const [submitTimes, queueTimes] = await Promise.all([submissions, caseworkersPaging(portal, caseworkers, submissions)]);
    const loadSeconds = (performance.now() - started) / 1000;
    const memoryAfter = await memoryOf(portal, serverPid);

    // What must hold, read from the database and the SMTP server.
    const dossiers = await db.application.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, referenceNumber: true, _count: { select: { statusEvents: { where: { type: "APPLICATION_SUBMITTED" } } } } } });
    const submitted = dossiers.filter((dossier) => dossier.status === "SUBMITTED" && dossier.referenceNumber !== null);
    const lost = SUBMISSIONS - submitted.length;
    // A duplicate is a second submission of one draft, or a dossier the load made anew.
    const duplicated = dossiers.filter((dossier) => dossier._count.statusEvents > 1).length + (await db.application.count()) - dossiersBefore;
    const numbers = submitted.map((dossier) => Number(dossier.referenceNumber!.split("-").at(-1))).sort((a, b) => a - b);
    const gaps = numbers.filter((number, i) => i > 0 && number !== numbers[i - 1]! + 1).length;
    const unique = new Set(numbers).size === numbers.length;

    // Every e-mail the submissions queued, sent and received once (its Message-ID is the outbox row's id).
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline && (await db.outboxMessage.count({ where: { status: { not: "SENT" } } })) > 0) await sleep(1_000);
    const outbox = await db.outboxMessage.findMany({ where: { applicationId: { in: ids } }, select: { id: true, status: true } });
    const received = new Map<string, number>();
    for (const mail of smtp.messages) received.set(mail.messageId, (received.get(mail.messageId) ?? 0) + 1);
    const receivedOf = (id: string) => [...received].filter(([messageId]) => messageId.startsWith(`<${id}@`)).reduce((sum, [, count]) => sum + count, 0);
    const unsent = outbox.filter((message) => message.status !== "SENT").length;
    const notReceivedOnce = outbox.filter((message) => receivedOf(message.id) !== 1).length;

    const errors = [...submitTimes, ...queueTimes].filter((response) => response.status >= 500).length;
    const submitP95 = percentile(submitTimes.map((t) => t.ms), 95);
    const startP95 = percentile(startTimes.map((t) => t.ms), 95);
    const throughput = submitTimes.length / loadSeconds;
    const startThroughput = startTimes.length / startSeconds;
    console.log(`\nstart page (public), ${startTimes.length} at once: ${startThroughput.toFixed(1)} requests/s, p95 ${startP95.toFixed(0)} ms`);
    console.log(`submissions, ${submitTimes.length} posts at once: ${throughput.toFixed(1)} requests/s (${(throughput / startThroughput).toFixed(2)}× the start page's), p95 ${submitP95.toFixed(0)} ms (${(submitP95 / startP95).toFixed(2)}×)`);
    console.log(`caseworkers' queue pages meanwhile: ${queueTimes.length}, p95 ${percentile(queueTimes.map((t) => t.ms), 95).toFixed(0)} ms (${(percentile(queueTimes.map((t) => t.ms), 95) / startP95).toFixed(2)}×)`);
    console.log(`responses of 5xx: ${errors}; answers to the posts: ${JSON.stringify(countBy(submitTimes.map((t) => t.status)))}`);
    for (const problem of new Set(submitTimes.flatMap((t) => (t.problem ? [t.problem] : [])))) console.log(`  a post was answered: ${problem}`);
    // Why: the errors the server logged, each once.
    for (const line of [...new Set(portal.log().split("\n").filter((candidate) => /error|Error/.test(candidate)).map((line) => line.slice(0, 300)))].slice(0, 8)) console.log(`  server: ${line}`);
    console.log(`reference numbers: ${numbers.length}, ${unique ? "unique" : "NOT unique"}, ${gaps === 0 ? "consecutive" : `${gaps} gaps`}`);
    console.log(`e-mails queued by the submissions: ${outbox.length} (${outboxBefore} before), unsent ${unsent}, not received exactly once ${notReceivedOnce}`);
    await sleep(60_000);
    const memoryLater = await memoryOf(portal, serverPid);
    console.log(`server memory       RSS    heap (after a full GC)   heap reserved   outside the heap (buffers)   RSS after the GC`);
    const readings = [["at start", memoryAtStart], ["before", memoryBefore], ["right after", memoryAfter], ["a minute after", memoryLater]] as const;
    for (const [when, memory] of readings) {
      console.log(`  ${when.padEnd(15)} ${mb(memory.rss).padStart(7)}  ${`${mb(memory.before.heapUsed)} (${mb(memory.after.heapUsed)})`.padStart(22)}  ${mb(memory.after.heapTotal).padStart(14)}   ${`${mb(memory.after.external)} (${mb(memory.after.arrayBuffers)})`.padEnd(30)}${mb(memory.rssAfterGc).padStart(7)}`);
    }
    // Where the resident set lives (/proc/PID/smaps), read before the GC: what is neither V8's heap nor its buffers is
    // native memory (malloc arenas of the threads, compiled code, Next's and Prisma's native parts).
    console.log(`where it lives      files   WebAssembly   anonymous   of which neither heap nor buffers`);
    for (const [when, memory] of readings) {
      const { files, largeReservations, anonymous } = memory.resident;
      console.log(`  ${when.padEnd(15)} ${mb(files).padStart(7)}  ${mb(largeReservations).padStart(12)}  ${mb(anonymous).padStart(10)}   ${mb(Math.max(0, anonymous - memory.before.heapTotal - memory.before.external)).padStart(10)}`);
    }
    await db.$disconnect();

    if (errors > 0 || !unique || gaps > 0 || unsent > 0 || notReceivedOnce > 0 || lost > 0 || duplicated > 0) process.exitCode = 1;
    console.log(`${submitted.length} submitted, ${lost} lost, ${duplicated} duplicated`);
  } finally {
    await server?.stop();
    await smtp.stop();
    await database.drop();
    await databaseServer.stop();
    await rm(uploads, { recursive: true, force: true });
  }
}

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
