import { PrismaPg } from "@prisma/adapter-pg";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabase } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** A database of its own for this test run, migrated (tests/integration/global-setup.ts). */
    databaseUrl: string;
    /** The same server's `postgres` database, for creating and dropping databases. */
    adminDatabaseUrl: string;
  }
}

/** The URL of this run's migrated database. */
export function testDatabaseUrl(): string {
  return inject("databaseUrl");
}

/** A Prisma client on this run's database (or on `connectionString`); `$disconnect()` it after. */
export function createTestPrismaClient(connectionString = testDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

/** A new empty database on the test server, for tests that need a fresh one (not migrated). */
export function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createDatabase(inject("adminDatabaseUrl"));
}
