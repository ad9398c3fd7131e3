import { describe, expect, it } from "vitest";
import { databaseRetryAfter, DatabaseUnavailableError, isDatabaseBusy, isDatabaseUnavailable, markDatabaseUnavailable, noteIfDatabaseUnavailable, RETRY_AFTER_SECONDS } from "./database-unavailable";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("database unavailable: told apart from every other failure", () => {
  it("recognises a refused or lost connection, however it is wrapped", () => {
    expect(isDatabaseUnavailable(withCode("P1001"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("adapter"), { cause: { kind: "postgres", code: "57P01", originalMessage: "terminating connection" } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("known"), { meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("57P03", "the database system is starting up"))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode("P1017")]))).toBe(true);
    expect(isDatabaseUnavailable(new Error("page failed", { cause: new DatabaseUnavailableError() }))).toBe(true);
  });

  it("leaves every other failure alone: those stay 500s, or the user's 4xx", () => {
    expect(isDatabaseUnavailable(withCode("P2002", "Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("23505"))).toBe(false);
    // Object storage or the mail server refusing a connection is not the database being away.
    expect(isDatabaseUnavailable(withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9000"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
    const loop: Record<string, unknown> = { message: "loop" };
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });

  it("tells a busy pool from an outage: the request is turned away, the portal is not marked down", () => {
    const now = 2_000_000_000_000;
    const poolWait = new Error("timeout exceeded when trying to connect");
    const transactionWait = withCode("P2028", "Transaction API error: Unable to start a transaction in the given time.");
    for (const busy of [poolWait, transactionWait, withCode("P2024"), new Error("wrapped", { cause: poolWait })]) {
      expect(isDatabaseUnavailable(busy)).toBe(false);
      expect(isDatabaseBusy(busy)).toBe(true);
      expect(noteIfDatabaseUnavailable(busy, now)).toBe(true);
      expect(databaseRetryAfter(now)).toBe(0);
    }
    // A server that took a connection and never answered it is away, not busy.
    const silent = new Error("Connection terminated due to connection timeout", { cause: new Error("timeout expired") });
    expect(isDatabaseBusy(silent)).toBe(false);
    expect(isDatabaseUnavailable(silent)).toBe(true);
    expect(isDatabaseBusy(withCode("P2002", "Unique constraint failed"))).toBe(false);
  });

  it("remembers an outage for RETRY_AFTER_SECONDS, then lets requests try again", () => {
    const now = 1_000_000_000_000;
    markDatabaseUnavailable(now);
    expect(databaseRetryAfter(now)).toBe(RETRY_AFTER_SECONDS);
    expect(databaseRetryAfter(now + 2_500)).toBe(Math.ceil(RETRY_AFTER_SECONDS - 2.5));
    expect(databaseRetryAfter(now + RETRY_AFTER_SECONDS * 1000)).toBe(0);
    expect(noteIfDatabaseUnavailable(new Error("a bug"), now + 10_000_000)).toBe(false);
    expect(databaseRetryAfter(now + 10_000_000)).toBe(0);
    expect(noteIfDatabaseUnavailable(withCode("P1001"), now + 10_000_000)).toBe(true);
    expect(databaseRetryAfter(now + 10_000_000)).toBe(RETRY_AFTER_SECONDS);
  });
});
