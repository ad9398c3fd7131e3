import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { organisationOf, type Actor } from "@/lib/auth/actor";
import { claimDossier } from "@/lib/auth/worker-accounts";
import { can, dossierScopeSelect, dossierWhereForActor } from "@/lib/auth/authorization";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { submitApplication } from "@/lib/applications/submit-application";
import { saveFilingStep } from "@/lib/filing/save-filing-step";
import { getDossier } from "@/lib/applications/get-dossier";
import { listOwnDossiers, listRegionalQueue } from "@/lib/applications/list-dossiers";
import type { Region } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, dayInBelgium, dayToDate } from "@/lib/dates";
import { createCaseworker, createOrganisation, createUser, filingStepValues, grantMandate } from "@/prisma/factories";
import { addDocumentRows, completeDraft } from "@/tests/support/filing";

const db = getDb();
const passwordHash = "not-a-real-hash";

async function actorFor(userId: string): Promise<Actor> {
  const actor = await resolveActor(userId);
  if (!actor) throw new Error("no actor");
  return actor;
}

async function caseworkerOf(region: Region | null): Promise<Actor> {
  return actorFor((await createCaseworker(db, { region, passwordHash })).id);
}

let employer: Awaited<ReturnType<typeof createOrganisation>>;
let employerActor: Actor;
let otherEmployerActor: Actor;
let flemishCaseworker: Actor;
let brusselsCaseworker: Actor;
let walloonCaseworker: Actor;
let germanSpeakingCaseworker: Actor;
let immigrationCaseworker: Actor;

beforeAll(async () => {
  employer = await createOrganisation(db, {
    registeredOffice: { street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
    units: [
      { name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
      { name: "Brussel", street: "Wetstraat 1", postalCode: "1000", city: "Brussel" },
      { name: "Liège", street: "Rue Léopold 1", postalCode: "4000", city: "Liège" },
      { name: "Eupen", street: "Klosterstraße 1", postalCode: "4700", city: "Eupen" },
    ],
  });
  employerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: employer.id })).id);
  const other = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  otherEmployerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: other.id })).id);
  flemishCaseworker = await caseworkerOf("FLEMISH_REGION");
  brusselsCaseworker = await caseworkerOf("BRUSSELS_CAPITAL_REGION");
  walloonCaseworker = await caseworkerOf("WALLOON_REGION");
  germanSpeakingCaseworker = await caseworkerOf("GERMAN_SPEAKING_COMMUNITY");
  immigrationCaseworker = await caseworkerOf(null);
});

afterAll(async () => {
  await db.$disconnect();
});

const unit = (index: number) => employer.establishmentUnits[index]!.id;

describe("[FILING] submitting routes the dossier to the competent region", () => {
  it("gives a reference number, routes by establishment unit and puts it in that region's queue only", async () => {
    const { id } = await completeDraft(db, employerActor, [
        { establishmentUnitId: unit(0), sharePercent: 60 },
        { establishmentUnitId: unit(1), sharePercent: 40 },
      ]);
    const { referenceNumber } = await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } });
    expect(referenceNumber).toMatch(/^WIB-\d{4}-\d{6}$/);

    const dossier = await db.application.findUniqueOrThrow({ where: { id }, include: { statusEvents: { orderBy: { occurredAt: "asc" } } } });
    expect(dossier).toMatchObject({ status: "SUBMITTED", version: 5, referenceNumber, competentRegion: "FLEMISH_REGION", routingRule: "ESTABLISHMENT_UNIT", regionPickedByFiler: false });
    expect(dossier.submittedAt).toBeInstanceOf(Date);
    expect(dossier.routingReason).toBeTruthy();
    expect(dossier.statusEvents.map((e) => e.type)).toEqual(["APPLICATION_CREATED", ...Array(4).fill("APPLICATION_UPDATED"), "APPLICATION_SUBMITTED", "APPLICATION_ROUTED"]);
    expect(await db.outboxMessage.count({ where: { applicationId: id, topic: "application.submitted", status: "PENDING" } })).toBe(1);

    expect((await listRegionalQueue({ actor: flemishCaseworker })).dossiers.map((d) => d.id)).toContain(id);
    for (const other of [brusselsCaseworker, walloonCaseworker, germanSpeakingCaseworker]) {
      expect((await listRegionalQueue({ actor: other })).dossiers.map((d) => d.id)).not.toContain(id);
      await expect(getDossier({ actor: other, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getDossier({ actor: otherEmployerActor, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const seen = await getDossier({ actor: flemishCaseworker, applicationId: id });
    expect(seen.timeline.map((e) => e.messageKey)).toEqual(["created", "updated", "updated", "updated", "updated", "submitted", "routed"]);
  });

  it("refuses a second submission and a stale version, writing nothing", async () => {
    const { id } = await completeDraft(db, employerActor, [{ establishmentUnitId: unit(2), sharePercent: 100 }]);
    await expect(submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 3, declaration: true } })).rejects.toMatchObject({ code: "CONFLICT" });
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } });
    await expect(submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 5, declaration: true } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.statusEvent.count({ where: { applicationId: id, type: "APPLICATION_SUBMITTED" } })).toBe(1);
    expect((await db.application.findUniqueOrThrow({ where: { id } })).competentRegion).toBe("WALLOON_REGION");
  });

  it("answers bad submit input with field errors", async () => {
    await expect(submitApplication({ actor: employerActor, input: { applicationId: "nope", version: -1 } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ path: "applicationId" }),
        expect.objectContaining({ path: "version" }),
        expect.objectContaining({ path: "submissionKey", message: "validation.submissionKeyRequired" }),
      ]),
    });
  });

  it("does not let another employer or a caseworker submit someone's draft", async () => {
    const { id } = await completeDraft(db, employerActor, [{ establishmentUnitId: unit(3), sharePercent: 100 }]);
    await expect(submitApplication({ actor: otherEmployerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitApplication({ actor: germanSpeakingCaseworker, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } });
    expect((await listRegionalQueue({ actor: germanSpeakingCaseworker })).dossiers.map((d) => d.id)).toContain(id);
  });

  it("falls back to the registered office on a tie", async () => {
    const { id } = await completeDraft(db, employerActor, [
        { establishmentUnitId: unit(1), sharePercent: 50 },
        { establishmentUnitId: unit(2), sharePercent: 50 },
      ]);
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ competentRegion: "FLEMISH_REGION", routingRule: "REGISTERED_OFFICE" });
  });

  it("gives every submission its own reference number, also when they race", async () => {
    const drafts = await Promise.all(
      Array.from({ length: 5 }, () => completeDraft(db, employerActor, [{ establishmentUnitId: unit(0), sharePercent: 100 }])),
    );
    const numbers = await Promise.all(drafts.map(({ id }) => submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } })));
    expect(new Set(numbers.map((n) => n.referenceNumber)).size).toBe(5);
  });
});

describe("[ACCESS] an ended mandate", () => {
  it("stops the mandatary from changing or submitting a draft it started", async () => {
    const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
    const mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
    const admin = await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id });
    const mandate = await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: admin.id });
    const values = filingStepValues([{ establishmentUnitId: unit(0), sharePercent: 100 }]);
    const { id } = await completeDraft(db, mandataryActor, [{ establishmentUnitId: unit(0), sharePercent: 100 }], {}, { employerId: employer.id });
    await db.mandate.update({ where: { id: mandate.id }, data: { status: "ENDED", endedAt: new Date(), endedById: admin.id, endedByOrganisationId: employer.id } });
    // The draft is no longer the mandatary's to see (docs/decisions/mandates.md): NOT_FOUND.
    await expect(saveFilingStep({ actor: mandataryActor, input: { applicationId: id, version: 4, step: "fee", values: values.fee } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitApplication({ actor: mandataryActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    // The employer itself still can.
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } });
  });
});

describe("[ACCESS] the query filter agrees with the permission rule", () => {
  it("returns exactly the dossiers each actor may read", async () => {
    // A mandatary that filed for the employer, and a worker whose account follows one dossier.
    const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
    const mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
    const admin = await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id });
    await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: admin.id });
    const filed = await completeDraft(db, mandataryActor, [{ establishmentUnitId: unit(1), sharePercent: 100 }], {}, { employerId: employer.id });
    await submitApplication({ actor: mandataryActor, input: { submissionKey: randomUUID(), applicationId: filed.id, version: 4, declaration: true } });
    const workerUser = await createUser(db, { passwordHash });
    const followed = await db.application.findUniqueOrThrow({ where: { id: filed.id }, select: { workerId: true } });
    await db.worker.update({ where: { id: followed.workerId! }, data: { userId: workerUser.id } });
    const workerActor: Actor = { kind: "worker", userId: workerUser.id };

    // Mandataries that filed a draft for the employer while their mandate was in force, whose mandate
    // then expired, had not started, was only proposed, or was ended: the filter and the rule must agree on each.
    const yesterday = addDays(dayInBelgium(), -1);
    const tomorrow = addDays(dayInBelgium(), 1);
    const states: Prisma.MandateUpdateInput[] = [
      { validUntil: dayToDate(yesterday) },
      { validFrom: dayToDate(tomorrow) },
      { status: "PROPOSED", acceptedAt: null },
      { status: "ENDED", endedAt: new Date() },
    ];
    const outOfForce: Actor[] = [];
    for (const change of states) {
      const organisation = await createOrganisation(db, { kind: "MANDATARY" });
      const actor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_ADMIN", organisationId: organisation.id })).id);
      const mandate = await grantMandate(db, { employerId: employer.id, mandataryId: organisation.id, grantedById: admin.id });
      await completeDraft(db, actor, [{ establishmentUnitId: unit(1), sharePercent: 100 }], {}, { employerId: employer.id });
      await db.mandate.update({ where: { id: mandate.id }, data: change });
      outOfForce.push(actor);
    }
    const actors = [employerActor, otherEmployerActor, mandataryActor, ...outOfForce, workerActor, flemishCaseworker, brusselsCaseworker, walloonCaseworker, germanSpeakingCaseworker, immigrationCaseworker];
    for (const actor of actors) {
      const all = await db.application.findMany({ where: { employerId: employer.id }, select: { id: true, ...dossierScopeSelect(actor) } });
      const visible = await db.application.findMany({ where: { AND: [{ employerId: employer.id }, dossierWhereForActor(actor)] }, select: { id: true } });
      const expected = all.filter((d) => can(actor, "dossier:read", d)).map((d) => d.id);
      expect(visible.map((d) => d.id).sort(), actor.kind).toEqual(expected.sort());
    }
    // The filter is not vacuous: the mandatary and the worker each see the dossier they should.
    expect((await db.application.findMany({ where: dossierWhereForActor(mandataryActor), select: { id: true } })).map((d) => d.id)).toEqual([filed.id]);
    expect((await db.application.findMany({ where: dossierWhereForActor(workerActor), select: { id: true } })).map((d) => d.id)).toEqual([filed.id]);
    // A mandatary whose mandate is not in force sees nothing, not even the draft it filed.
    for (const actor of outOfForce) expect(await db.application.count({ where: dossierWhereForActor(actor) })).toBe(0);
    expect(await db.application.count({ where: { filedById: { in: outOfForce.map((a) => organisationOf(a) ?? "") } } })).toBe(outOfForce.length);
  });
});

describe("[ROUTING] an employer with no registered office and no unit in Belgium", () => {
  let foreignActor: Actor;
  beforeAll(async () => {
    const foreign = await createOrganisation(db, { registeredOffice: null, enterpriseNumber: null });
    foreignActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: foreign.id })).id);
  });

  it("is routed by the places of work", async () => {
    const { id } = await completeDraft(db, foreignActor, [
        { postalCode: "4700", sharePercent: 60 },
        { postalCode: "4000", sharePercent: 40 },
      ]);
    await submitApplication({ actor: foreignActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ competentRegion: "GERMAN_SPEAKING_COMMUNITY", routingRule: "PLACE_OF_ACTIVITY" });
    expect((await listRegionalQueue({ actor: germanSpeakingCaseworker })).dossiers.map((d) => d.id)).toContain(id);
  });

  it("asks the filer to pick among tied regions, stores the pick and shows it to the caseworker", async () => {
    const { id } = await completeDraft(db, foreignActor, [
        { postalCode: "1000", sharePercent: 50 },
        { postalCode: "5000", sharePercent: 50 },
      ]);
    await expect(submitApplication({ actor: foreignActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "regionPick", message: "validation.regionPickRequired" }],
    });
    await expect(submitApplication({ actor: foreignActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true, regionPick: "FLEMISH_REGION" } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    await submitApplication({ actor: foreignActor, input: { submissionKey: randomUUID(), applicationId: id, version: 4, declaration: true, regionPick: "WALLOON_REGION" } });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({
      competentRegion: "WALLOON_REGION",
      routingRule: "UNDETERMINED",
      routingCandidates: ["BRUSSELS_CAPITAL_REGION", "WALLOON_REGION"],
      regionPickedByFiler: true,
    });
    const seen = await getDossier({ actor: walloonCaseworker, applicationId: id });
    expect(seen.regionPickedByFiler).toBe(true);
    expect(seen.timeline.map((e) => e.messageKey)).toContain("routedByPick");
    await expect(getDossier({ actor: brusselsCaseworker, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a postal code that is not a Belgian place of work", async () => {
    await expect(completeDraft(db, foreignActor, [{ postalCode: "1005", sharePercent: 100 }])).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "workplaces.0.postalCode", message: "validation.placeOfWorkPostalCode" }],
    });
  });
});

describe("[WORKER] a worker's account follows the dossiers it was linked to", () => {
  it("follows a new application for the same passport only after the worker claims it, keeping each dossier's own record", async () => {
    const first = await completeDraft(db, employerActor, [{ establishmentUnitId: unit(0), sharePercent: 100 }]);
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: first.id, version: 4, declaration: true } });
    const firstWorker = await db.worker.findFirstOrThrow({ where: { applications: { some: { id: first.id } } } });
    const account = await createUser(db, { passwordHash });
    await db.worker.update({ where: { id: firstWorker.id }, data: { userId: account.id } });

    const otherUnit = await db.establishmentUnit.findFirstOrThrow({ where: { organisationId: organisationOf(otherEmployerActor) ?? "" } });
    const second = await completeDraft(db, otherEmployerActor, [{ establishmentUnitId: otherUnit.id, sharePercent: 100 }], {
      worker: { givenNames: "Priya Devi", familyName: firstWorker.familyName, passportNumber: firstWorker.passportNumber },
      employment: { isRenewal: true },
    });
    // A renewal needs the proof of health insurance itself: the employer's commitment is for first applications.
    await addDocumentRows(db, second.id, otherEmployerActor.userId, ["HEALTH_INSURANCE_PROOF"]);
    const { referenceNumber } = await submitApplication({ actor: otherEmployerActor, input: { submissionKey: randomUUID(), applicationId: second.id, version: 4, declaration: true } });

    const workerActor = await actorFor(account.id);
    expect(workerActor.kind).toBe("worker");
    // The same passport number proves nothing: the worker sees the second dossier once they claim it.
    expect((await listOwnDossiers({ actor: workerActor })).map((d) => d.id)).toEqual([first.id]);
    await claimDossier({ actor: workerActor, input: { referenceNumber, passportNumber: firstWorker.passportNumber, dateOfBirth: "1992-04-17" }, clientAddress: null });
    expect((await listOwnDossiers({ actor: workerActor })).map((d) => d.id).sort()).toEqual([first.id, second.id].sort());
    // The first dossier still shows the name as it was filed.
    expect((await getDossier({ actor: workerActor, applicationId: first.id })).worker?.givenNames).toBe("Priya");
    expect((await getDossier({ actor: workerActor, applicationId: second.id })).worker?.givenNames).toBe("Priya Devi");
  });
});
