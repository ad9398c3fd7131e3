/**
 * PostgreSQL stops under a running portal and comes back (issue 13, item 5). Runs twice: on its own
 * embedded PostgreSQL, then on a cluster of its own of the machine's installed PostgreSQL server (so
 * that it may stop them), each time with the built portal on it with an SMTP sink; signs
 * an employer in; puts a message in the outbox that falls due during the outage; stops PostgreSQL
 * and checks that pages and route handlers answer 503 with Retry-After within a bounded time, with
 * no stack trace; starts PostgreSQL again and checks that the same session is served again without
 * a restart, and that the message was sent exactly once. Part of `npm run validate`, after `next build`.
 */
import { mkdirSync, mkdtempSync, chmodSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freeTcpPort, startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded-postgres";
import { demoAccounts } from "../../prisma/demo-accounts";
import { signInOverHttp } from "../support/http-session";
import { createSystemPostgres } from "../support/system-postgres";
import { startNextServer } from "../support/next-server";
import { startSmtpSink } from "../support/smtp-sink";

/** No request may take longer than this, outage or not: a hang fails the test. */
const REQUEST_TIMEOUT_MS = 10_000;
/** How long the database stays away once the portal has been seen answering 503. */
const OUTAGE_HOLD_MS = 3_000;
const RECIPIENT = "outage.check@smoke.test";

interface Answer {
  status: number;
  retryAfter: string | null;
  body: string;
  ms: number;
}

async function get(url: string, cookie: string, accept = "text/html"): Promise<Answer> {
  const started = Date.now();
  let response: Response;
  try {
    response = await fetch(url, { headers: { cookie, accept }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (error) {
    throw new Error(`GET ${url} got no answer within ${REQUEST_TIMEOUT_MS} ms (${String(error)})`);
  }
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.text(), ms: Date.now() - started };
}

/** What must never reach a client: a stack trace or a driver's message. */
function assertNoInternals(answer: Answer, what: string): void {
  if (/\n\s+at [\w.<>]+ \(|ECONNREFUSED|PrismaClient|Connection terminated|node_modules/.test(answer.body)) {
    throw new Error(`${what} answered ${answer.status} with internals in its body:\n${answer.body.slice(0, 2000)}`);
  }
}

async function until<T>(what: string, timeoutMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** A PostgreSQL server the test may stop and start under the portal. */
interface StoppableServer {
  name: string;
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** The portal's own embedded PostgreSQL (what a newcomer runs). */
async function embeddedServer(dataDir: string): Promise<StoppableServer> {
  const pgDir = path.join(dataDir, "postgres");
  const port = await freeTcpPort();
  let database: EmbeddedDatabase | undefined = await startEmbeddedPostgres({ dataDir: pgDir, port });
  return {
    name: "the embedded PostgreSQL",
    url: database.url,
    stop: async () => {
      await database?.stop();
      database = undefined;
    },
    start: async () => {
      database = await startEmbeddedPostgres({ dataDir: pgDir, port });
    },
  };
}

/** The machine's installed PostgreSQL server (the build CI's server is), as a cluster of its own; none without server binaries. */
async function installedServer(dataDir: string): Promise<StoppableServer | undefined> {
  const cluster = createSystemPostgres(path.join(dataDir, "cluster"), await freeTcpPort());
  if (!cluster) return undefined;
  cluster.start();
  return { name: "the machine's PostgreSQL server", url: cluster.url, stop: async () => cluster.stop(), start: async () => cluster.start() };
}

async function survivesOutage(database: StoppableServer, dataDir: string): Promise<void> {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const url = database.url;
  let running = true;
  const smtp = await startSmtpSink();
  const port = await freeTcpPort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: "outage-test-only-secret-0123456789abcdef",
    AUTH_TRUST_HOST: "true",
    SEED_DEMO_DATA: "true",
    SMTP_URL: smtp.url,
    MAIL_FROM: "Working in Belgium <no-reply@smoke.test>",
    PORTAL_URL: `http://127.0.0.1:${port}`,
    UPLOADS_DIR: path.join(dataDir, "uploads"),
  };
  try {
    const server = await startNextServer({ port, env, readyPath: "/en/sign-in" });
    try {
      const base = server.url;
      const cookie = (await signInOverHttp(base, demoAccounts.employer)).header();
      const home = await get(`${base}/en/employer`, cookie);
      if (home.status !== 200) throw new Error(`the employer's home answered ${home.status} before the outage`);
      console.log(`✓ ${elapsed()}: portal up on ${database.name}, ${demoAccounts.employer} signed in`);

      // A message due in a few seconds, with its delivery job asked for then: both fall in the outage.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(
        `INSERT INTO "OutboxMessage" ("id", "topic", "recipientEmail", "locale", "payload", "availableAt")
         VALUES (gen_random_uuid(), 'application.submitted', $1, 'en', $2, now() + interval '2 seconds')`,
        [RECIPIENT, JSON.stringify({ referenceNumber: "WIB-OUTAGE-1", workerName: "Outage Check", region: "FLEMISH_REGION" })],
      );
      await client.query(`SELECT graphile_worker.add_job('outbox.deliver', run_at => now() + interval '3 seconds', max_attempts => 1)`);
      await client.end();

      await database.stop();
      running = false;
      const outageStarted = Date.now();
      console.log(`✓ ${elapsed()}: PostgreSQL stopped`);

      // Pages: a 503 with Retry-After, perhaps after one "temporarily unavailable" page while the
      // portal finds out; a route handler that needs the database: the same, as JSON.
      const page = await until("a page answering 503 with Retry-After", 20_000, async () => {
        const answer = await get(`${base}/en/employer`, cookie);
        assertNoInternals(answer, "the employer's home during the outage");
        return answer.status === 503 && answer.retryAfter ? answer : undefined;
      });
      if (!/temporarily unavailable/i.test(page.body)) throw new Error(`the 503 page does not say the portal is unavailable:\n${page.body.slice(0, 1000)}`);
      const french = await get(`${base}/fr/employer`, cookie);
      if (french.status !== 503 || !/temporairement indisponible/.test(french.body)) throw new Error(`the French page during the outage answered ${french.status}`);
      console.log(`✓ ${elapsed()}: pages answer 503, Retry-After ${page.retryAfter}, in ${page.ms} ms, in the page's language`);
      const route = await until("a route handler answering 503 with Retry-After", 20_000, async () => {
        const answer = await get(`${base}/api/dossiers/00000000-0000-4000-8000-000000000000/documents/00000000-0000-4000-8000-000000000001`, cookie, "application/json");
        assertNoInternals(answer, "the document route during the outage");
        return answer.status === 503 && answer.retryAfter ? answer : undefined;
      });
      if (JSON.parse(route.body).error !== "UNAVAILABLE") throw new Error(`the route's 503 body is ${route.body}`);
      console.log(`✓ ${elapsed()}: route handlers answer 503 {"error":"UNAVAILABLE"}, Retry-After ${route.retryAfter}, in ${route.ms} ms`);

      const hold = OUTAGE_HOLD_MS - (Date.now() - outageStarted);
      if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
      if (smtp.messages.some((mail) => mail.to === RECIPIENT)) throw new Error("the message was sent while the database was down?");
      await database.start();
      running = true;
      console.log(`✓ ${elapsed()}: PostgreSQL started again after ${((Date.now() - outageStarted) / 1000).toFixed(1)} s away`);

      // Recovery without a restart: the same session is served again.
      const back = await until("the employer's home answering 200 again", 30_000, async () => {
        const answer = await get(`${base}/en/employer`, cookie);
        assertNoInternals(answer, "the employer's home after the outage");
        return answer.status === 200 ? answer : undefined;
      });
      console.log(`✓ ${elapsed()}: the portal serves again (${back.ms} ms), same session, no restart`);

      // The jobs resume: the message queued before the outage is sent, exactly once.
      await smtp.waitFor((mail) => mail.to === RECIPIENT, 75_000);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const sent = smtp.messages.filter((mail) => mail.to === RECIPIENT).length;
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const { rows } = await check.query<{ status: string }>(`SELECT "status" FROM "OutboxMessage" WHERE "recipientEmail" = $1`, [RECIPIENT]);
      await check.end();
      if (sent !== 1 || rows.length !== 1 || rows[0]!.status !== "SENT") throw new Error(`the queued message: ${sent} sent, outbox rows ${JSON.stringify(rows)}`);
      console.log(`✓ ${elapsed()}: the message queued before the outage was sent exactly once after it`);
    } catch (error) {
      console.error(server.log().split("\n").slice(-60).join("\n"));
      throw error;
    } finally {
      await server.stop();
    }
  } finally {
    if (running) await database.stop();
    await smtp.stop();
  }
}

async function main(): Promise<void> {
  mkdirSync(".data", { recursive: true });
  const dataDir = mkdtempSync(path.join(process.cwd(), ".data", "outage-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this directory.
  chmodSync(dataDir, 0o755);
  try {
    await survivesOutage(await embeddedServer(path.join(dataDir, "embedded")), path.join(dataDir, "embedded"));
    const installed = await installedServer(path.join(dataDir, "installed"));
    if (installed) await survivesOutage(installed, path.join(dataDir, "installed"));
    else console.log("– this machine has no PostgreSQL server binaries (pg_config --bindir): the outage of an installed server was not tried");
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
