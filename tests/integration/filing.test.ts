import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { organisationOf, type Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { dayInBelgium } from "@/lib/dates";
import { listOwnDossiers } from "@/lib/applications/list-dossiers";
import { startDraftApplication } from "@/lib/filing/start-draft-application";
import { saveFilingStep } from "@/lib/filing/save-filing-step";
import { taskList } from "@/lib/filing/task-list";
import { createCaseworker, createOrganisation, createUser, fileDraftApplication, filingStepValues, grantMandate } from "@/prisma/factories";
import { addDocumentRows, completeDraft, submit } from "@/tests/support/filing";

const db = getDb();
const passwordHash = "not-a-real-hash";

async function actorFor(userId: string): Promise<Actor> {
  const actor = await resolveActor(userId);
  if (!actor) throw new Error("no actor");
  return actor;
}

/** What a step's save writes about a dossier, to compare before and after a refusal. */
async function written(applicationId: string) {
  const [dossier, events, audit, workers] = await Promise.all([
    db.application.findUniqueOrThrow({ where: { id: applicationId }, include: { workplaces: true } }),
    db.statusEvent.count({ where: { applicationId } }),
    db.auditEntry.count({ where: { entityId: applicationId, outcome: "SUCCESS" } }),
    db.worker.count({ where: { applications: { some: { id: applicationId } } } }),
  ]);
  return { dossier, events, audit, workers };
}

let employer: Awaited<ReturnType<typeof createOrganisation>>;
let employerActor: Actor;
let otherEmployerActor: Actor;
const unit = (index: number) => employer.establishmentUnits[index]!.id;

beforeAll(async () => {
  employer = await createOrganisation(db, {
    registeredOffice: { street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
    units: [
      { name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
      { name: "Brussel", street: "Wetstraat 1", postalCode: "1000", city: "Brussel" },
      { name: "Liège", street: "Rue Léopold 1", postalCode: "4000", city: "Liège" },
    ],
  });
  employerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: employer.id })).id);
  const other = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  otherEmployerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: other.id })).id);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("[FILING] starting a draft", () => {
  it("starts an empty draft for the employer's own organisation, with its 'created' event and audit entry", async () => {
    const { id } = await startDraftApplication({ actor: employerActor, input: {} });
    const { dossier, events, audit, workers } = await written(id);
    expect(dossier).toMatchObject({ status: "DRAFT", version: 0, employerId: employer.id, filedById: employer.id, workerId: null, workerResidesInBelgium: null, category: null });
    expect({ events, audit, workers }).toEqual({ events: 1, audit: 1, workers: 0 });
    expect(taskList({ ...dossier, worker: null }, [], dayInBelgium()).map((task) => task.status)).toEqual(["NOT_STARTED", "NOT_STARTED", "CANNOT_START_YET", "CANNOT_START_YET", "CANNOT_START_YET", "CANNOT_START_YET"]);
  });

  it("lets a mandatary start only for an employer whose mandate is in force, naming the employer first", async () => {
    const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
    const mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
    await expect(startDraftApplication({ actor: mandataryActor, input: {} })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "employerId", message: "validation.employerRequired" }] });
    await expect(startDraftApplication({ actor: mandataryActor, input: { employerId: "" } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "employerId", message: "validation.employerRequired" }] });
    await expect(startDraftApplication({ actor: mandataryActor, input: { employerId: employer.id } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "employerId", message: "validation.noActiveMandate" }],
    });
    const admin = await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id });
    await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: admin.id, validFrom: "2020-01-01", validUntil: "2021-12-31" });
    await expect(startDraftApplication({ actor: mandataryActor, input: { employerId: employer.id } })).rejects.toMatchObject({ code: "VALIDATION" });
    const mandate = await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: admin.id });
    const { id } = await startDraftApplication({ actor: mandataryActor, input: { employerId: employer.id } });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ employerId: employer.id, filedById: mandatary.id, mandateId: mandate.id });
    expect((await listOwnDossiers({ actor: employerActor })).map((d) => d.id)).toContain(id);
  });

  it("refuses roles that do not file", async () => {
    const caseworker = await actorFor((await createCaseworker(db, { region: "FLEMISH_REGION", passwordHash })).id);
    await expect(startDraftApplication({ actor: caseworker, input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("[FILING] saving a step", () => {
  it("saves each step on its own, bumping the version with an 'updated' event and an audit entry each", async () => {
    const values = filingStepValues([{ establishmentUnitId: unit(0), sharePercent: 100 }]);
    const { id } = await startDraftApplication({ actor: employerActor, input: {} });
    expect(await saveFilingStep({ actor: employerActor, input: { applicationId: id, version: 0, step: "worker", values: values.worker } })).toEqual({ id, version: 1, step: "worker", applicantKind: "ORGANISATION" });
    let state = await written(id);
    expect(state).toMatchObject({ events: 2, audit: 2, workers: 1 });
    expect(await db.worker.findFirstOrThrow({ where: { applications: { some: { id } } } })).toMatchObject({ employerId: employer.id, givenNames: "Priya", nationality: "IN" });
    // Saving the worker again changes the same record.
    await saveFilingStep({ actor: employerActor, input: { applicationId: id, version: 1, step: "worker", values: { worker: { ...values.worker.worker, givenNames: "Priya Devi" } } } });
    state = await written(id);
    expect(state.workers).toBe(1);
    expect(await db.auditEntry.findFirst({ where: { entityId: id, action: "application.save-step" }, orderBy: { occurredAt: "desc" } })).toMatchObject({ metadata: { step: "worker" } });

    await saveFilingStep({ actor: employerActor, input: { applicationId: id, version: 2, step: "residence", values: values.residence } });
    await saveFilingStep({ actor: employerActor, input: { applicationId: id, version: 3, step: "employment", values: { ...values.employment, category: "EU_BLUE_CARD", employmentEndDate: "2029-02-28" } } });
    await saveFilingStep({ actor: employerActor, input: { applicationId: id, version: 4, step: "fee", values: values.fee } });
    state = await written(id);
    expect(state.dossier).toMatchObject({
      version: 5,
      workerResidesInBelgium: false,
      workerResidenceCountry: "IN",
      diplomaticPostCode: "NEW_DELHI",
      type: "EU_BLUE_CARD",
      category: "EU_BLUE_CARD",
      grossSalaryCents: 9_000_000n,
      // Antwerpen routes to Flanders, which sets its thresholds per year.
      salaryPeriod: "ANNUAL",
      feeExemptionClaimed: false,
    });
    expect(state.events).toBe(6);
    expect(taskList(state.dossier && { ...state.dossier, worker: await db.worker.findFirstOrThrow({ where: { applications: { some: { id } } } }) }, [], dayInBelgium()).map((t) => t.status)).toEqual([
      "COMPLETED",
      "COMPLETED",
      "COMPLETED",
      "COMPLETED",
      "NOT_STARTED",
      "CANNOT_START_YET",
    ]);
  });

  it("keeps the salary in the unit of the region the workplaces route to", async () => {
    const values = filingStepValues([{ establishmentUnitId: unit(1), sharePercent: 100 }], { employment: { grossSalary: "5000,50" } });
    const { id } = await fileDraftApplication(employerActor, values, { steps: ["residence", "employment"] });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ salaryPeriod: "MONTHLY", grossSalaryCents: 500_050n });
  });

  it("refuses bad answers, a step that cannot start yet, a stale version and someone else's draft, writing nothing", async () => {
    const values = filingStepValues([{ establishmentUnitId: unit(0), sharePercent: 100 }]);
    const { id } = await startDraftApplication({ actor: employerActor, input: {} });
    const before = await written(id);
    const save = (actor: Actor, version: number, step: string, stepValues: unknown) => saveFilingStep({ actor, input: { applicationId: id, version, step, values: stepValues } });

    await expect(save(employerActor, 0, "employment", values.employment)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "", message: "validation.stepCannotStartYet" }] });
    await expect(save(employerActor, 0, "residence", { residesInBelgium: true, stayType: "ILLEGAL_STAY" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "stayType", message: "checklist.problems.notFromBelgium.ILLEGAL_STAY" }],
    });
    await expect(save(employerActor, 0, "residence", { residesInBelgium: false, residenceCountry: "IN" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "diplomaticPostCode", message: "validation.diplomaticPostRequired" }],
    });
    await expect(save(employerActor, 0, "worker", { worker: { ...values.worker.worker, givenNames: "", nationality: "FR" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [
        { path: "worker.givenNames", message: "validation.givenNamesRequired" },
        { path: "worker.nationality", message: "validation.nationalityNotThirdCountry" },
      ],
    });
    await expect(save(employerActor, 0, "nonsense", {})).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [expect.objectContaining({ path: "step" })] });
    await expect(save(employerActor, 5, "residence", values.residence)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(save(otherEmployerActor, 0, "residence", values.residence)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await written(id)).toEqual(before);

    // Another employer's unit, a place of work by postal code for an employer with units, a category not from Belgium.
    await save(employerActor, 0, "residence", { residesInBelgium: true, stayType: "LEGAL_SHORT_STAY" });
    const afterResidence = await written(id);
    const otherUnit = await db.establishmentUnit.findFirstOrThrow({ where: { organisationId: organisationOf(otherEmployerActor) ?? "" } });
    await expect(save(employerActor, 1, "employment", { ...values.employment, workplaces: [{ establishmentUnitId: otherUnit.id, sharePercent: 100 }] })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "workplaces.0.establishmentUnitId", message: "validation.establishmentUnitRequired" }],
    });
    await expect(save(employerActor, 1, "employment", { ...values.employment, workplaces: [{ postalCode: "4000", sharePercent: 100 }] })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "workplaces.0.postalCode", message: "validation.placeOfWorkOnlyWithoutUnits" }],
    });
    await expect(save(employerActor, 1, "employment", { ...values.employment, category: "OTHER" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "category", message: "checklist.problems.notFromBelgium.NOT_EXEMPT_FROM_LABOUR_MARKET_TEST" }],
    });
    expect(await written(id)).toEqual(afterResidence);
  });

  it("never links a new worker record to an account because an earlier record has the same passport (issue #11)", async () => {
    const first = await completeDraft(db, employerActor, [{ establishmentUnitId: unit(0), sharePercent: 100 }]);
    const firstWorker = await db.worker.findFirstOrThrow({ where: { applications: { some: { id: first.id } } } });
    const account = await createUser(db, { passwordHash });
    await db.worker.update({ where: { id: firstWorker.id }, data: { userId: account.id } });
    const second = await fileDraftApplication(employerActor, filingStepValues([{ establishmentUnitId: unit(0), sharePercent: 100 }], { worker: { passportNumber: firstWorker.passportNumber } }), { steps: ["worker"] });
    const secondWorker = await db.worker.findFirstOrThrow({ where: { applications: { some: { id: second.id } } } });
    expect(secondWorker.id).not.toBe(firstWorker.id);
    expect(secondWorker.userId).toBeNull();
  });

  it("stops a mandatary whose mandate was ended", async () => {
    const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
    const mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
    const admin = await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id });
    const mandate = await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: admin.id });
    const values = filingStepValues([{ establishmentUnitId: unit(0), sharePercent: 100 }]);
    const { id } = await startDraftApplication({ actor: mandataryActor, input: { employerId: employer.id } });
    await db.mandate.update({ where: { id: mandate.id }, data: { status: "ENDED", endedAt: new Date(), endedById: admin.id, endedByOrganisationId: employer.id } });
    // The draft is no longer the mandatary's to see (docs/decisions/mandates.md): NOT_FOUND, and nothing is saved.
    await expect(saveFilingStep({ actor: mandataryActor, input: { applicationId: id, version: 0, step: "worker", values: values.worker } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).version).toBe(0);
  });
});

describe("[FILING] submission re-runs every rule", () => {
  it("refuses an incomplete draft with the list of what is missing, each at the step or document to fix", async () => {
    const unfinished = await fileDraftApplication(employerActor, filingStepValues([{ establishmentUnitId: unit(0), sharePercent: 100 }]), { steps: ["worker"] });
    await expect(submit(employerActor, unfinished)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [
        { path: "steps.residence", message: "filing.incomplete.residence" },
        { path: "steps.employment", message: "filing.incomplete.employment" },
        { path: "steps.fee", message: "filing.incomplete.fee" },
      ],
    });

    const noDocuments = await fileDraftApplication(employerActor, filingStepValues([{ establishmentUnitId: unit(0), sharePercent: 100 }]));
    await addDocumentRows(db, noDocuments.id, employerActor.userId, ["PASSPORT", "FEE_PAYMENT_PROOF", "CRIMINAL_RECORD", "EMPLOYER_AFFILIATION_COMMITMENT", "EMPLOYER_ID", "EMPLOYMENT_CONTRACT", "DIPLOMA"]);
    await expect(submit(employerActor, noDocuments, { declaration: false })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [
        { path: "documents.MEDICAL_CERTIFICATE", message: "checklist.missing.MEDICAL_CERTIFICATE" },
        { path: "declaration", message: "validation.declarationRequired" },
      ],
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: noDocuments.id } })).toMatchObject({ status: "DRAFT", referenceNumber: null, appliedRuleIds: [] });
  });

  it("refuses an EU Blue Card below the competent region's salary threshold for the year, and a contract too short", async () => {
    // Brussels: at least €4,748 gross per month in 2025 and 2026; a contract of at least 12 months.
    const draft = await completeDraft(db, employerActor, [{ establishmentUnitId: unit(1), sharePercent: 100 }], {
      employment: { category: "EU_BLUE_CARD", grossSalary: "4000", employmentStartDate: "2027-03-01", employmentEndDate: "2027-08-31" },
    });
    await expect(submit(employerActor, draft)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [
        { path: "grossSalaryCents", message: "checklist.problems.salaryBelowMonthlyThreshold", values: { minimum: 4748, year: Number(dayInBelgium().slice(0, 4)) } },
        { path: "employmentEndDate", message: "checklist.problems.blueCardContractTooShort", values: { months: 12 } },
      ],
    });
  });

  it("stores the dated rule rows that judged the dossier and the declaration, for the caseworker", async () => {
    const draft = await completeDraft(db, employerActor, [{ establishmentUnitId: unit(2), sharePercent: 100 }]);
    await submit(employerActor, draft);
    const dossier = await db.application.findUniqueOrThrow({ where: { id: draft.id } });
    expect(dossier).toMatchObject({ status: "SUBMITTED", competentRegion: "WALLOON_REGION" });
    expect(dossier.declarationAcceptedAt).toBeInstanceOf(Date);
    expect(dossier.appliedRuleIds).toEqual(
      expect.arrayContaining([
        "diplomatic-post-rule.2019",
        "diplomatic-post.NEW_DELHI",
        "checklist.passport.2019",
        "checklist.diploma.highly-skilled.2019",
        "fee-account.2019",
        `salary-threshold.wallonia.HIGHLY_SKILLED.STANDARD.${dayInBelgium().slice(0, 4)}`,
      ]),
    );
    expect(await db.auditEntry.findFirst({ where: { entityId: draft.id, action: "dossier.submit" } })).toMatchObject({ metadata: { appliedRuleIds: dossier.appliedRuleIds } });
  });
});
