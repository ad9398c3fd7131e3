import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";

/**
 * A PostgreSQL server of the machine's own installation (Debian's postgresql package, the same
 * build as the server CI runs on), as a cluster of its own on a port of its own, so that a test may
 * stop and start it without touching anyone else's databases. Undefined when the machine has no
 * server binaries (a newcomer's laptop with Node.js only).
 */
export interface SystemPostgres {
  url: string;
  start(): void;
  stop(): void;
}

function serverBinaries(): string | undefined {
  try {
    const bindir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    return existsSync(path.join(bindir, "pg_ctl")) && existsSync(path.join(bindir, "initdb")) ? bindir : undefined;
  } catch {
    return undefined;
  }
}

export function createSystemPostgres(dataDir: string, port: number): SystemPostgres | undefined {
  const bindir = serverBinaries();
  if (!bindir) return undefined;
  // PostgreSQL refuses to run as root: as root (containers, CI) it runs as the `postgres` user.
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : path.join(bindir, program), asRoot ? ["-u", "postgres", "--", path.join(bindir, program), ...args] : args, { stdio: "pipe" });
  mkdirSync(dataDir, { recursive: true });
  if (asRoot) chownSync(dataDir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })));
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => run("pg_ctl", ["-D", dataDir, "-o", options, "-w", "-l", path.join(dataDir, "server.log"), "start"]),
    stop: () => run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]),
  };
}
