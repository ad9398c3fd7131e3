/**
 * Runs one of the portal's jobs once, in a process of its own, as a portal process would:
 * `tsx --conditions=react-server tests/support/run-job.ts <job> <moment>` with DATABASE_URL set. The
 * integration tests start two at once to show that a job's work is done once across processes.
 */
import { getDb } from "@/lib/db";
import { fixedClock } from "@/lib/jobs/clock";
import { runJobNow } from "@/lib/jobs/runner";
import type { JobName } from "@/lib/jobs/registry";

async function main(): Promise<void> {
  const [name, moment] = process.argv.slice(2);
  if (!name || !moment) throw new Error("Usage: run-job.ts <job> <ISO moment>");
  const db = getDb();
  try {
    await runJobNow(name as JobName, { db, clock: fixedClock(moment) });
  } finally {
    await db.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
