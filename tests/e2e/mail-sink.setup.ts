import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { startSmtpSink } from "../support/smtp-sink";

/**
 * Playwright's global set-up: the SMTP server the e2e portal sends to (SMTP_URL in
 * playwright.config.ts), writing what arrives to E2E_MAIL_LOG for the tests to read.
 */
export default async function startMailSink(): Promise<() => Promise<void>> {
  const logFile = process.env.E2E_MAIL_LOG!;
  await mkdir(path.dirname(logFile), { recursive: true });
  await rm(logFile, { force: true });
  const sink = await startSmtpSink({ port: Number(process.env.E2E_SMTP_PORT), logFile });
  return async () => {
    await sink.stop();
    await rm(logFile, { force: true });
  };
}
