import { Logger, parseCronItems, run, runMigrations, type LogLevel, type TaskList } from "graphile-worker";
import type { JobContext, JobDefinition } from "./job";
import { portalJobs, type JobName } from "./registry";

// The queue is graphile-worker (docs/decisions/job-queue.md): its tables live in the portal's
// database, schema `graphile_worker`, and it wakes on LISTEN/NOTIFY rather than waiting to poll.

/** Warnings and errors only: the runner's info lines (one per job) would drown the server's log. */
const logger = new Logger((scope) => (level: LogLevel, message: string) => {
  if (level === "error" || level === "warning") console.error(`[jobs] ${scope.taskIdentifier ?? ""} ${message}`.replace("  ", " "));
});

/**
 * Creates or updates the queue's schema. Safe to run from several processes at once. Run with the
 * portal's migrations (lib/db/prepare-database.ts), so that `requestJobSoon` works in any
 * transaction even where no runner is started.
 */
export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger });
}

export interface JobRunner {
  /** Takes no new job, waits for the running ones, and closes its connections. */
  stop(): Promise<void>;
}

export interface JobRunnerOptions extends JobContext {
  connectionString: string;
  jobs?: readonly JobDefinition[];
  /** Jobs this process runs at once. */
  concurrency?: number;
  /** Milliseconds between looks for due jobs when no notification arrives (a lost connection). */
  pollInterval?: number;
}

/**
 * Runs `jobs` (all of the portal's by default) when requested and on their schedules. Every process
 * may run one: a scheduled tick is claimed by one runner only (graphile-worker's known_crontabs),
 * and a requested job by one worker (row lock). Signals are left to the caller.
 */
export async function startJobRunner({ connectionString, db, clock, jobs = portalJobs, concurrency = 2, pollInterval = 2_000 }: JobRunnerOptions): Promise<JobRunner> {
  const context: JobContext = { db, clock };
  const taskList: TaskList = Object.fromEntries(jobs.map((job) => [job.name, () => job.handler(context)]));
  const runner = await run({
    connectionString,
    concurrency,
    taskList,
    parsedCronItems: parseCronItems(
      jobs.flatMap((job) =>
        job.schedule
          ? // No backfill: a tick missed while every portal was down is covered by the next one.
            [{ task: job.name, match: job.schedule, identifier: job.name, options: { backfillPeriod: 0, maxAttempts: 1 } }]
          : [],
      ),
    ),
    // NOTIFY wakes the runner at once; polling is the fallback for a lost connection.
    pollInterval,
    noHandleSignals: true,
    logger,
  });
  return { stop: () => runner.stop() };
}

/**
 * Runs one job here and now, outside the queue, and waits for it: for tests and scripts that must
 * not wait for a schedule, possibly with a moved clock.
 */
export async function runJobNow(name: JobName, context: JobContext, jobs: readonly JobDefinition[] = portalJobs): Promise<void> {
  const job = jobs.find((candidate) => candidate.name === name);
  if (!job) throw new Error(`No job named ${name}`);
  await job.handler(context);
}
