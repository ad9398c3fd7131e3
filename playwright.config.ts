import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { assertLocalDatabase } from "./tests/support/assert-local-database";
import { chromiumLaunchOptions } from "./tests/support/chromium";

assertLocalDatabase(process.env.DATABASE_URL);

// A port the system chooses unless E2E_PORT names one, so that two runs on one machine do not
// collide. Chosen once, by the runner: its workers inherit the variable and read the same port.
const freePort = () =>
  execFileSync(process.execPath, [
    "-e",
    'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { process.stdout.write(String(s.address().port)); s.close(); })',
  ]).toString();
process.env.E2E_PORT ??= freePort();
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
// The portal sends its e-mail to an SMTP server that the global set-up starts on this port
// (tests/e2e/mail-sink.setup.ts); tests read what arrived from E2E_MAIL_LOG (tests/support/smtp-sink.ts).
process.env.E2E_SMTP_PORT ??= freePort();
process.env.E2E_MAIL_LOG ??= `.data/e2e-mail-${port}.jsonl`;

/**
 * End-to-end tests drive the built portal (`next build` first, see package.json) in Debian's
 * Chromium: Playwright cannot download its own browser here. The server seeds the demo accounts.
 * Without DATABASE_URL it runs on an embedded PostgreSQL of its own under .data/postgres-e2e.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  globalSetup: "./tests/e2e/mail-sink.setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "en-GB",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/en`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-used-anywhere-else-0123456789",
      AUTH_TRUST_HOST: "true",
      SEED_DEMO_DATA: "true",
      EMBEDDED_POSTGRES_DIR: ".data/postgres-e2e",
      EMBEDDED_POSTGRES_PORT: "54331",
      // Apart from development's uploads; the document tests look into it for leftovers.
      UPLOADS_DIR: ".data/uploads-e2e",
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      MAIL_FROM: "Working in Belgium <no-reply@e2e.test>",
      PORTAL_URL: baseURL,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
