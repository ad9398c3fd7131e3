import type { Tx } from "@/lib/db";
import type { JobName } from "./registry";

/**
 * Asks for one run of `job` as soon as a runner is free. Inside a transaction the request is
 * committed, and the runners woken (LISTEN/NOTIFY), with it, or discarded with it; given the
 * client itself, it is immediate. Each call adds one job row (no job key): a shared key would make
 * concurrent transactions wait on each other's row lock. Runs that find nothing due cost one query.
 * One attempt only: the job's schedule is its retry.
 */
export async function requestJobSoon(executor: Pick<Tx, "$executeRaw">, job: JobName): Promise<void> {
  await executor.$executeRaw`SELECT graphile_worker.add_job(${job}::text, max_attempts => 1)`;
}
