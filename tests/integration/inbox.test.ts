import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { countUnreadInbox, listInbox, openInboxMessage } from "@/lib/inbox/inbox";
import { endMandate } from "@/lib/mandates/end-mandate";
import { createOrganisation, createUser, grantMandate } from "@/prisma/factories";
import { completeDraft, submit } from "@/tests/support/filing";

const db = getDb();
const passwordHash = "not-a-real-hash";
let employerActor: Actor;
let otherEmployerActor: Actor;
let workerActor: Actor;
let applicationId: string;
let referenceNumber: string;

async function actorFor(userId: string): Promise<Actor> {
  const actor = await resolveActor(userId);
  if (!actor) throw new Error("no actor");
  return actor;
}

const deliver = (topic: string, to: { organisationId: string } | { userId: string }, createdAt: Date) =>
  db.inboxMessage.create({ data: { ...to, applicationId, topic, createdAt, deliveryKey: `${applicationId}:${topic}:${Object.values(to)[0]}` } });

beforeAll(async () => {
  const employer = await createOrganisation(db, { units: [{ name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" }] });
  employerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: employer.id })).id);
  const other = await createOrganisation(db);
  otherEmployerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: other.id })).id);
  // A worker's account: the actor as the session resolves it for a worker (no organisation).
  workerActor = { kind: "worker", userId: (await createUser(db, { passwordHash })).id };
  const draft = await completeDraft(db, employerActor, [{ establishmentUnitId: employer.establishmentUnits[0]!.id, sharePercent: 100 }]);
  await submit(employerActor, draft);
  const application = await db.application.findUniqueOrThrow({ where: { id: draft.id } });
  applicationId = application.id;
  referenceNumber = application.referenceNumber!;
  await deliver("information.requested", { organisationId: employer.id }, new Date("2026-03-05T10:00:00Z"));
  await deliver("residence.granted", { organisationId: employer.id }, new Date("2026-04-20T10:00:00Z"));
  await deliver("residence.granted", { userId: workerActor.userId }, new Date("2026-04-20T10:00:00Z"));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("[INBOX] each reads their own inbox", () => {
  it("gives the employer its organisation's messages, newest first, with the dossier's reference; the worker theirs; another employer none", async () => {
    const inbox = await listInbox({ actor: employerActor });
    expect(inbox.map((m) => m.topic)).toEqual(["residence.granted", "information.requested"]);
    expect(inbox[0]!.application).toEqual({ id: applicationId, referenceNumber });
    expect((await listInbox({ actor: workerActor })).map((m) => m.topic)).toEqual(["residence.granted"]);
    expect(await listInbox({ actor: otherEmployerActor })).toEqual([]);
  });

  it("marks a message read when it is opened, once; another inbox's message is not found", async () => {
    const [newest] = await listInbox({ actor: employerActor });
    expect(newest!.readAt).toBeNull();
    expect(await countUnreadInbox({ actor: employerActor })).toBe(2);
    const opened = await openInboxMessage({ actor: employerActor, input: { messageId: newest!.id } });
    expect(opened.readAt).not.toBeNull();
    const again = await openInboxMessage({ actor: employerActor, input: { messageId: newest!.id } });
    expect(again.readAt).toEqual(opened.readAt);
    expect(await countUnreadInbox({ actor: employerActor })).toBe(1);
    expect(await countUnreadInbox({ actor: workerActor })).toBe(1);
    await expect(openInboxMessage({ actor: otherEmployerActor, input: { messageId: newest!.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openInboxMessage({ actor: workerActor, input: { messageId: newest!.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("[INBOX] a mandatary's messages after its mandate ends", () => {
  it("keeps the message, without the way to the dossier or its letter, which the mandatary can no longer open", async () => {
    const employer = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
    const employerAdmin = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id })).id);
    const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
    const mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
    const mandate = await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: employerAdmin.userId });
    const draft = await completeDraft(db, mandataryActor, [{ establishmentUnitId: employer.establishmentUnits[0]!.id, sharePercent: 100 }], {}, { employerId: employer.id });
    await submit(mandataryActor, draft);
    const message = await db.inboxMessage.create({
      data: { organisationId: mandatary.id, applicationId: draft.id, topic: "residence.granted", payload: {}, deliveryKey: `${draft.id}:residence.granted:${mandatary.id}` },
    });

    // While the mandate is in force, the message leads to its dossier.
    expect(await openInboxMessage({ actor: mandataryActor, input: { messageId: message.id } })).toMatchObject({ dossierOpen: true, application: { id: draft.id } });

    await endMandate({ actor: employerAdmin, input: { mandateId: mandate.id, version: mandate.version } });
    expect((await listInbox({ actor: mandataryActor })).map((m) => m.id)).toEqual([message.id]);
    const after = await openInboxMessage({ actor: mandataryActor, input: { messageId: message.id } });
    expect(after).toMatchObject({ dossierOpen: false, letter: null, application: { id: draft.id } });
    // The employer keeps both the message and the dossier.
    const employerMessage = await db.inboxMessage.create({
      data: { organisationId: employer.id, applicationId: draft.id, topic: "residence.granted", payload: {}, deliveryKey: `${draft.id}:residence.granted:${employer.id}` },
    });
    expect(await openInboxMessage({ actor: employerAdmin, input: { messageId: employerMessage.id } })).toMatchObject({ dossierOpen: true });
  });
});
