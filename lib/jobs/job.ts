import type { Db } from "@/lib/db";
import type { Clock } from "./clock";

/** What a job's handler gets: the database and the moment it should take as "now". */
export interface JobContext {
  db: Db;
  clock: Clock;
}

/**
 * A job of the portal. Handlers take no payload: each looks in the database for what is due and
 * does it, so running one twice, or two at once in two processes, must do the work once (claim rows
 * with `FOR UPDATE SKIP LOCKED` or a status check in the same UPDATE).
 */
export interface JobDefinition {
  name: string;
  handler: (context: JobContext) => Promise<void>;
  /** Cron expression in UTC (minute precision); a tick runs once across every portal process. */
  schedule?: string;
}
