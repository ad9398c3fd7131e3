import { spawn } from "node:child_process";

export interface NextServer {
  url: string;
  /** The process group the server runs in (its id is that of the `npx` it was started with). */
  processGroup: number;
  /** Everything the server printed so far. */
  log(): string;
  /** Stops the server and whatever it started (an embedded PostgreSQL), and waits until they are gone. */
  stop(): Promise<void>;
}

/**
 * Runs `next start` for the build in `cwd` on 127.0.0.1:`port` and resolves once `readyPath`
 * answers 200. It runs in a process group of its own, so that stopping it also stops what it
 * started. If it does not come up, it is stopped and the error carries the end of its log.
 */
export async function startNextServer(options: { cwd?: string; port: number; env: NodeJS.ProcessEnv; readyPath: string }): Promise<NextServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn("npx", ["next", "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  let exited = false;
  child.on("exit", () => (exited = true));
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));

  const server: NextServer = {
    url,
    processGroup: child.pid!,
    log: () => log,
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return; // already gone
      }
      // PostgreSQL needs a moment to shut down cleanly before its data directory may be removed.
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && groupAlive(child.pid!)) await sleep(200);
    },
  };

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      if ((await fetch(`${url}${options.readyPath}`)).ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await server.stop();
  const tail = log.split("\n").slice(-40).join("\n");
  throw new Error(`${exited ? "next start exited before it served" : "next start did not serve within 120 s"} ${options.readyPath}:\n${tail}`);
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
