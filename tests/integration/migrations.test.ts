import { createHash } from "node:crypto";
import { createServer } from "node:net";
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freeTcpPort, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { createScratchDatabase, createTestPrismaClient, testDatabaseUrl } from "../support/test-database";

const MIGRATIONS_DIR = "prisma/migrations";

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("has created the schema and recorded each migration with the file's checksum", async () => {
    const url = testDatabaseUrl();
    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["Organisation", "User", "Application", "StatusEvent", "_prisma_migrations"]),
    );

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    const names = await migrationNames();
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    expect(names.find((name) => name.endsWith("_init"))).toBeDefined();
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("matches the generated Prisma client", async () => {
    const prisma = createTestPrismaClient();
    try {
      // Reads every column, so a column the client knows but the migrations lack would fail here.
      await expect(prisma.organisation.findMany()).resolves.toBeInstanceOf(Array);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("applies nothing when run again", async () => {
    expect(await applyMigrations(testDatabaseUrl())).toEqual([]);
  });

  it("applies each migration once when three processes race on a fresh database", async () => {
    const database = await createScratchDatabase();
    try {
      const results = await Promise.all([1, 2, 3].map(() => applyMigrations(database.url)));
      const names = await migrationNames();
      expect(results.flat().sort()).toEqual(names);
      const rows = await query<{ migration_name: string; applied_steps_count: number }>(
        database.url,
        "SELECT migration_name, applied_steps_count FROM _prisma_migrations WHERE rolled_back_at IS NULL",
      );
      expect(rows.map((row) => row.migration_name).sort()).toEqual(names);
      expect(rows.every((row) => row.applied_steps_count === 1)).toBe(true);
    } finally {
      await database.drop();
    }
  });

  it("runs each migration whole: semicolons in strings and comments, nothing left of a failed one", async () => {
    const migrationsDir = await mkdtemp(path.join(os.tmpdir(), "wib-migrations-"));
    const database = await createScratchDatabase();
    const addMigration = async (name: string, sql: string) => {
      await mkdir(path.join(migrationsDir, name));
      await writeFile(path.join(migrationsDir, name, "migration.sql"), sql);
    };
    try {
      await addMigration(
        "20250101000000_semicolons",
        `-- A comment; with a semicolon.\nCREATE TABLE "Note" ("text" TEXT NOT NULL DEFAULT 'a;b');\n`,
      );
      expect(await applyMigrations(database.url, migrationsDir)).toEqual(["20250101000000_semicolons"]);
      expect(await query(database.url, `INSERT INTO "Note" DEFAULT VALUES RETURNING "text"`)).toEqual([
        { text: "a;b" },
      ]);

      await addMigration("20250102000000_broken", `CREATE TABLE "Partial" ("id" INT);\nCREATE TABL "Broken";\n`);
      await expect(applyMigrations(database.url, migrationsDir)).rejects.toThrow(/syntax error/);
      expect(await query(database.url, `SELECT to_regclass('"Partial"') AS "partial"`)).toEqual([{ partial: null }]);
    } finally {
      await database.drop();
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });
});

describe("embedded PostgreSQL", () => {
  let dataRoot: string | undefined;
  afterAll(async () => {
    if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
  });

  it("starts once for two simultaneous first starts, attaches, and stops", async () => {
    dataRoot = await mkdtemp(path.join(os.tmpdir(), "wib-embedded-"));
    // When the tests run as root the server runs as `postgres`, which must reach the data directory.
    await chmod(dataRoot, 0o755);
    const port = await freeTcpPort();
    const options = { dataDir: path.join(dataRoot, "postgres"), port };

    const [first, second] = await Promise.all([startEmbeddedPostgres(options), startEmbeddedPostgres(options)]);
    expect(second.url).toBe(first.url);
    expect(new URL(first.url).port).toBe(String(port));
    const attached = await startEmbeddedPostgres(options);
    expect(attached.url).toBe(first.url);
    expect(await query<{ one: number }>(attached.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);

    // An attached handle leaves the server running; the one that started it stops it.
    await attached.stop();
    expect(await query<{ one: number }>(first.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await Promise.all([first.stop(), second.stop()]);
    await expect(query(first.url, "SELECT 1")).rejects.toThrow(/ECONNREFUSED/);
  });

  it("gives way to a free port when its default port is taken and none was asked for", async () => {
    const saved = process.env.EMBEDDED_POSTGRES_PORT;
    delete process.env.EMBEDDED_POSTGRES_PORT;
    // Hold the default port unless something else already does.
    const holder = createServer();
    await new Promise<void>((resolve) => {
      holder.once("error", () => resolve());
      holder.listen(54329, "127.0.0.1", () => resolve());
    });
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), "wib-embedded-busy-")), "postgres");
    await chmod(path.dirname(dataDir), 0o755);
    try {
      const database = await startEmbeddedPostgres({ dataDir });
      try {
        expect(new URL(database.url).port).not.toBe("54329");
        expect(await query<{ one: number }>(database.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      } finally {
        await database.stop();
      }
    } finally {
      holder.close();
      if (saved !== undefined) process.env.EMBEDDED_POSTGRES_PORT = saved;
      await rm(path.dirname(dataDir), { recursive: true, force: true });
    }
  });
});
