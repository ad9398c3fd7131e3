import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { noteIfDatabaseUnavailable } from "@/lib/db/database-unavailable";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(
      // pg-pool has one bound for both waits: for a free connection of a busy pool (a burst queues
      // here, as long as a transaction may wait to start) and for a new connection to be answered.
      // A stopped server refuses at once (a 503 from then on); only one that takes connections and
      // never answers makes a request wait the whole 20 s, then 503 (lib/db/database-unavailable.ts).
      { connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 20_000 },
      // PostgreSQL going away ends the idle connections first: the portal knows before a request fails.
      { onPoolError: (error) => void noteIfDatabaseUnavailable(error) },
    ),
    // Password hashes leave the database only where a query asks for them by name.
    omit: { user: { passwordHash: true } },
    // Under a burst (200 submissions at once, tests/bench/load.ts) a transaction waits for one of the
    // pool's connections, and submissions queue on the year's reference-number row: Prisma's 2 s and
    // 5 s defaults turned most of such a burst into errors. A slow answer is better than a lost one.
    transactionOptions: { maxWait: 20_000, timeout: 20_000 },
    // Every SQL statement on stdout, for counting what a request costs (tests/bench/back-office.ts).
    log: process.env.DATABASE_LOG_QUERIES === "true" ? [{ emit: "stdout", level: "query" }] : [],
  });
}

const globalForDb = globalThis as unknown as { portalDb?: PrismaClient };

/**
 * The shared client. Created on first use, not at import: with the embedded database the URL is
 * only known once instrumentation has started it (lib/db/database-url.ts sets DATABASE_URL).
 */
export function getDb(): PrismaClient {
  if (!globalForDb.portalDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set and no embedded database was started");
    globalForDb.portalDb = createClient(url);
  }
  return globalForDb.portalDb;
}
