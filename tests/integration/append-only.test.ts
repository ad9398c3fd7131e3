import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { createOrganisation, createUser, fileDraftApplication, filingStepValues } from "@/prisma/factories";

const db = getDb();
let applicationId: string;
let userId: string;

beforeAll(async () => {
  const employer = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  const user = await createUser(db, { passwordHash: "x", role: "EMPLOYER_USER", organisationId: employer.id });
  userId = user.id;
  const actor = (await resolveActor(user.id))!;
  ({ id: applicationId } = await fileDraftApplication(actor, filingStepValues([{ establishmentUnitId: employer.establishmentUnits[0]!.id, sharePercent: 100 }])));
});

afterAll(() => db.$disconnect());

describe("[HISTORY] the database keeps the history as it was written", () => {
  it("refuses to change or delete a status event", async () => {
    await expect(db.statusEvent.updateMany({ where: { applicationId }, data: { type: "APPLICATION_SUBMITTED" } })).rejects.toThrow(/append-only/);
    await expect(db.statusEvent.deleteMany({ where: { applicationId } })).rejects.toThrow(/append-only/);
    expect((await db.statusEvent.findMany({ where: { applicationId } })).map((e) => e.type)).toEqual(["APPLICATION_CREATED", ...Array(4).fill("APPLICATION_UPDATED")]);
  });

  it("refuses to change or delete an audit entry", async () => {
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: applicationId } });
    await expect(db.auditEntry.update({ where: { id: entry.id }, data: { outcome: "DENIED" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });

  it("lets a document be replaced before submission, never after", async () => {
    const document = (sha: string) => ({ applicationId, kind: "PASSPORT" as const, fileName: "passport.pdf", mediaType: "application/pdf", sizeBytes: 1000, sha256: sha.repeat(64), storageKey: `test/${crypto.randomUUID()}`, uploadedById: userId });
    const draftDocument = await db.document.create({ data: document("a") });
    await db.document.update({ where: { id: draftDocument.id }, data: { fileName: "passport-scan.pdf" } });
    await db.document.delete({ where: { id: draftDocument.id } });

    const submitted = await db.document.create({ data: { ...document("b"), submittedAt: new Date() } });
    await expect(db.document.update({ where: { id: submitted.id }, data: { fileName: "other.pdf" } })).rejects.toThrow(/immutable/);
    await expect(db.document.delete({ where: { id: submitted.id } })).rejects.toThrow(/immutable/);
  });
});
