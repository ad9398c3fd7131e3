import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createHash, randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { submitApplication } from "@/lib/applications/submit-application";
import { deleteDraftApplication } from "@/lib/applications/delete-draft-application";
import { uploadDocument } from "@/lib/documents/upload-document";
import { deleteDocument } from "@/lib/documents/delete-document";
import { getDocumentFile } from "@/lib/documents/get-document-file";
import { listDocuments } from "@/lib/documents/list-documents";
import { getDossier } from "@/lib/applications/get-dossier";
import { sweepOrphanFiles } from "@/lib/documents/sweep-orphan-files";
import { dossierPrefix } from "@/lib/documents/dossier-files";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { setStorage } from "@/lib/storage/get-storage";
import { createCaseworker, createOrganisation, createUser, fileDraftApplication, filingStepValues } from "@/prisma/factories";
import { addDocumentRows } from "@/tests/support/filing";
import { elfBinary, jpeg1x1, pdfOfSize, plainText, png1x1, streamOf, windowsExecutable } from "@/tests/fixtures/files";

const db = getDb();
const passwordHash = "not-a-real-hash";
const KiB = 1024;

let root: string;
let storage: LocalDiskStorage;
let employerActor: Actor;
let otherEmployerActor: Actor;
let flemishCaseworker: Actor;
let walloonCaseworker: Actor;
let unitId: string;

async function actorFor(userId: string): Promise<Actor> {
  const actor = await resolveActor(userId);
  if (!actor) throw new Error("no actor");
  return actor;
}

/** A new draft of the test employer, working in Antwerp (so routed to Flanders on submission). */
async function newDraft(): Promise<string> {
  return (await fileDraftApplication(employerActor, filingStepValues([{ establishmentUnitId: unitId, sharePercent: 100 }]))).id;
}

function upload(applicationId: string, bytes: Buffer | Readable, fileName = "paspoort.pdf", kind = "PASSPORT", actor = employerActor) {
  return uploadDocument({ actor, input: { applicationId, kind, fileName, content: Buffer.isBuffer(bytes) ? streamOf(bytes) : bytes } });
}

/** Every object stored for a dossier, including the partial files of interrupted writes. */
async function storedKeys(applicationId: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage.list(dossierPrefix(applicationId))) keys.push(object.key);
  return keys;
}

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: unknown) => error as { code?: string; fieldErrors?: unknown[]; message: string },
  );
}

beforeAll(async () => {
  process.env.DOCUMENT_MAX_FILE_BYTES = String(200 * KiB);
  process.env.DOCUMENT_MAX_DOSSIER_BYTES = String(500 * KiB);
  root = await mkdtemp(path.join(tmpdir(), "wib-documents-"));
  storage = new LocalDiskStorage(root);
  setStorage(storage);
  const employer = await createOrganisation(db, { units: [{ name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" }] });
  unitId = employer.establishmentUnits[0]!.id;
  employerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: employer.id })).id);
  const other = await createOrganisation(db);
  otherEmployerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: other.id })).id);
  flemishCaseworker = await actorFor((await createCaseworker(db, { region: "FLEMISH_REGION", passwordHash })).id);
  walloonCaseworker = await actorFor((await createCaseworker(db, { region: "WALLOON_REGION", passwordHash })).id);
});

beforeEach(() => setStorage(storage));

afterAll(async () => {
  setStorage(undefined);
  delete process.env.DOCUMENT_MAX_FILE_BYTES;
  delete process.env.DOCUMENT_MAX_DOSSIER_BYTES;
  await rm(root, { recursive: true, force: true });
  await db.$disconnect();
});

describe("[DOCUMENTS] uploading to a draft", () => {
  it("stores a PDF, a PNG and a JPEG with their sniffed type, size and sha256, audited, several per item", async () => {
    const id = await newDraft();
    const pdf = pdfOfSize(150 * KiB);
    const first = await upload(id, pdf, "paspoort.pdf");
    await upload(id, png1x1, "pagina-2.png");
    await upload(id, jpeg1x1, "contract.jpg", "EMPLOYMENT_CONTRACT");
    expect(first).toMatchObject({ kind: "PASSPORT", fileName: "paspoort.pdf", mediaType: "application/pdf", sizeBytes: pdf.length, sha256: createHash("sha256").update(pdf).digest("hex") });
    const listed = await listDocuments({ actor: employerActor, dossier: id });
    expect(listed.map((d) => [d.kind, d.mediaType])).toEqual([
      ["PASSPORT", "application/pdf"],
      ["PASSPORT", "image/png"],
      ["EMPLOYMENT_CONTRACT", "image/jpeg"],
    ]);
    expect(await storedKeys(id)).toHaveLength(3);
    const row = await db.document.findUniqueOrThrow({ where: { id: first.id } });
    expect(row.storageKey.startsWith(dossierPrefix(id))).toBe(true);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "document.upload", outcome: "SUCCESS" } })).toBe(3);
  });

  it.each([
    ["a renamed Windows executable", windowsExecutable, "paspoort.pdf"],
    ["a renamed ELF binary", elfBinary, "foto.png"],
    ["text called a PDF", plainText, "contract.pdf"],
  ])("refuses %s by its content, and keeps no row and no file", async (_name, bytes, fileName) => {
    const id = await newDraft();
    expect(await refusal(upload(id, bytes, fileName))).toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "file", message: "documents.errors.fileType" }] });
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
    expect(await storedKeys(id)).toEqual([]);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "document.upload", outcome: "FAILED" } })).toBe(1);
  });

  it("refuses a file over the per-file limit, saying to reduce it first, and keeps nothing", async () => {
    const id = await newDraft();
    expect(await refusal(upload(id, pdfOfSize(200 * KiB + 1)))).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      fieldErrors: [{ path: "file", message: "documents.errors.fileTooLarge", values: { maxMB: 0.2 } }],
    });
    expect(await storedKeys(id)).toEqual([]);
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
  });

  it("refuses a file that would take the dossier over its limit", async () => {
    const id = await newDraft();
    await upload(id, pdfOfSize(200 * KiB));
    await upload(id, pdfOfSize(200 * KiB));
    expect(await refusal(upload(id, pdfOfSize(100 * KiB + 1)))).toMatchObject({ code: "PAYLOAD_TOO_LARGE", fieldErrors: [{ message: "documents.errors.dossierFull" }] });
    await upload(id, pdfOfSize(100 * KiB));
    expect(await refusal(upload(id, pdfOfSize(1 * KiB)))).toMatchObject({ code: "PAYLOAD_TOO_LARGE", fieldErrors: [{ message: "documents.errors.dossierFull" }] });
    expect(await storedKeys(id)).toHaveLength(3);
  });

  it("refuses an unknown checklist item and an empty name before reading anything", async () => {
    const id = await newDraft();
    expect(await refusal(upload(id, png1x1, "a.png", "SELFIE"))).toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "kind", message: "documents.errors.kindRequired" }] });
    expect(await refusal(upload(id, png1x1, "  "))).toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "fileName", message: "documents.errors.fileRequired" }] });
  });
});

describe("[DOCUMENTS] a failure half-way leaves nothing half-written", () => {
  it("a storage write that fails mid-stream leaves no row and no object", async () => {
    const id = await newDraft();
    /** Real disk storage whose writes break after 64 KiB, as a full disk or a lost bucket would. */
    class FailingMidStream extends LocalDiskStorage {
      override put(key: string, body: Readable): Promise<void> {
        let seen = 0;
        const breaking = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            seen += chunk.length;
            callback(seen > 64 * KiB ? new Error("disk full") : null, chunk);
          },
        });
        return super.put(key, body.pipe(breaking));
      }
    }
    setStorage(new FailingMidStream(root));
    expect(await refusal(upload(id, pdfOfSize(150 * KiB)))).toMatchObject({ message: "disk full" });
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
    expect(await storedKeys(id)).toEqual([]);
  });

  it("a database failure on insert leaves no row and deletes the stored object", async () => {
    const id = await newDraft();
    // A real failure of the real database: a trigger refuses this one insert.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_refuse_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."applicationId" = '${id}'::uuid THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END; $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER "test_refuse_document" BEFORE INSERT ON "Document" FOR EACH ROW EXECUTE FUNCTION test_refuse_document()`);
    try {
      expect(await refusal(upload(id, pdfOfSize(100 * KiB)))).toMatchObject({ message: expect.stringContaining("injected failure") });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER "test_refuse_document" ON "Document"`);
    }
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
    expect(await storedKeys(id)).toEqual([]);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "document.upload", outcome: "SUCCESS" } })).toBe(0);
  });

  it("an upload body that breaks off (a cancelled upload) leaves no row and no object", async () => {
    const id = await newDraft();
    const cut = Readable.from(
      (async function* () {
        yield pdfOfSize(80 * KiB);
        throw new Error("aborted");
      })(),
    );
    expect(await refusal(upload(id, cut))).toMatchObject({ message: "aborted" });
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
    expect(await storedKeys(id)).toEqual([]);
  });
});

describe("[DOCUMENTS] who may see and change the files", () => {
  it("answers NOT_FOUND to another employer, for upload, list, download and delete", async () => {
    const id = await newDraft();
    const document = await upload(id, png1x1, "a.png");
    expect(await refusal(upload(id, png1x1, "b.png", "PASSPORT", otherEmployerActor))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(listDocuments({ actor: otherEmployerActor, dossier: id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(getDocumentFile({ actor: otherEmployerActor, input: { applicationId: id, documentId: document.id } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(deleteDocument({ actor: otherEmployerActor, input: { applicationId: id, documentId: document.id } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await storedKeys(id)).toHaveLength(1);
  });

  it("lists the files of a dossier a page already read for its reader, and refuses it to anyone out of its scope", async () => {
    const id = await newDraft();
    const document = await upload(id, png1x1, "a.png");
    const read = await getDossier({ actor: employerActor, applicationId: id });
    expect((await listDocuments({ actor: employerActor, dossier: read })).map((d) => d.id)).toEqual([document.id]);
    expect(await refusal(listDocuments({ actor: otherEmployerActor, dossier: read }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("serves a submitted dossier's files to the competent region's caseworker, not to another region's", async () => {
    const id = await newDraft();
    const pdf = pdfOfSize(120 * KiB);
    const document = await upload(id, pdf, "paspoort");
    // Before submission no caseworker can see the draft at all.
    expect(await refusal(getDocumentFile({ actor: flemishCaseworker, input: { applicationId: id, documentId: document.id } }))).toMatchObject({ code: "NOT_FOUND" });
    await addDocumentRows(db, id, employerActor.userId);
    await submitApplication({ actor: employerActor, input: { applicationId: id, version: 4, submissionKey: randomUUID(), declaration: true } });

    const file = await getDocumentFile({ actor: flemishCaseworker, input: { applicationId: id, documentId: document.id } });
    expect({ fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.sizeBytes }).toEqual({ fileName: "paspoort.pdf", mediaType: "application/pdf", sizeBytes: pdf.length });
    expect((await buffer(file.content)).equals(pdf)).toBe(true);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "document.download", actorUserId: flemishCaseworker.userId } })).toBe(1);
    expect(await refusal(getDocumentFile({ actor: walloonCaseworker, input: { applicationId: id, documentId: document.id } }))).toMatchObject({ code: "NOT_FOUND" });
    // A document id of another dossier, or no id at all, is not found either.
    expect(await refusal(getDocumentFile({ actor: flemishCaseworker, input: { applicationId: id, documentId: "0f2c1c52-3b5e-4a51-9d0a-2d2f8f1a6b10" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(getDocumentFile({ actor: flemishCaseworker, input: { applicationId: id, documentId: "../../etc" } }))).toMatchObject({ code: "NOT_FOUND" });
    // Reading is all a caseworker does with them.
    expect(await refusal(upload(id, png1x1, "x.png", "PASSPORT", flemishCaseworker))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("makes the documents read-only on submission: the use cases refuse, and so does the database", async () => {
    const id = await newDraft();
    const document = await upload(id, png1x1, "a.png");
    await addDocumentRows(db, id, employerActor.userId);
    await submitApplication({ actor: employerActor, input: { applicationId: id, version: 4, submissionKey: randomUUID(), declaration: true } });
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).submittedAt).not.toBeNull();
    expect(await refusal(upload(id, png1x1, "b.png"))).toMatchObject({ code: "CONFLICT", fieldErrors: [{ message: "documents.errors.notDraft" }] });
    expect(await refusal(deleteDocument({ actor: employerActor, input: { applicationId: id, documentId: document.id } }))).toMatchObject({ code: "CONFLICT" });
    await expect(db.document.delete({ where: { id: document.id } })).rejects.toThrow(/immutable/);
    expect(await storedKeys(id)).toHaveLength(1);
  });
});

describe("[DOCUMENTS] deleting", () => {
  it("deletes one file of a draft: its row, its object, audited", async () => {
    const id = await newDraft();
    const kept = await upload(id, png1x1, "keep.png");
    const removed = await upload(id, jpeg1x1, "remove.jpg");
    await deleteDocument({ actor: employerActor, input: { applicationId: id, documentId: removed.id } });
    expect((await listDocuments({ actor: employerActor, dossier: id })).map((d) => d.id)).toEqual([kept.id]);
    expect(await storedKeys(id)).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "document.delete" } })).toBe(1);
  });

  it("deletes a draft with its files, its workplaces, its events and its own worker record; the audit entry stays", async () => {
    const id = await newDraft();
    await upload(id, png1x1, "a.png");
    await upload(id, pdfOfSize(10 * KiB), "b.pdf", "EMPLOYMENT_CONTRACT");
    const { workerId } = await db.application.findUniqueOrThrow({ where: { id }, select: { workerId: true } });
    expect(await refusal(deleteDraftApplication({ actor: otherEmployerActor, input: { applicationId: id, version: 4 } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(deleteDraftApplication({ actor: employerActor, input: { applicationId: id, version: 7 } }))).toMatchObject({ code: "CONFLICT" });

    await deleteDraftApplication({ actor: employerActor, input: { applicationId: id, version: "4" } });
    expect(await db.application.count({ where: { id } })).toBe(0);
    expect(await db.document.count({ where: { applicationId: id } })).toBe(0);
    expect(await db.statusEvent.count({ where: { applicationId: id } })).toBe(0);
    expect(await db.worker.count({ where: { id: workerId! } })).toBe(0);
    expect(await storedKeys(id)).toEqual([]);
    expect(await readdir(root)).toContain("dossiers");
    expect(await db.auditEntry.findFirst({ where: { entityId: id, action: "application.delete-draft" } })).toMatchObject({ outcome: "SUCCESS", metadata: { documents: 2 } });
  });

  it("never deletes a submitted dossier or its history: the use case refuses, and so does the database", async () => {
    const id = await newDraft();
    await addDocumentRows(db, id, employerActor.userId);
    await submitApplication({ actor: employerActor, input: { applicationId: id, version: 4, submissionKey: randomUUID(), declaration: true } });
    expect(await refusal(deleteDraftApplication({ actor: employerActor, input: { applicationId: id, version: 5 } }))).toMatchObject({ code: "CONFLICT" });
    await expect(db.application.delete({ where: { id } })).rejects.toThrow(/was filed and cannot be deleted/);
    await expect(db.statusEvent.deleteMany({ where: { applicationId: id } })).rejects.toThrow(/append-only/);
    expect(await db.application.count({ where: { id } })).toBe(1);
    expect(await db.statusEvent.count({ where: { applicationId: id } })).toBe(7);
  });
});

describe("[DOCUMENTS] the sweep of leftovers", () => {
  it("removes old objects that no row names, and keeps named and recent ones", async () => {
    const id = await newDraft();
    const named = await upload(id, png1x1, "named.png");
    const namedKey = (await db.document.findUniqueOrThrow({ where: { id: named.id } })).storageKey;
    await storage.put(`${dossierPrefix(id)}crash-leftover`, Readable.from([pdfOfSize(1000)]));
    const orphanOfDeletedDossier = `${dossierPrefix("8d8e6f0e-0000-4000-8000-000000000000")}gone`;
    await storage.put(orphanOfDeletedDossier, Readable.from([pdfOfSize(1000)]));

    // Just written: too young to be a leftover (it may belong to an upload about to commit).
    await sweepOrphanFiles();
    expect((await storedKeys(id)).sort()).toEqual([`${dossierPrefix(id)}crash-leftover`, namedKey].sort());

    const removed = await sweepOrphanFiles({ now: new Date(Date.now() + 60 * 60 * 1000) });
    expect(removed).toBeGreaterThanOrEqual(2);
    expect(await storedKeys(id)).toEqual([namedKey]);
    expect(await storage.get(orphanOfDeletedDossier)).toBeNull();
  });
});
