import { getDb } from "@/lib/db";
import { clockFromEnvironment } from "@/lib/jobs/clock";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { describeMailTransport, mailSettingsFromEnvironment } from "@/lib/notifications/mail-transport";

const state = globalThis as typeof globalThis & { portalJobRunner?: Promise<JobRunner | undefined> };

/**
 * Starts this process's job runner (lib/jobs) after the database is prepared, unless
 * JOBS_ENABLED=false; every portal process may run one. Says where e-mail goes. On SIGTERM or SIGINT
 * the runner takes no new job and lets the running ones finish while Next.js closes the server; a
 * job cut short is safe (a delivery claim is retried after its lease, scheduled jobs run again).
 */
export function startJobsOnStart(): void {
  const mail = mailSettingsFromEnvironment();
  (mail.production && !mail.smtpUrl ? console.warn : console.info)(`[mail] ${describeMailTransport(mail)}`);
  if (process.env.JOBS_ENABLED === "false") {
    console.info("[jobs] not started (JOBS_ENABLED=false)");
    return;
  }
  if (state.portalJobRunner) return;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: the database must be prepared before the jobs start");
  if (process.env.PORTAL_CLOCK) console.warn(`[jobs] clock moved by PORTAL_CLOCK: jobs start at ${process.env.PORTAL_CLOCK}`);
  state.portalJobRunner = startJobRunner({ connectionString, db: getDb(), clock: clockFromEnvironment() }).then(
    (runner) => {
      console.info("[jobs] runner started");
      return runner;
    },
    (error: unknown) => {
      // The portal still serves; messages wait in the outbox for a process whose runner starts.
      console.error("[jobs] the runner could not start", error);
      return undefined;
    },
  );
  const stop = () => void state.portalJobRunner?.then((runner) => runner?.stop());
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
