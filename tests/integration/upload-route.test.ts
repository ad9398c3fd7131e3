import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { dossierPrefix } from "@/lib/documents/dossier-files";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { setStorage } from "@/lib/storage/get-storage";
import { answerUpload } from "@/app/_server/document-upload";
import { routeHandler } from "@/app/_server/route-handler";
import { createOrganisation, createUser, fileDraftApplication, filingStepValues } from "@/prisma/factories";
import { pdfOfSize, png1x1, windowsExecutable } from "@/tests/fixtures/files";

/**
 * The upload route's own work, called with real multipart bodies as a browser sends them, through
 * the real route wrapper; only the session is left out (the actor is given), as Next.js is not running.
 */
const db = getDb();
const ORIGIN = "http://localhost:3000";
let storage: LocalDiskStorage;
let root: string;
let actor: Actor;
let applicationId: string;

const POST = routeHandler<"public", { id: string }>("test.upload", { access: "public" }, ({ request, params, locale }) =>
  answerUpload({ request, actor, applicationId: params.id, locale }),
);

type Part = [name: string, value: string] | [name: string, bytes: Buffer, fileName: string];

function post(parts: Part[], { json = true, origin = ORIGIN, language = "nl" }: { json?: boolean; origin?: string | null; language?: string } = {}) {
  const form = new FormData();
  for (const part of parts) {
    if (part.length === 2) form.append(part[0], part[1]);
    else form.append(part[0], new Blob([new Uint8Array(part[1])], { type: "application/pdf" }), part[2]);
  }
  const headers: Record<string, string> = { Host: "localhost:3000", "Accept-Language": language, Accept: json ? "application/json" : "text/html" };
  if (origin) headers.Origin = origin;
  return POST(new Request(`${ORIGIN}/api/dossiers/${applicationId}/documents`, { method: "POST", headers, body: form }), { params: Promise.resolve({ id: applicationId }) });
}

const file = (bytes: Buffer, fileName = "paspoort.pdf"): Part => ["file", bytes, fileName];

async function storedCount() {
  let count = 0;
  for await (const _ of storage.list(dossierPrefix(applicationId))) count += 1;
  return count;
}

beforeAll(async () => {
  process.env.DOCUMENT_MAX_FILE_BYTES = String(100 * 1024);
  root = await mkdtemp(path.join(tmpdir(), "wib-upload-route-"));
  storage = new LocalDiskStorage(root);
  setStorage(storage);
  const employer = await createOrganisation(db, { units: [{ name: "Leuven", street: "Bondgenotenlaan 1", postalCode: "3000", city: "Leuven" }] });
  actor = (await resolveActor((await createUser(db, { passwordHash: "x", role: "EMPLOYER_USER", organisationId: employer.id })).id))!;
  ({ id: applicationId } = await fileDraftApplication(actor, filingStepValues([{ establishmentUnitId: employer.establishmentUnits[0]!.id, sharePercent: 100 }])));
});

afterAll(async () => {
  setStorage(undefined);
  delete process.env.DOCUMENT_MAX_FILE_BYTES;
  await rm(root, { recursive: true, force: true });
  await db.$disconnect();
});

describe("[DOCUMENTS] POST /api/dossiers/:id/documents from a script (JSON)", () => {
  it("stores the file and answers the document", async () => {
    const response = await post([["locale", "nl"], ["kind", "PASSPORT"], file(pdfOfSize(50_000))]);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ document: { kind: "PASSPORT", fileName: "paspoort.pdf", mediaType: "application/pdf", sizeBytes: 50_000 } });
    // Browsers send the name as raw UTF-8 in the part's header.
    const named = await post([["kind", "PASSPORT"], file(png1x1, "Überweisung März – 2.png")]);
    expect(await named.json()).toMatchObject({ document: { fileName: "Überweisung März – 2.png", mediaType: "image/png" } });
  });

  it("answers a body that is not multipart after all with 400 and a message in the page's language, storing nothing", async () => {
    const before = await storedCount();
    for (const body of ["--x\r\nnot a part\r\n--", "--x\r\nnot-a-header\r\n\r\nvalue\r\n--x--\r\n"]) {
      const headers = { Host: "localhost:3000", Origin: ORIGIN, "Accept-Language": "fr", Accept: "application/json", "Content-Type": "multipart/form-data; boundary=x" };
      const response = await POST(new Request(`${ORIGIN}/api/dossiers/${applicationId}/documents`, { method: "POST", headers, body }), { params: Promise.resolve({ id: applicationId }) });
      expect(response.status, body).toBe(400);
      expect(await response.json(), body).toEqual({ errors: [{ path: "", message: "Le formulaire n'a pas pu être lu. Rechargez la page et réessayez." }] });
    }
    expect(await storedCount()).toBe(before);
  });

  it("answers 413 with a field error in the page's language that says to reduce the file first", async () => {
    const before = await storedCount();
    const response = await post([["kind", "PASSPORT"], file(pdfOfSize(100 * 1024 + 1))]);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ path: "file", message: expect.stringMatching(/groter dan 0,1 MB|groter dan 0.1 MB/) }] });
    const english = await post([["kind", "PASSPORT"], file(pdfOfSize(300 * 1024))], { language: "en" });
    expect(((await english.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Reduce the file first/);
    expect(await storedCount()).toBe(before);
  });

  it("answers 400 for a renamed executable, a missing file and a kind that comes after the file", async () => {
    const before = await storedCount();
    const renamed = await post([["kind", "PASSPORT"], file(windowsExecutable, "paspoort.pdf")], { language: "en" });
    expect(renamed.status).toBe(400);
    expect(await renamed.json()).toEqual({ errors: [{ path: "file", message: "The file must be a PDF, JPEG or PNG. Its content is none of these, whatever its name says" }] });
    const missing = await post([["kind", "PASSPORT"]], { language: "en" });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ errors: [{ path: "file", message: "Choose a file to upload" }] });
    // The form sends the item first; a client that does not is refused rather than buffered.
    const late = await post([file(png1x1, "a.png"), ["kind", "PASSPORT"]], { language: "en" });
    expect(late.status).toBe(400);
    expect(await late.json()).toEqual({ errors: [{ path: "kind", message: "Choose the item this file belongs to" }] });
    expect(await storedCount()).toBe(before);
  });

  it("refuses a post from another site, or without an Origin, with 403 (CSRF)", async () => {
    const before = await storedCount();
    expect((await post([["kind", "PASSPORT"], file(png1x1, "a.png")], { origin: "https://evil.example" })).status).toBe(403);
    expect((await post([["kind", "PASSPORT"], file(png1x1, "a.png")], { origin: "null" })).status).toBe(403);
    expect((await post([["kind", "PASSPORT"], file(png1x1, "a.png")], { origin: null })).status).toBe(403);
    expect(await storedCount()).toBe(before);
  });
});

describe("[DOCUMENTS] the same form posted without JavaScript", () => {
  function outcomeOf(response: Response) {
    const cookie = response.headers.get("set-cookie") ?? "";
    const value = /wib-document-outcome=([^;]+)/.exec(cookie)?.[1] ?? "";
    return { cookie, outcome: JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Record<string, unknown> };
  }

  it("redirects (303) back to the item on the documents page, the outcome in a short-lived cookie, not the URL", async () => {
    const response = await post([["locale", "fr"], ["kind", "EMPLOYER_ID"], file(png1x1, "id.png")], { json: false });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/fr/dossiers/${applicationId}/documents#item-EMPLOYER_ID`);
    const { cookie, outcome } = outcomeOf(response);
    expect(cookie).toMatch(/Max-Age=60; HttpOnly; SameSite=Lax/);
    expect(outcome).toEqual({ applicationId, kind: "EMPLOYER_ID", action: "uploaded", fileName: "id.png", errors: [] });
  });

  it("carries a refusal back the same way, as message keys", async () => {
    const response = await post([["locale", "de"], ["kind", "PASSPORT"], file(pdfOfSize(200 * 1024))], { json: false });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/de/dossiers/${applicationId}/documents#item-PASSPORT`);
    expect(outcomeOf(response).outcome).toMatchObject({ action: "failed", kind: "PASSPORT", errors: [{ message: "documents.errors.fileTooLarge", values: { maxMB: 0.1 } }] });
  });
});
