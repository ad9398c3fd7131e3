import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { deleteDraftApplication } from "@/lib/applications/delete-draft-application";
import { uploadDocument } from "@/lib/documents/upload-document";
import { getDocumentFile } from "@/lib/documents/get-document-file";
import { dossierPrefix } from "@/lib/documents/dossier-files";
import { sweepOrphanFiles } from "@/lib/documents/sweep-orphan-files";
import { S3Storage } from "@/lib/storage/s3-storage";
import { setStorage, storageFromEnvironment } from "@/lib/storage/get-storage";
import { createOrganisation, createUser, fileDraftApplication, filingStepValues } from "@/prisma/factories";
import { pdfOfSize, streamOf, windowsExecutable } from "@/tests/fixtures/files";

const BUCKET = "wib-documents";
const db = getDb();
let server: S3rver;
let directory: string;
let storage: S3Storage;
let actor: Actor;
let unitId: string;

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage.list(prefix)) keys.push(object.key);
  return keys.sort();
}

beforeAll(async () => {
  // An S3-compatible server in this process, on a free port, storing under a temporary directory.
  directory = await mkdtemp(path.join(tmpdir(), "wib-s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await server.run();
  storage = new S3Storage({
    bucket: BUCKET,
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    forcePathStyle: true,
    // s3rver's fixed development credentials.
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  setStorage(storage);
  const employer = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  unitId = employer.establishmentUnits[0]!.id;
  actor = (await resolveActor((await createUser(db, { passwordHash: "x", role: "EMPLOYER_USER", organisationId: employer.id })).id))!;
});

afterAll(async () => {
  setStorage(undefined);
  await server.close();
  await rm(directory, { recursive: true, force: true });
  await db.$disconnect();
});

describe("[DOCUMENTS] S3-compatible storage", () => {
  it("is chosen by S3_BUCKET, local disk otherwise", () => {
    expect(storageFromEnvironment({ S3_BUCKET: "b", S3_ENDPOINT: "http://127.0.0.1:9000" })).toBeInstanceOf(S3Storage);
    expect(storageFromEnvironment({})).not.toBeInstanceOf(S3Storage);
  });

  it("stores, lists, reads back and deletes, in one part and in several", async () => {
    const small = pdfOfSize(3000);
    // Over lib-storage's 5 MiB part: a multipart upload, streamed part by part.
    const large = pdfOfSize(6 * 1024 * 1024 + 123);
    await storage.put("dossiers/s3-test/small", streamOf(small));
    await storage.put("dossiers/s3-test/large", streamOf(large, 64 * 1024));
    expect(await keysUnder("dossiers/s3-test/")).toEqual(["dossiers/s3-test/large", "dossiers/s3-test/small"]);
    expect((await buffer((await storage.get("dossiers/s3-test/large"))!)).equals(large)).toBe(true);
    await storage.delete("dossiers/s3-test/small");
    await storage.delete("dossiers/s3-test/small");
    expect(await storage.get("dossiers/s3-test/small")).toBeNull();
    await storage.delete("dossiers/s3-test/large");
    expect(await keysUnder("dossiers/s3-test/")).toEqual([]);
  });

  it("leaves no object when the body fails, in a single part or mid-way through a multipart upload", async () => {
    for (const before of [1000, 5 * 1024 * 1024 + 1000]) {
      const failing = Readable.from(
        (async function* () {
          for (let sent = 0; sent < before; sent += 64 * 1024) yield pdfOfSize(Math.min(64 * 1024, before - sent));
          throw new Error("connection reset");
        })(),
      );
      await expect(storage.put("dossiers/s3-fail/x", failing)).rejects.toThrow("connection reset");
    }
    expect(await keysUnder("dossiers/s3-fail/")).toEqual([]);
  });

  it("carries the whole document flow: upload, refusal, download, sweep and draft deletion", async () => {
    const { id } = await fileDraftApplication(actor, filingStepValues([{ establishmentUnitId: unitId, sharePercent: 100 }]));
    const pdf = pdfOfSize(40_000);
    const document = await uploadDocument({ actor, input: { applicationId: id, kind: "PASSPORT", fileName: "paspoort.pdf", content: streamOf(pdf) } });
    await expect(uploadDocument({ actor, input: { applicationId: id, kind: "PASSPORT", fileName: "paspoort.pdf", content: streamOf(windowsExecutable) } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await keysUnder(dossierPrefix(id))).toHaveLength(1);
    const file = await getDocumentFile({ actor, input: { applicationId: id, documentId: document.id } });
    expect((await buffer(file.content)).equals(pdf)).toBe(true);

    await storage.put(`${dossierPrefix(id)}leftover`, streamOf(pdfOfSize(100)));
    await sweepOrphanFiles({ now: new Date(Date.now() + 60 * 60 * 1000) });
    expect(await keysUnder(dossierPrefix(id))).toHaveLength(1);

    await deleteDraftApplication({ actor, input: { applicationId: id, version: 4 } });
    expect(await keysUnder(dossierPrefix(id))).toEqual([]);
  });
});
