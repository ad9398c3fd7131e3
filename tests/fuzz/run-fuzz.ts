/**
 * `npm run test:fuzz`: starts the built portal (`next build` first) on a free port with a database
 * of its own, seeded with the demo accounts, and runs the HTTP fuzz (tests/fuzz/http-fuzz.ts)
 * against it. With DATABASE_URL, the database is a fresh one on that server, dropped afterwards;
 * without, the portal starts its own embedded PostgreSQL in a fresh data directory. Part of
 * `npm run validate`. Exits 1 on any 5xx; the last line reads "N requests, 0 responses of 5xx".
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { freeTcpPort } from "../../lib/db/embedded-postgres";
import { adminUrlFor, createDatabase } from "../support/databases";
import { startNextServer } from "../support/next-server";
import { fuzz, report } from "./http-fuzz";

async function main(): Promise<number> {
  const port = await freeTcpPort();
  mkdirSync(".data", { recursive: true });
  const dataDir = mkdtempSync(path.join(process.cwd(), ".data", "fuzz-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this directory.
  chmodSync(dataDir, 0o755);
  const database = process.env.DATABASE_URL ? await createDatabase(adminUrlFor(process.env.DATABASE_URL)) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: "fuzz-test-only-secret-0123456789abcdef",
    AUTH_TRUST_HOST: "true",
    SEED_DEMO_DATA: "true",
    UPLOADS_DIR: path.join(dataDir, "uploads"),
    EMBEDDED_POSTGRES_DIR: path.join(dataDir, "postgres"),
    EMBEDDED_POSTGRES_PORT: String(await freeTcpPort()),
  };
  if (database) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;
  try {
    const server = await startNextServer({ port, env, readyPath: "/en/sign-in" });
    try {
      const started = Date.now();
      const outcomes = await fuzz(server.url);
      if (outcomes.some((outcome) => outcome.problem)) console.error(server.log().split("\n").filter((line) => /error/i.test(line)).slice(-30).join("\n"));
      return report(outcomes, (Date.now() - started) / 1000) > 0 ? 1 : 0;
    } finally {
      await server.stop();
    }
  } finally {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${path.join(dataDir, "postgres")}.password`, { force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
