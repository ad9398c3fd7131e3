/**
 * `npm run bench:upload-memory` (after `npm run build`): how much the server's memory grows while
 * it receives a 20 MB PDF. Starts the built portal, signs the demo employer in over HTTP, uploads
 * the file through the real route (`POST /api/dossiers/:id/documents`) as a browser would, samples
 * the resident set size (RSS) of the server's processes meanwhile, and prints the growth as a
 * ratio to the file's size. A benchmark, not a test: it prints, it does not judge. The goal is
 * "well under the file's size", i.e. a ratio well under 1, and a growth that does not follow the
 * file's size (BENCH_FILE_MB=80 uploads 80 MB instead).
 *
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL under .data/postgres-bench.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { demoAccounts } from "../../prisma/demo-accounts";
import { signInOverHttp } from "../support/http-session";
import { treeRss } from "../support/process-memory";

const PORT = Number(process.env.BENCH_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
// 20 MB unless BENCH_FILE_MB says otherwise (a larger file shows whether growth follows the size).
const FILE_BYTES = Number(process.env.BENCH_FILE_MB ?? 20) * 1024 * 1024;
const CHUNK = 64 * 1024;
const UPLOADS_DIR = ".data/uploads-bench";

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("the portal exited before it served a page");
    try {
      if ((await fetch(`${BASE}/en`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the portal did not start within 120 s");
}

/**
 * Posts a multipart form with a PDF of `size` bytes, generated chunk by chunk while it is sent, so
 * that this process never holds the file either. Answers the HTTP status and body.
 */
function uploadPdf(applicationId: string, cookie: string, size: number, bytesPerSecond = Infinity): Promise<{ status: number; body: string }> {
  const boundary = `----wib-bench-${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nPASSPORT\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const pdfHead = Buffer.from("%PDF-1.4\n% benchmark filler follows\n");
  const pdfTail = Buffer.from("\n%%EOF\n");
  return new Promise((resolve, reject) => {
    const req = request(`${BASE}/api/dossiers/${applicationId}/documents`, {
      method: "POST",
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": head.length + size + tail.length,
        accept: "application/json",
        origin: BASE,
        cookie,
      },
    });
    req.on("response", (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    const filler = Buffer.alloc(CHUNK, 0x41);
    const started = Date.now();
    let sent = 0;
    const write = () => {
      let ok = true;
      if (sent === 0) {
        req.write(head);
        req.write(pdfHead);
        sent = pdfHead.length;
      }
      // At most the configured pace: a browser on a real network sends far slower than loopback.
      const due = started + (sent / bytesPerSecond) * 1000;
      while (ok && sent < size - pdfTail.length && Date.now() >= due) {
        const piece = filler.subarray(0, Math.min(CHUNK, size - pdfTail.length - sent));
        sent += piece.length;
        ok = req.write(piece);
        if (Date.now() < started + (sent / bytesPerSecond) * 1000) break;
      }
      if (sent >= size - pdfTail.length) {
        req.write(pdfTail);
        req.end(tail);
      } else if (!ok) req.once("drain", write);
      else setTimeout(write, 5);
    };
    write();
  });
}

async function main(): Promise<void> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  if (!process.env.DATABASE_URL) {
    process.env.EMBEDDED_POSTGRES_DIR ??= ".data/postgres-bench";
    process.env.EMBEDDED_POSTGRES_PORT ??= "54333";
  }
  // Imported after the environment is set: the database modules read it.
  const { resolveDatabaseUrl, stopEmbeddedDatabase } = await import("../../lib/db/database-url");
  const databaseUrl = await resolveDatabaseUrl();
  rmSync(UPLOADS_DIR, { recursive: true, force: true });

  const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "bench-only-secret-0123456789abcdef0123456789",
      AUTH_TRUST_HOST: "true",
      SEED_DEMO_DATA: "true",
      UPLOADS_DIR,
      // Room for the 20 MB file: the default limit is 10 MB per file.
      DOCUMENT_MAX_FILE_BYTES: String(FILE_BYTES + 1024 * 1024),
      DOCUMENT_MAX_DOSSIER_BYTES: String(10 * FILE_BYTES),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  const { getDb } = await import("../../lib/db");
  const db = getDb();
  try {
    await waitForServer(server);
    const jar = await signInOverHttp(BASE, demoAccounts.employer);

    // A draft of the demo employer's, made through the use case as the filing form would.
    const { resolveActor } = await import("../../lib/auth/resolve-actor");
    const { fileDraftApplication, filingStepValues } = await import("../../prisma/factories");
    const user = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.employer }, include: { memberships: { include: { organisation: { include: { establishmentUnits: true } } } } } });
    const actor = (await resolveActor(user.id))!;
    const unit = user.memberships[0]!.organisation.establishmentUnits[0]!;
    const { id } = await fileDraftApplication(actor, filingStepValues([{ establishmentUnitId: unit.id, sharePercent: 100 }]));

    // Warm-up: the first upload loads the route's code; memory after it is the baseline.
    const warm = await uploadPdf(id, jar.header(), 64 * 1024);
    if (warm.status !== 200) throw new Error(`warm-up upload answered ${warm.status}: ${warm.body}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const measure = async (label: string, bytesPerSecond: number) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const pid = server.pid!;
      const baseline = treeRss(pid);
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 20);
      const started = Date.now();
      const result = await uploadPdf(id, jar.header(), FILE_BYTES, bytesPerSecond);
      const seconds = (Date.now() - started) / 1000;
      clearInterval(sampler);
      peak = Math.max(peak, treeRss(pid));
      if (result.status !== 200) throw new Error(`upload answered ${result.status}: ${result.body}`);
      const stored = (JSON.parse(result.body) as { document: { sizeBytes: number } }).document.sizeBytes;
      const growth = peak - baseline;
      console.log(`${label}: ${mb(FILE_BYTES)} PDF stored (${stored} bytes) in ${seconds.toFixed(1)} s`);
      console.log(`  server RSS ${mb(baseline)} → peak ${mb(peak)}: growth ${mb(growth)} = ${(growth / FILE_BYTES).toFixed(2)} × the file's size (goal: well under 1)`);
    };
    // A fast office line, as browsers upload, twice: the first large upload of a process also grows
    // V8's young generation to its working size once (about 20 MB, whatever the file's size: try
    // BENCH_FILE_MB=80); the second shows the steady state. Then as fast as loopback allows.
    await measure("first upload, at 100 Mbit/s", 12.5 * 1000 * 1000);
    await measure("again, at 100 Mbit/s", 12.5 * 1000 * 1000);
    await measure("at loopback speed", Infinity);

    const { deleteDraftApplication } = await import("../../lib/applications/delete-draft-application");
    const { version } = await db.application.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await deleteDraftApplication({ actor, input: { applicationId: id, version } });
  } catch (error) {
    console.error(log.split("\n").slice(-30).join("\n"));
    throw error;
  } finally {
    server.kill("SIGTERM");
    await db.$disconnect();
    await stopEmbeddedDatabase();
    rmSync(UPLOADS_DIR, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
