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

/** Prisma's error codes for a database it cannot reach or a connection lost. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
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
/**
 * What pg and Prisma say when there is no code to go by. "Connection terminated due to connection
 * timeout" is a server that did not answer a new connection; pg-pool's "timeout exceeded when trying
 * to connect" is not here: it is a request that waited for a free connection of a busy pool.
 */
const MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|Server has closed the connection|Connection refused/i;

/** Whether `error` (or what caused it, as far as Prisma and pg wrap it) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someCause(error, (record, current) => {
    const codes = [record.code, record.originalCode].filter((code): code is string => typeof code === "string");
    if (codes.some((code) => PRISMA_CODES.has(code) || isPostgresUnavailableState(code))) return true;
    if (current instanceof DatabaseUnavailableError) return true;
    if (typeof record.kind === "string" && ADAPTER_KINDS.has(record.kind)) return true;
    const message = record.message ?? record.originalMessage;
    return typeof message === "string" && MESSAGES.test(message);
  });
}

/**
 * Prisma's codes for a request that waited too long for a connection (P2024) or for its transaction
 * to start or finish (P2028), and pg-pool's words for the first: the database is there but busy.
 */
const BUSY_CODES = new Set(["P2024", "P2028"]);
const BUSY_MESSAGES = /timeout exceeded when trying to connect|Timed out fetching a new connection|Unable to start a transaction in the given time/i;

/**
 * Whether `error` says the database is reachable but did not serve this request in time (a burst
 * queued on the pool). Such a request is answered "temporarily unavailable" like an outage, but
 * the portal is not marked down: the requests after it are served as soon as connections free up.
 */
export function isDatabaseBusy(error: unknown): boolean {
  return someCause(error, (record) => {
    const code = record.code;
    if (typeof code === "string" && BUSY_CODES.has(code)) return true;
    const message = record.message ?? record.originalMessage;
    return typeof message === "string" && BUSY_MESSAGES.test(message);
  });
}

/** Whether `test` holds for `error` or for what caused it, as far as Prisma, pg and the adapter wrap it. */
function someCause(error: unknown, test: (record: Record<string, unknown>, current: object) => boolean): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 20) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    if (test(record, current)) return true;
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

/**
 * Answers whether the request that met `error` is to be answered "temporarily unavailable": the
 * database is away (noted, so that the proxy answers 503 for a while) or too busy to serve it in time
 * (not noted: one slow request must not turn every other one away).
 */
export function noteIfDatabaseUnavailable(error: unknown, now = Date.now()): boolean {
  if (isDatabaseBusy(error)) return true;
  if (!isDatabaseUnavailable(error)) return false;
  markDatabaseUnavailable(now);
  return true;
}
