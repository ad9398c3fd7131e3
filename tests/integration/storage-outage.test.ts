import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { freeTcpPort } from "@/lib/db/embedded-postgres";
import { setStorage } from "@/lib/storage/get-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { answerUpload } from "@/app/_server/document-upload";
import { routeHandler } from "@/app/_server/route-handler";
import { createOrganisation, createUser, fileDraftApplication, filingStepValues } from "@/prisma/factories";
import { pdfOfSize } from "@/tests/fixtures/files";

/**
 * Object storage away during an upload (issue 13, item 5): the upload route answers 503 with
 * Retry-After (a script) or brings the page back with "temporarily unavailable" (no JavaScript),
 * and nothing is left behind: no document row, no audit entry of a stored file.
 * The storage is an S3 endpoint on a port where nothing listens, as when the service is down.
 */
const db = getDb();
const ORIGIN = "http://localhost:3000";
let actor: Actor;
let applicationId: string;

const POST = routeHandler<"public", { id: string }>("test.upload", { access: "public" }, ({ request, params, locale }) =>
  answerUpload({ request, actor, applicationId: params.id, locale }),
);

function post(accept: string) {
  const form = new FormData();
  form.append("locale", "en");
  form.append("kind", "PASSPORT");
  form.append("file", new Blob([new Uint8Array(pdfOfSize(20_000))], { type: "application/pdf" }), "passport.pdf");
  return POST(
    new Request(`${ORIGIN}/api/dossiers/${applicationId}/documents`, { method: "POST", headers: { Host: "localhost:3000", Origin: ORIGIN, Accept: accept, "Accept-Language": "en" }, body: form }),
    { params: Promise.resolve({ id: applicationId }) },
  );
}

beforeAll(async () => {
  const port = await freeTcpPort();
  setStorage(new S3Storage({ bucket: "documents", endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } }));
  const employer = await createOrganisation(db, { units: [{ name: "Leuven", street: "Bondgenotenlaan 1", postalCode: "3000", city: "Leuven" }] });
  actor = (await resolveActor((await createUser(db, { passwordHash: "x", role: "EMPLOYER_USER", organisationId: employer.id })).id))!;
  ({ id: applicationId } = await fileDraftApplication(actor, filingStepValues([{ establishmentUnitId: employer.establishmentUnits[0]!.id, sharePercent: 100 }])));
});

afterAll(async () => {
  setStorage(undefined);
  await db.$disconnect();
});

describe("[DOCUMENTS] an upload while object storage is down", () => {
  it("answers a script 503 with Retry-After, and keeps nothing", async () => {
    const response = await post("application/json");
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({ error: "UNAVAILABLE" });
    expect(await db.document.count({ where: { applicationId } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityId: applicationId, action: "document.upload", outcome: "SUCCESS" } })).toBe(0);
  });

  it("brings the page posted without JavaScript back with the outcome 'temporarily unavailable'", async () => {
    const response = await post("text/html");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/en/dossiers/${applicationId}/documents#item-PASSPORT`);
    const cookie = response.headers.get("set-cookie") ?? "";
    const value = /=([^;]+)/.exec(cookie)?.[1] ?? "";
    expect(JSON.parse(Buffer.from(value, "base64url").toString())).toMatchObject({ action: "failed", errors: [{ message: "errors.UNAVAILABLE" }] });
    expect(await db.document.count({ where: { applicationId } })).toBe(0);
  });
});
