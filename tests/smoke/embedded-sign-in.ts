/**
 * Starts the built portal with no DATABASE_URL, so that it starts its own embedded PostgreSQL in a
 * fresh data directory, migrates and seeds it, and then signs a demo user in over HTTP, as the
 * sign-in form does. Part of `npm run validate`; needs `next build` first.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { freeTcpPort } from "../../lib/db/embedded-postgres";
import { demoAccounts } from "../../prisma/demo-accounts";
import { signInOverHttp } from "../support/http-session";
import { startNextServer } from "../support/next-server";

async function signInAndOpenHome(base: string): Promise<void> {
  const jar = await signInOverHttp(base, demoAccounts.employer);
  const home = await fetch(`${base}/en/employer`, { headers: { cookie: jar.header() }, redirect: "manual" });
  if (home.status !== 200) throw new Error(`the employer home page answered HTTP ${home.status}`);
}

async function main(): Promise<void> {
  // Ports the system chooses, so that a run beside another one (a second CI job, a developer's
  // portal) does not collide on a fixed port.
  const port = await freeTcpPort();
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
    EMBEDDED_POSTGRES_PORT: String(await freeTcpPort()),
  };
  delete env.DATABASE_URL;
  try {
    const server = await startNextServer({ port, env, readyPath: "/en/sign-in" });
    try {
      await signInAndOpenHome(server.url);
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
