/**
 * Starts the built portal with no DATABASE_URL, so that it starts its own embedded PostgreSQL in a
 * fresh data directory, migrates and seeds it, and then signs a demo user in over HTTP, as the
 * sign-in form does. Part of `npm run validate`; needs `next build` first.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { demoAccounts } from "../../prisma/demo-accounts";
import { signInOverHttp } from "../support/http-session";

const port = 3200;
const base = `http://127.0.0.1:${port}`;

async function waitForServer(exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error("the portal exited before it served a page");
    try {
      if ((await fetch(`${base}/en/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the portal did not start within 120 s");
}

async function signInAndOpenHome(): Promise<void> {
  const jar = await signInOverHttp(base, demoAccounts.employer);
  const home = await fetch(`${base}/en/employer`, { headers: { cookie: jar.header() }, redirect: "manual" });
  if (home.status !== 200) throw new Error(`the employer home page answered HTTP ${home.status}`);
}

async function main(): Promise<void> {
  mkdirSync(".data", { recursive: true });
  const dataDir = mkdtempSync(path.join(process.cwd(), ".data", "smoke-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this directory.
  chmodSync(dataDir, 0o755);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: "smoke-test-only-secret-0123456789abcdef",
    AUTH_TRUST_HOST: "true",
    SEED_DEMO_DATA: "true",
    EMBEDDED_POSTGRES_DIR: path.join(dataDir, "postgres"),
    EMBEDDED_POSTGRES_PORT: "54332",
  };
  delete env.DATABASE_URL;
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  let exited = false;
  server.on("exit", () => (exited = true));
  server.stdout.on("data", (chunk) => (log += chunk));
  server.stderr.on("data", (chunk) => (log += chunk));
  try {
    await waitForServer(() => exited);
    await signInAndOpenHome();
    if (!log.includes("[db] embedded PostgreSQL")) throw new Error("the portal did not use the embedded database");
    console.log(`✓ embedded database: the portal started PostgreSQL, migrated, seeded and signed ${demoAccounts.employer} in`);
  } catch (error) {
    console.error(log.split("\n").slice(-40).join("\n"));
    throw error;
  } finally {
    // The whole process group: npx, next and the PostgreSQL server it started.
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 3000));
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${path.join(dataDir, "postgres")}.password`, { force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
