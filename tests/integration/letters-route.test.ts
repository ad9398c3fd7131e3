import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { takeIntoTreatment } from "@/lib/dossier-life/take-into-treatment";
import { decideAdmissibility } from "@/lib/dossier-life/decide-admissibility";
import { decideWorkPart } from "@/lib/dossier-life/decide-work-part";
import { decideResidence } from "@/lib/dossier-life/decide-residence";
import { writeDecisionLetters } from "@/lib/dossier-life/write-decision-letters";
import { listLetters } from "@/lib/letters/dossier-letters";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { setStorage } from "@/lib/storage/get-storage";
import { answerLetter } from "@/app/_server/letter-response";
import { routeHandler } from "@/app/_server/route-handler";
import { createUser } from "@/prisma/factories";
import { dossierLifeCast } from "@/tests/support/dossier-life";

/**
 * The letters route's own work through the real route wrapper; only the session is left out (the
 * actor is given), as Next.js is not running.
 */
const db = getDb();
let cast: Awaited<ReturnType<typeof dossierLifeCast>>;
let root: string;
let workerActor: Actor;
let applicationId: string;
let letterId: string;
let referenceNumber: string;
let caller: Actor;

const GET = routeHandler<"public", { id: string; letterId: string }>("test.letter", { access: "public" }, ({ params }) => answerLetter({ actor: caller, applicationId: params.id, letterId: params.letterId }));

function read(actor: Actor, id = applicationId, letter = letterId) {
  caller = actor;
  return GET(new Request(`http://localhost:3000/api/dossiers/${id}/letters/${letter}`), { params: Promise.resolve({ id, letterId: letter }) });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "wib-letters-route-"));
  setStorage(new LocalDiskStorage(root));
  cast = await dossierLifeCast(db);
  applicationId = await cast.submitted();
  // The worker's own account, linked to the dossier's worker record before the decision reaches their inbox.
  workerActor = { kind: "worker", userId: (await createUser(db, { passwordHash: "x" })).id };
  await db.worker.updateMany({ where: { applications: { some: { id: applicationId } } }, data: { userId: workerActor.userId } });
  await takeIntoTreatment({ actor: cast.flemish, ...cast.command(applicationId, 5) });
  await decideAdmissibility({ actor: cast.flemish, ...cast.command(applicationId, 6, { outcome: "ADMISSIBLE" }) });
  await decideWorkPart({ actor: cast.flemish, ...cast.command(applicationId, 7, { outcome: "GRANTED" }) });
  await decideResidence({ actor: cast.immigration, ...cast.command(applicationId, 8, { outcome: "GRANTED" }) });
  await writeDecisionLetters();
  const letter = await db.letter.findFirstOrThrow({ where: { applicationId, kind: "ANNEX_46" } });
  letterId = letter.id;
  referenceNumber = (await db.application.findUniqueOrThrow({ where: { id: applicationId } })).referenceNumber!;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await db.$disconnect();
});

describe("[LETTERS] GET /api/dossiers/[id]/letters/[letterId]", () => {
  it("serves the annex 46 inline as a PDF, under the reference's name, to the applicant, the worker, the competent region and the Immigration Office", async () => {
    for (const actor of [cast.employerActor, cast.colleague, workerActor, cast.flemish, cast.immigration]) {
      const response = await read(actor);
      expect(response.status, actor.kind).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe(`inline; filename="${referenceNumber}-annex-46.pdf"; filename*=UTF-8''${referenceNumber}-annex-46.pdf`);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 5).toString()).toBe("%PDF-");
      expect(String(body.length)).toBe(response.headers.get("content-length"));
    }
    expect(await db.auditEntry.count({ where: { action: "letter.read", entityId: applicationId } })).toBe(5);
  });

  it("answers 404 to another employer, a mandatary that did not file, another region's caseworker, and for a letter of another dossier or a malformed id", async () => {
    for (const actor of [cast.otherEmployerActor, cast.mandataryActor, cast.brussels]) {
      const response = await read(actor);
      expect(response.status, actor.kind).toBe(404);
      expect(await response.json()).toEqual({ error: "NOT_FOUND" });
    }
    const otherDossier = await cast.submitted();
    expect((await read(cast.employerActor, otherDossier)).status).toBe(404);
    expect((await read(cast.employerActor, applicationId, "../../etc/passwd")).status).toBe(404);
    expect((await read(cast.employerActor, "not-a-uuid")).status).toBe(404);
  });

  it("lists the dossier's letters to those who may read it, and to no one else", async () => {
    expect((await listLetters({ actor: workerActor, dossier: applicationId })).map((letter) => letter.kind)).toEqual(["ANNEX_46"]);
    await expect(listLetters({ actor: cast.otherEmployerActor, dossier: applicationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
