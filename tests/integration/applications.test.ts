import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, dossierWhereForActor } from "@/lib/auth/authorization";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { createDraftApplication } from "@/lib/applications/create-draft-application";
import { submitApplication } from "@/lib/applications/submit-application";
import { updateDraftApplication } from "@/lib/applications/update-draft-application";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { getDossier } from "@/lib/applications/get-dossier";
import { listOwnDossiers, listRegionalQueue } from "@/lib/applications/list-dossiers";
import type { Region } from "@/lib/generated/prisma/enums";
import { createCaseworker, createOrganisation, createUser, draftApplicationInput, grantMandate } from "@/prisma/factories";

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

async function rowCounts(employerId: string) {
  const [applications, workers, events] = await Promise.all([
    db.application.count({ where: { employerId } }),
    db.worker.count({ where: { employerId } }),
    db.statusEvent.count({ where: { application: { employerId } } }),
  ]);
  return { applications, workers, events };
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

describe("[FILING] creating a draft", () => {
  it("stores the worker, the workplaces and a 'created' event, and audits it", async () => {
    const { id } = await createDraftApplication({ actor: employerActor, input: draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }]) });
    const dossier = await db.application.findUniqueOrThrow({ where: { id }, include: { workplaces: true, statusEvents: true, worker: true } });
    expect(dossier).toMatchObject({ status: "DRAFT", employerId: employer.id, filedById: employer.id, referenceNumber: null, version: 0 });
    expect(dossier.workplaces).toEqual([expect.objectContaining({ establishmentUnitId: unit(0), postalCode: "2000", sharePercent: 100 })]);
    expect(dossier.statusEvents.map((e) => e.type)).toEqual(["APPLICATION_CREATED"]);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "application.create", outcome: "SUCCESS" } })).toBe(1);
  });

  it("answers bad input with one error per field and writes nothing", async () => {
    const before = await rowCounts(employer.id);
    const input = draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 70 }], {
      worker: { givenNames: "", familyName: "X", dateOfBirth: "2199-01-01", nationality: "FR", passportNumber: "?", residesInBelgium: false, residenceCountry: "IN" },
      iscoCode: "25",
      diplomaticPostCode: "",
    });
    await expect(createDraftApplication({ actor: employerActor, input })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ path: "worker.givenNames", message: "validation.givenNamesRequired" }),
        expect.objectContaining({ path: "worker.nationality", message: "validation.nationalityNotThirdCountry" }),
        expect.objectContaining({ path: "worker.passportNumber", message: "validation.passportNumberFormat" }),
        expect.objectContaining({ path: "iscoCode", message: "validation.iscoCodeFormat" }),
      ]),
    });
    // Cross-field rules: shares that do not add up, and no diplomatic post for a worker abroad.
    const crossField = draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 70 }], { diplomaticPostCode: "" });
    await expect(createDraftApplication({ actor: employerActor, input: crossField })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ path: "workplaces", message: "validation.sharesMustTotal100" }),
        expect.objectContaining({ path: "diplomaticPostCode", message: "validation.diplomaticPostRequired" }),
      ]),
    });
    await expect(createDraftApplication({ actor: employerActor, input: "not an object" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await rowCounts(employer.id)).toEqual(before);
  });

  it("refuses another employer's establishment unit, naming the field", async () => {
    const before = await rowCounts(employer.id);
    await expect(
      createDraftApplication({ actor: otherEmployerActor, input: draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }]) }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "workplaces.0.establishmentUnitId", message: "validation.establishmentUnitRequired" }] });
    expect(await rowCounts(employer.id)).toEqual(before);
  });

  it("lets a mandatary file only for an employer that gave it a valid mandate", async () => {
    const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
    const mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
    const input = draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }], { employerId: employer.id });
    await expect(createDraftApplication({ actor: mandataryActor, input })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "employerId", message: "validation.noActiveMandate" }],
    });
    const admin = await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id });
    await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: admin.id, validFrom: "2020-01-01", validUntil: "2021-12-31" });
    await expect(createDraftApplication({ actor: mandataryActor, input })).rejects.toMatchObject({ code: "VALIDATION" });
    const mandate = await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: admin.id });
    const { id } = await createDraftApplication({ actor: mandataryActor, input });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ employerId: employer.id, filedById: mandatary.id, mandateId: mandate.id });
    // The employer sees what its mandatary filed.
    expect((await listOwnDossiers({ actor: employerActor })).map((d) => d.id)).toContain(id);
  });

  it("refuses roles that do not file", async () => {
    const input = draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }]);
    await expect(createDraftApplication({ actor: flemishCaseworker, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createDraftApplication({ actor: immigrationCaseworker, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("[FILING] submitting routes the dossier to the competent region", () => {
  it("gives a reference number, routes by establishment unit and puts it in that region's queue only", async () => {
    const { id } = await createDraftApplication({
      actor: employerActor,
      input: draftApplicationInput([
        { establishmentUnitId: unit(0), sharePercent: 60 },
        { establishmentUnitId: unit(1), sharePercent: 40 },
      ]),
    });
    const { referenceNumber } = await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } });
    expect(referenceNumber).toMatch(/^WIB-\d{4}-\d{6}$/);

    const dossier = await db.application.findUniqueOrThrow({ where: { id }, include: { statusEvents: { orderBy: { occurredAt: "asc" } } } });
    expect(dossier).toMatchObject({ status: "SUBMITTED", version: 1, referenceNumber, competentRegion: "FLEMISH_REGION", routingRule: "ESTABLISHMENT_UNIT", regionPickedByFiler: false });
    expect(dossier.submittedAt).toBeInstanceOf(Date);
    expect(dossier.routingReason).toBeTruthy();
    expect(dossier.statusEvents.map((e) => e.type)).toEqual(["APPLICATION_CREATED", "APPLICATION_SUBMITTED", "APPLICATION_ROUTED"]);
    expect(await db.outboxMessage.count({ where: { applicationId: id, topic: "application.submitted", status: "PENDING" } })).toBe(1);

    expect((await listRegionalQueue({ actor: flemishCaseworker })).map((d) => d.id)).toContain(id);
    for (const other of [brusselsCaseworker, walloonCaseworker, germanSpeakingCaseworker]) {
      expect((await listRegionalQueue({ actor: other })).map((d) => d.id)).not.toContain(id);
      await expect(getDossier({ actor: other, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getDossier({ actor: otherEmployerActor, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const seen = await getDossier({ actor: flemishCaseworker, applicationId: id });
    expect(seen.timeline.map((e) => e.messageKey)).toEqual(["created", "submitted", "routed"]);
  });

  it("refuses a second submission and a stale version, writing nothing", async () => {
    const { id } = await createDraftApplication({ actor: employerActor, input: draftApplicationInput([{ establishmentUnitId: unit(2), sharePercent: 100 }]) });
    await expect(submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 3 } })).rejects.toMatchObject({ code: "CONFLICT" });
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } });
    await expect(submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 1 } })).rejects.toMatchObject({ code: "CONFLICT" });
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
    const { id } = await createDraftApplication({ actor: employerActor, input: draftApplicationInput([{ establishmentUnitId: unit(3), sharePercent: 100 }]) });
    await expect(submitApplication({ actor: otherEmployerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitApplication({ actor: germanSpeakingCaseworker, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } });
    expect((await listRegionalQueue({ actor: germanSpeakingCaseworker })).map((d) => d.id)).toContain(id);
  });

  it("falls back to the registered office on a tie", async () => {
    const { id } = await createDraftApplication({
      actor: employerActor,
      input: draftApplicationInput([
        { establishmentUnitId: unit(1), sharePercent: 50 },
        { establishmentUnitId: unit(2), sharePercent: 50 },
      ]),
    });
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ competentRegion: "FLEMISH_REGION", routingRule: "REGISTERED_OFFICE" });
  });

  it("gives every submission its own reference number, also when they race", async () => {
    const drafts = await Promise.all(
      Array.from({ length: 5 }, () => createDraftApplication({ actor: employerActor, input: draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }]) })),
    );
    const numbers = await Promise.all(drafts.map(({ id }) => submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } })));
    expect(new Set(numbers.map((n) => n.referenceNumber)).size).toBe(5);
  });
});

describe("[ACCESS] a revoked mandate", () => {
  it("stops the mandatary from changing or submitting a draft it started", async () => {
    const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
    const mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
    const admin = await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id });
    const mandate = await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: admin.id });
    const input = draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }], { employerId: employer.id });
    const { id } = await createDraftApplication({ actor: mandataryActor, input });
    await db.mandate.update({ where: { id: mandate.id }, data: { revokedAt: new Date(), revokedById: admin.id } });
    await expect(updateDraftApplication({ actor: mandataryActor, input: { applicationId: id, version: 0, application: input } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitApplication({ actor: mandataryActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    // The employer itself still can.
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } });
  });
});

describe("[ACCESS] the query filter agrees with the permission rule", () => {
  it("returns exactly the dossiers each actor may read", async () => {
    // A mandatary that filed for the employer, and a worker whose account follows one dossier.
    const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
    const mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
    const admin = await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id });
    await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: admin.id });
    const filed = await createDraftApplication({ actor: mandataryActor, input: draftApplicationInput([{ establishmentUnitId: unit(1), sharePercent: 100 }], { employerId: employer.id }) });
    await submitApplication({ actor: mandataryActor, input: { submissionKey: randomUUID(), applicationId: filed.id, version: 0 } });
    const workerUser = await createUser(db, { passwordHash });
    const followed = await db.application.findUniqueOrThrow({ where: { id: filed.id }, select: { workerId: true } });
    await db.worker.update({ where: { id: followed.workerId }, data: { userId: workerUser.id } });
    const workerActor: Actor = { userId: workerUser.id, role: "WORKER", organisationId: null, region: null };

    const all = await db.application.findMany({ where: { employerId: employer.id }, select: { id: true, employerId: true, filedById: true, worker: { select: { userId: true } }, competentRegion: true, status: true } });
    const actors = [employerActor, otherEmployerActor, mandataryActor, workerActor, flemishCaseworker, brusselsCaseworker, walloonCaseworker, germanSpeakingCaseworker, immigrationCaseworker];
    for (const actor of actors) {
      const visible = await db.application.findMany({ where: { AND: [{ employerId: employer.id }, dossierWhereForActor(actor)] }, select: { id: true } });
      const expected = all.filter((d) => can(actor, "dossier:read", d)).map((d) => d.id);
      expect(visible.map((d) => d.id).sort(), actor.role).toEqual(expected.sort());
    }
    // The filter is not vacuous: the mandatary and the worker each see the dossier they should.
    expect((await db.application.findMany({ where: dossierWhereForActor(mandataryActor), select: { id: true } })).map((d) => d.id)).toEqual([filed.id]);
    expect((await db.application.findMany({ where: dossierWhereForActor(workerActor), select: { id: true } })).map((d) => d.id)).toEqual([filed.id]);
  });
});

describe("[FILING] changing a draft re-routes it", () => {
  it("replaces the workplaces, bumps the version, logs the change, and submission routes by the new units", async () => {
    const { id } = await createDraftApplication({ actor: employerActor, input: draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }]) });
    const changed = draftApplicationInput([
      { establishmentUnitId: unit(1), sharePercent: 70 },
      { establishmentUnitId: unit(0), sharePercent: 30 },
    ]);
    expect(await updateDraftApplication({ actor: employerActor, input: { applicationId: id, version: 0, application: changed } })).toEqual({ id, version: 1 });
    const draft = await db.application.findUniqueOrThrow({ where: { id }, include: { workplaces: { orderBy: { position: "asc" } }, statusEvents: true } });
    expect(draft.workplaces.map((w) => [w.postalCode, w.sharePercent])).toEqual([["1000", 70], ["2000", 30]]);
    expect(draft.statusEvents.map((e) => e.type).sort()).toEqual(["APPLICATION_CREATED", "APPLICATION_UPDATED"]);
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 1 } });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ competentRegion: "BRUSSELS_CAPITAL_REGION", routingRule: "ESTABLISHMENT_UNIT" });
  });

  it("refuses a stale version, a submitted dossier, someone else's draft and bad input, changing nothing", async () => {
    const { id } = await createDraftApplication({ actor: employerActor, input: draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }]) });
    const changed = draftApplicationInput([{ establishmentUnitId: unit(2), sharePercent: 100 }]);
    await expect(updateDraftApplication({ actor: employerActor, input: { applicationId: id, version: 5, application: changed } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateDraftApplication({ actor: otherEmployerActor, input: { applicationId: id, version: 0, application: changed } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateDraftApplication({ actor: employerActor, input: { applicationId: id, version: 0, application: { ...changed, jobTitle: "" } } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [expect.objectContaining({ path: "jobTitle" })] });
    await expect(
      updateDraftApplication({ actor: employerActor, input: { applicationId: id, version: 0, application: draftApplicationInput([{ postalCode: "4000", sharePercent: 100 }]) } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "workplaces.0.postalCode", message: "validation.placeOfWorkOnlyWithoutUnits" }] });
    expect((await db.application.findUniqueOrThrow({ where: { id }, include: { workplaces: true } })).workplaces.map((w) => w.postalCode)).toEqual(["2000"]);
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } });
    await expect(updateDraftApplication({ actor: employerActor, input: { applicationId: id, version: 1, application: changed } })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("[ROUTING] an employer with no registered office and no unit in Belgium", () => {
  let foreignActor: Actor;
  beforeAll(async () => {
    const foreign = await createOrganisation(db, { registeredOffice: null, enterpriseNumber: null });
    foreignActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: foreign.id })).id);
  });

  it("is routed by the places of work", async () => {
    const { id } = await createDraftApplication({
      actor: foreignActor,
      input: draftApplicationInput([
        { postalCode: "4700", sharePercent: 60 },
        { postalCode: "4000", sharePercent: 40 },
      ]),
    });
    await submitApplication({ actor: foreignActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ competentRegion: "GERMAN_SPEAKING_COMMUNITY", routingRule: "PLACE_OF_ACTIVITY" });
    expect((await listRegionalQueue({ actor: germanSpeakingCaseworker })).map((d) => d.id)).toContain(id);
  });

  it("asks the filer to pick among tied regions, stores the pick and shows it to the caseworker", async () => {
    const { id } = await createDraftApplication({
      actor: foreignActor,
      input: draftApplicationInput([
        { postalCode: "1000", sharePercent: 50 },
        { postalCode: "5000", sharePercent: 50 },
      ]),
    });
    await expect(submitApplication({ actor: foreignActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "regionPick", message: "validation.regionPickRequired" }],
    });
    await expect(submitApplication({ actor: foreignActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0, regionPick: "FLEMISH_REGION" } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    await submitApplication({ actor: foreignActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0, regionPick: "WALLOON_REGION" } });
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
    await expect(
      createDraftApplication({ actor: foreignActor, input: draftApplicationInput([{ postalCode: "1005", sharePercent: 100 }]) }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "workplaces.0.postalCode", message: "validation.placeOfWorkPostalCode" }] });
  });
});

describe("[WORKER] a worker's account follows every dossier filed for them", () => {
  it("links a new application for the same passport to the account, keeping each dossier's own record", async () => {
    const first = await createDraftApplication({ actor: employerActor, input: draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }]) });
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: first.id, version: 0 } });
    const firstWorker = await db.worker.findFirstOrThrow({ where: { applications: { some: { id: first.id } } } });
    const account = await createUser(db, { passwordHash });
    await db.worker.update({ where: { id: firstWorker.id }, data: { userId: account.id } });

    const renewal = draftApplicationInput([{ establishmentUnitId: unit(1), sharePercent: 100 }], {
      isRenewal: true,
      worker: { givenNames: "Priya Devi", familyName: firstWorker.familyName, dateOfBirth: "1992-04-17", nationality: "IN", passportNumber: firstWorker.passportNumber, email: "", residesInBelgium: false, residenceCountry: "IN" },
    });
    const second = await createDraftApplication({ actor: otherEmployerActor, input: { ...renewal, workplaces: [{ establishmentUnitId: (await db.establishmentUnit.findFirstOrThrow({ where: { organisationId: otherEmployerActor.organisationId! } })).id, sharePercent: 100 }] } });
    await submitApplication({ actor: otherEmployerActor, input: { submissionKey: randomUUID(), applicationId: second.id, version: 0 } });

    const workerActor = await actorFor(account.id);
    expect(workerActor.role).toBe("WORKER");
    expect((await listOwnDossiers({ actor: workerActor })).map((d) => d.id).sort()).toEqual([first.id, second.id].sort());
    // The first dossier still shows the name as it was filed.
    expect((await getDossier({ actor: workerActor, applicationId: first.id })).worker.givenNames).toBe("Priya");
    expect((await getDossier({ actor: workerActor, applicationId: second.id })).worker.givenNames).toBe("Priya Devi");
  });
});

describe("[FILING] the applicant stops an application", () => {
  it("stops a submitted application before treatment, and logs, audits and announces it", async () => {
    const { id } = await createDraftApplication({ actor: employerActor, input: draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }]) });
    await expect(withdrawApplication({ actor: employerActor, input: { applicationId: id, version: 0 } })).rejects.toMatchObject({ code: "CONFLICT" });
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } });
    await expect(withdrawApplication({ actor: otherEmployerActor, input: { applicationId: id, version: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawApplication({ actor: flemishCaseworker, input: { applicationId: id, version: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withdrawApplication({ actor: employerActor, input: { applicationId: id, version: 0 } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(withdrawApplication({ actor: employerActor, input: { applicationId: id } })).rejects.toMatchObject({ code: "VALIDATION" });

    await withdrawApplication({ actor: employerActor, input: { applicationId: id, version: 1 } });
    const dossier = await db.application.findUniqueOrThrow({ where: { id } });
    expect(dossier).toMatchObject({ status: "WITHDRAWN", version: 2 });
    expect(dossier.closedAt).toBeInstanceOf(Date);
    expect((await getDossier({ actor: employerActor, applicationId: id })).timeline.map((e) => e.messageKey).at(-1)).toBe("withdrawn");
    expect(await db.outboxMessage.count({ where: { applicationId: id, topic: "application.withdrawn" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "application.withdraw" } })).toBe(1);
  });

  it("cannot stop it once a caseworker has taken it into treatment", async () => {
    const { id } = await createDraftApplication({ actor: employerActor, input: draftApplicationInput([{ establishmentUnitId: unit(0), sharePercent: 100 }]) });
    await submitApplication({ actor: employerActor, input: { submissionKey: randomUUID(), applicationId: id, version: 0 } });
    // Taking into treatment is the regional service's (a later use case); here only its effect matters.
    await db.application.update({ where: { id }, data: { status: "ADMISSIBILITY_REVIEW", version: 2, takenIntoTreatmentAt: new Date() } });
    await expect(withdrawApplication({ actor: employerActor, input: { applicationId: id, version: 2 } })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
