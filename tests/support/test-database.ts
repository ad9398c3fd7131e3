import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";

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

/** Creates a uniquely named database on the server of `adminUrl`. */
export async function createDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `wib_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await runAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a test that failed may have left a client connected.
    drop: () => runAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** `url` with its database replaced by `postgres`, the maintenance database every server has. */
export function adminUrlFor(url: string): string {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

async function runAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
