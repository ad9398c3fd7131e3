import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { submitApplication } from "@/lib/applications/submit-application";
import { COMPLETE_DOCUMENT_KINDS, createOrganisation, createUser } from "@/prisma/factories";
import { addDocumentRows, completeDraft } from "@/tests/support/filing";

const db = getDb();

let actor: Actor;
let unitId: string;
let userId: string;

beforeAll(async () => {
  const employer = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  unitId = employer.establishmentUnits[0]!.id;
  userId = (await createUser(db, { passwordHash: "not-a-real-hash", role: "EMPLOYER_USER", organisationId: employer.id })).id;
  const resolved = await resolveActor(userId);
  if (!resolved) throw new Error("no actor");
  actor = resolved;
});

afterAll(async () => {
  await db.$disconnect();
});

/** A complete draft (version 4 after its four steps) with its checklist's documents and `extra` more files. */
async function draftWithDocuments(extra: number): Promise<string> {
  const { id } = await completeDraft(db, actor, [{ establishmentUnitId: unitId, sharePercent: 100 }]);
  await addDocumentRows(db, id, userId, Array.from({ length: extra }, () => "OTHER" as const));
  return id;
}

const CHECKLIST = COMPLETE_DOCUMENT_KINDS.length;

/** Everything a submission writes about one dossier, to compare before and after. */
async function writtenFor(applicationId: string) {
  const [dossier, events, audit, outbox, submittedDocuments] = await Promise.all([
    db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true, version: true, referenceNumber: true, submissionKey: true, competentRegion: true } }),
    db.statusEvent.count({ where: { applicationId, type: { in: ["APPLICATION_SUBMITTED", "APPLICATION_ROUTED"] } } }),
    db.auditEntry.count({ where: { entityId: applicationId, action: "dossier.submit" } }),
    db.outboxMessage.count({ where: { applicationId } }),
    db.document.count({ where: { applicationId, submittedAt: { not: null } } }),
  ]);
  return { dossier, events, audit, outbox, submittedDocuments };
}

describe("[FILING] submitting twice", () => {
  it("makes one dossier and one reference number when the same submission arrives twice at once", async () => {
    const id = await draftWithDocuments(3);
    const submissionKey = randomUUID();
    const answers = await Promise.all([
      submitApplication({ actor, input: { applicationId: id, version: 4, submissionKey, declaration: true } }),
      submitApplication({ actor, input: { applicationId: id, version: 4, submissionKey, declaration: true } }),
    ]);
    expect(answers[0].referenceNumber).toMatch(/^WIB-\d{4}-\d{6}$/);
    expect(answers[1]).toEqual(answers[0]);
    expect(await db.application.count({ where: { referenceNumber: answers[0].referenceNumber } })).toBe(1);
    expect(await writtenFor(id)).toEqual({
      dossier: { status: "SUBMITTED", version: 5, referenceNumber: answers[0].referenceNumber, submissionKey, competentRegion: "FLEMISH_REGION" },
      events: 2,
      audit: 1,
      outbox: 1,
      submittedDocuments: CHECKLIST + 3,
    });
  });

  it("answers a retried request with the first answer and writes nothing more", async () => {
    const id = await draftWithDocuments(1);
    const submissionKey = randomUUID();
    const first = await submitApplication({ actor, input: { applicationId: id, version: 4, submissionKey, declaration: true } });
    const before = await writtenFor(id);
    // The browser lost the answer and sends the same request again, with the version it had.
    await expect(submitApplication({ actor, input: { applicationId: id, version: 4, submissionKey, declaration: true } })).resolves.toEqual(first);
    expect(await writtenFor(id)).toEqual(before);
  });

  it("lets only one of two different submissions of one draft through (two tabs), the other is a conflict", async () => {
    const id = await draftWithDocuments(1);
    const results = await Promise.allSettled([
      submitApplication({ actor, input: { applicationId: id, version: 4, submissionKey: randomUUID(), declaration: true } }),
      submitApplication({ actor, input: { applicationId: id, version: 4, submissionKey: randomUUID(), declaration: true } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    expect(await writtenFor(id)).toMatchObject({ events: 2, audit: 1, outbox: 1, submittedDocuments: CHECKLIST + 1 });
  });
});

describe("[FILING] a submission that fails half-way", () => {
  it("leaves the draft exactly as it was when the database fails on the last write", async () => {
    const id = await draftWithDocuments(2);
    // A real failure of the database, for this dossier only: the outbox row, written last, is refused.
    const trigger = `fail_outbox_${id.replaceAll("-", "")}`;
    await db.$executeRawUnsafe(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."applicationId" = '${id}' THEN RAISE EXCEPTION 'outbox unavailable'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER ${trigger} BEFORE INSERT ON "OutboxMessage" FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
    const before = await writtenFor(id);
    try {
      await expect(submitApplication({ actor, input: { applicationId: id, version: 4, submissionKey: randomUUID(), declaration: true } })).rejects.toThrow(/outbox unavailable/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${trigger} ON "OutboxMessage"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
    }
    expect(before).toEqual({
      dossier: { status: "DRAFT", version: 4, referenceNumber: null, submissionKey: null, competentRegion: null },
      events: 0,
      audit: 0,
      outbox: 0,
      submittedDocuments: 0,
    });
    expect(await writtenFor(id)).toEqual(before);

    // Once the database is back, the same draft submits normally.
    const { referenceNumber } = await submitApplication({ actor, input: { applicationId: id, version: 4, submissionKey: randomUUID(), declaration: true } });
    expect(await writtenFor(id)).toMatchObject({ dossier: { status: "SUBMITTED", referenceNumber }, events: 2, outbox: 1, submittedDocuments: CHECKLIST + 2 });
  });

  it("makes the dossier's documents read-only once submitted", async () => {
    const id = await draftWithDocuments(1);
    await submitApplication({ actor, input: { applicationId: id, version: 4, submissionKey: randomUUID(), declaration: true } });
    await expect(db.document.updateMany({ where: { applicationId: id }, data: { fileName: "changed.pdf" } })).rejects.toThrow();
    await expect(db.document.deleteMany({ where: { applicationId: id } })).rejects.toThrow();
  });
});
