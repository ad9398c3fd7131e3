import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

// Prisma 7's CLI needs a native schema engine it downloads at start-up, which is impossible
// offline. The same engine ships as WebAssembly and talks to the database through a driver
// adapter, so migrations run with nothing but Node.js and the packages in node_modules.

let instantiated: Promise<void> | undefined;

// The package's own entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20
// cannot load; instantiating the module by hand and handing it to the bindings does the same.
function instantiateEngine(): Promise<void> {
  instantiated ??= (async () => {
    // turbopackIgnore: otherwise Next.js replaces the resolved path with a bundler module id.
    const entry = createRequire(/* turbopackIgnore: true */ import.meta.url).resolve("@prisma/schema-engine-wasm");
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const imports: WebAssembly.ModuleImports = { ...bindings };
    // The engine arms a timer for each of its timeouts (10 s for the advisory lock) and never
    // clears it, which kept every short-lived process (CLI, tests) alive ten seconds too long.
    // Unreferenced, they still fire; they only ever race I/O that keeps the process alive anyway.
    for (const [name, binding] of Object.entries(imports)) {
      if (name.startsWith("__wbg_setTimeout_")) {
        const setTimer = binding as (...args: unknown[]) => NodeJS.Timeout;
        imports[name] = (...args: unknown[]) => setTimer(...args).unref();
      }
    }
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      "./schema_engine_bg.js": imports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

/** Runs `task` with a schema engine on `adapterFactory`, then frees the engine. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  datamodels: [path: string, content: string][] | undefined,
  task: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await instantiateEngine();
  const engine = await bindings.SchemaEngine.new(
    { datamodels },
    // Log lines are tracing only; failures come back as rejected promises with readable messages.
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await task(engine);
  } finally {
    engine.free();
  }
}

/** The committed migrations in the shape the engine expects, like Prisma's CLI reads them. */
export async function listMigrations(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockfilePath = "migration_lock.toml";
  const lockfileContent = await readFile(path.join(baseDir, lockfilePath), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(baseDir, name, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: lockfilePath, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export const noSchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * Applies the committed migrations that the database has not seen yet, like `prisma migrate
 * deploy`: same `_prisma_migrations` rows and checksums, same advisory lock, so concurrent callers
 * apply each migration once. Returns the names it applied.
 */
export async function applyMigrations(
  databaseUrl: string,
  migrationsDir = "prisma/migrations",
): Promise<string[]> {
  const migrationsList = await listMigrations(migrationsDir);
  // Our own pool, so that ending it closes the session holding the engine's advisory lock
  // (the engine takes it and leaves its release to the connection closing).
  const pool = new pg.Pool({ connectionString: databaseUrl });
  try {
    return await withSchemaEngine(wholeScriptPg(new PrismaPg(pool)), undefined, async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList,
        filters: noSchemaFilter,
      });
      return appliedMigrationNames;
    });
  } finally {
    await pool.end();
  }
}

/**
 * adapter-pg runs a migration script by splitting it at every ";", so a semicolon in a string or a
 * comment broke the migration. Sent whole instead, as one simple-protocol query (node-postgres
 * uses it when there are no parameters), the script runs the way Prisma's native engine runs it:
 * PostgreSQL executes the statements of such a query as one transaction.
 */
function wholeScriptPg(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  const wholeScript = (adapter: SqlDriverAdapter) =>
    Object.assign(adapter, {
      executeScript: async (script: string) => {
        await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
      },
    });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wholeScript(await factory.connect()),
    connectToShadowDb: async () => wholeScript(await factory.connectToShadowDb()),
  };
}
