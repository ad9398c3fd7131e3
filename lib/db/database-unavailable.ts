/**
 * Telling "the database cannot be reached right now" from every other failure, and remembering it
 * for a few seconds, so that the portal answers 503 with Retry-After (a clear "temporarily
 * unavailable") instead of a 500 or a hang while PostgreSQL restarts or fails over.
 *
 * No Next.js here: the wrappers (app/_server/action.ts, route-handler.ts), the proxy and the
 * server's onRequestError hook (instrumentation.ts) all use it.
 */

/** What a 503 tells the client to wait, and how long the portal keeps answering 503 without trying. */
export const RETRY_AFTER_SECONDS = 5;

/** Thrown where the portal knows the database is away without an error of the driver's to show for it. */
export class DatabaseUnavailableError extends Error {
  readonly code = "DATABASE_UNAVAILABLE";
  constructor() {
    super("The database cannot be reached right now");
    this.name = "DatabaseUnavailableError";
  }
}

/** Prisma's error codes for a database it cannot reach, a connection lost, a pool timed out. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/**
 * What @prisma/adapter-pg calls the same (DriverAdapterError's cause.kind): it maps the socket's
 * ECONNREFUSED, ECONNRESET, ETIMEDOUT to these. A bare socket error is not taken for the database's:
 * it may be object storage's or the mail server's, which must not make every page answer 503.
 */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/**
 * PostgreSQL's SQLSTATEs: class 08 (connection exception), 57P01–57P03 (shutting down, crashed,
 * cannot connect now: starting up or in recovery), 53300 (too many connections).
 */
const isPostgresUnavailableState = (code: string) => /^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === "53300";
/** What pg and Prisma say when there is no code to go by. */
const MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|Server has closed the connection|Timed out fetching a new connection|Connection refused/i;

/** Whether `error` (or what caused it, as far as Prisma and pg wrap it) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 20) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    for (const key of ["code", "originalCode"]) {
      const code = record[key];
      if (typeof code === "string" && (PRISMA_CODES.has(code) || isPostgresUnavailableState(code))) return true;
    }
    if (current instanceof DatabaseUnavailableError) return true;
    if (typeof record.kind === "string" && ADAPTER_KINDS.has(record.kind)) return true;
    if (record.kind === "postgres" && typeof record.code === "string" && isPostgresUnavailableState(record.code)) return true;
    const message = record.message ?? record.originalMessage;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    if (current instanceof AggregateError) pending.push(...current.errors);
    pending.push(record.cause, record.meta, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError);
  }
  return false;
}

const state = globalThis as typeof globalThis & { portalDatabaseDownUntil?: number };

/**
 * Notes that the database could not be reached: for the next RETRY_AFTER_SECONDS the proxy answers
 * 503 without letting a request wait on it. Shared through globalThis because the proxy and the
 * server code are bundled apart but run in one process.
 */
export function markDatabaseUnavailable(now = Date.now()): void {
  state.portalDatabaseDownUntil = now + RETRY_AFTER_SECONDS * 1000;
}

/** Seconds left before the portal tries the database again (0: go ahead). */
export function databaseRetryAfter(now = Date.now()): number {
  const until = state.portalDatabaseDownUntil ?? 0;
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

/** Notes an error when it is of the unavailable kind; answers whether it was. */
export function noteIfDatabaseUnavailable(error: unknown, now = Date.now()): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  markDatabaseUnavailable(now);
  return true;
}
