/**
 * Starts the built portal with no DATABASE_URL, so that it starts its own embedded PostgreSQL in a
 * fresh data directory, migrates and seeds it, and then signs a demo user in over HTTP, as the
 * sign-in form does. Part of `npm run validate`; needs `next build` first.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { demoAccounts } from "../../prisma/demo-accounts";
import { signInOverHttp } from "../support/http-session";
import { startNextServer } from "../support/next-server";

const port = 3200;
const base = `http://127.0.0.1:${port}`;

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
  try {
    const server = await startNextServer({ port, env, readyPath: "/en/sign-in" });
    try {
      await signInAndOpenHome();
      if (!server.log().includes("[db] embedded PostgreSQL")) throw new Error("the portal did not use the embedded database");
      console.log(`✓ embedded database: the portal started PostgreSQL, migrated, seeded and signed ${demoAccounts.employer} in`);
    } catch (error) {
      console.error(server.log().split("\n").slice(-40).join("\n"));
      throw error;
    } finally {
      await server.stop();
    }
  } finally {
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
