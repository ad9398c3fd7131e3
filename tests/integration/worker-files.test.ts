import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { getDossier } from "@/lib/applications/get-dossier";
import { listOwnDossiers, listRegionalQueue } from "@/lib/applications/list-dossiers";
import { startDraftApplication } from "@/lib/filing/start-draft-application";
import { saveFilingStep } from "@/lib/filing/save-filing-step";
import { takeIntoTreatment } from "@/lib/dossier-life/take-into-treatment";
import { decideAdmissibility } from "@/lib/dossier-life/decide-admissibility";
import { decideWorkPart } from "@/lib/dossier-life/decide-work-part";
import { decideResidence } from "@/lib/dossier-life/decide-residence";
import { writeDecisionLetters } from "@/lib/dossier-life/write-decision-letters";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { createCaseworker, createOrganisation, createUser, uniqueStem } from "@/prisma/factories";
import { addDocumentRows, submit } from "@/tests/support/filing";

const db = getDb();
let employer: Actor;
let liegeCaseworker: Actor;
let flemishCaseworker: Actor;
let immigrationCaseworker: Actor;

async function workerAccount(): Promise<Actor> {
  const user = await db.user.create({ data: { email: `worker-${uniqueStem()}@test.example`, name: "Worker", locale: "nl", emailVerifiedAt: new Date() } });
  const actor = await resolveActor(user.id);
  if (actor?.kind !== "worker") throw new Error("a user without membership is a worker");
  return actor;
}

beforeAll(async () => {
  const organisation = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  const employerUser = await createUser(db, { passwordHash: "not-a-real-hash", role: "EMPLOYER_USER", organisationId: organisation.id });
  employer = (await resolveActor(employerUser.id))!;
  liegeCaseworker = (await resolveActor((await createCaseworker(db, { region: "WALLOON_REGION", passwordHash: "x" })).id))!;
  flemishCaseworker = (await resolveActor((await createCaseworker(db, { region: "FLEMISH_REGION", passwordHash: "x" })).id))!;
  immigrationCaseworker = (await resolveActor((await createCaseworker(db, { region: null, passwordHash: "x" })).id))!;
});

afterAll(() => db.$disconnect());

const year = (offset: number) => new Date().getUTCFullYear() + offset;
/** Five years of work on combined permits up to last month: category 1 met. */
const fiveYearsOfWork = [{ from: `${year(-5)}-01-01`, to: `${year(0)}-01-01`, basis: "SINGLE_PERMIT", incapacityPeriods: [] }];
/** The calculator's answers as the public page posts them (its date is dropped: submission judges on its own day). */
const calculatorAnswers = (workPeriods: unknown[]) => ({ applicationDate: `${year(0)}-01-01`, legalResidenceInBelgium: true, euLongTermResidentInOtherMemberState: false, workPeriods });

const identity = {
  worker: { givenNames: "Amina", familyName: "Haddad", dateOfBirth: "1990-04-12", nationality: "MA", passportNumber: "MA1234567", passportExpiresOn: `${year(5)}-01-01`, email: "" },
  residesInBelgium: true,
  // Liège: the Walloon Region, though the worker's employer is in Ghent.
  residencePostalCode: "4000",
};
const IN_BELGIUM_DOCUMENTS: DocumentKind[] = ["LEGAL_STAY_PROOF", "PAYSLIPS", "EMPLOYMENT_CONTRACT", "HEALTH_INSURANCE_PROOF", "FEE_PAYMENT_PROOF"];

/** A worker's own draft, filed step by step; answers its id and version. */
async function fileOwnApplication(worker: Actor, workPeriods: unknown[]) {
  const { id } = await startDraftApplication({ actor: worker, input: { eligibility: calculatorAnswers(workPeriods) } });
  let version = 0;
  const save = async (step: string, values: unknown) => {
    version = (await saveFilingStep({ actor: worker, input: { applicationId: id, version, step, values } })).version;
  };
  const carried = await db.application.findUniqueOrThrow({ where: { id }, select: { eligibilityAnswers: true } });
  await save("eligibility", { ...(carried.eligibilityAnswers as object), hasCurrentEmploymentContract: true });
  await save("identity", identity);
  await save("fee", { feeExemptionClaimed: false, feeExemptionGround: "", feeExemptionDetails: "" });
  await addDocumentRows(db, id, worker.userId, IN_BELGIUM_DOCUMENTS);
  return { id, version };
}

describe("the worker files the unlimited-duration permit", () => {
  it("starts a draft of their own with the calculator's answers carried over, with no organisation behind it", async () => {
    const worker = await workerAccount();
    const { id } = await startDraftApplication({ actor: worker, input: { eligibility: calculatorAnswers(fiveYearsOfWork) } });
    const draft = await db.application.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({ applicantKind: "PERSON", applicantUserId: worker.userId, employerId: null, filedById: null, type: "COMBINED_PERMIT_UNLIMITED", status: "DRAFT" });
    expect(draft.eligibilityAnswers).toEqual({ legalResidenceInBelgium: true, euLongTermResidentInOtherMemberState: false, workPeriods: fiveYearsOfWork });
    // The worker reads their own draft; the employer, even by its id, does not.
    await expect(getDossier({ actor: worker, applicationId: id })).resolves.toMatchObject({ id });
    await expect(getDossier({ actor: employer, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("starts from the worker's earlier own application when not coming from the calculator", async () => {
    const worker = await workerAccount();
    await startDraftApplication({ actor: worker, input: { eligibility: calculatorAnswers(fiveYearsOfWork) } });
    const { id } = await startDraftApplication({ actor: worker, input: {} });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).eligibilityAnswers).toMatchObject({ workPeriods: fiveYearsOfWork });
  });

  it("refuses on submission an application the calculator says is not eligible, with each category's reason", async () => {
    const worker = await workerAccount();
    const oneYear = [{ from: `${year(-1)}-01-01`, to: `${year(0)}-01-01`, basis: "SINGLE_PERMIT", incapacityPeriods: [] }];
    const draft = await fileOwnApplication(worker, oneYear);
    const refusal = submit(worker, draft);
    await expect(refusal).rejects.toMatchObject({ code: "VALIDATION" });
    const error = await refusal.catch((caught: { fieldErrors: unknown }) => caught.fieldErrors);
    expect(error).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "eligibility.category1", message: "filing.notEligible.NOT_ENOUGH_WORK_IN_WINDOW", values: expect.objectContaining({ requiredDays: expect.any(Number) }) }),
        expect.objectContaining({ path: "eligibility.category2", message: "filing.notEligible.EU_LONG_TERM_RESIDENT_IN_OTHER_MEMBER_STATE" }),
      ]),
    );
    expect(await db.application.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, referenceNumber: true } })).toEqual({ status: "DRAFT", referenceNumber: null });
  });

  it("submits an eligible application to the region of the worker's residence, which works it through the same lifecycle; the decision reaches the worker's inbox", async () => {
    const worker = await workerAccount();
    const draft = await fileOwnApplication(worker, fiveYearsOfWork);
    const { referenceNumber } = await submit(worker, draft, { submissionKey: randomUUID() });
    const submitted = await db.application.findUniqueOrThrow({ where: { id: draft.id } });
    expect(submitted).toMatchObject({ status: "SUBMITTED", referenceNumber, competentRegion: "WALLOON_REGION", routingRule: "PLACE_OF_RESIDENCE" });
    expect(submitted.appliedRuleIds).toEqual(expect.arrayContaining(["unlimited-duration.category-1.2019", "checklist.unlimited.payslips.2019"]));

    // The residence's region sees it in its queue; another region and the employer do not.
    expect((await listRegionalQueue({ actor: liegeCaseworker })).dossiers.map((d) => d.id)).toContain(draft.id);
    await expect(getDossier({ actor: flemishCaseworker, applicationId: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOwnDossiers({ actor: employer })).map((d) => d.id)).not.toContain(draft.id);
    expect((await listOwnDossiers({ actor: worker })).map((d) => d.id)).toContain(draft.id);

    await takeIntoTreatment({ actor: liegeCaseworker, input: { applicationId: draft.id, version: submitted.version } });
    await decideAdmissibility({ actor: liegeCaseworker, input: { applicationId: draft.id, version: submitted.version + 1, outcome: "ADMISSIBLE" } });
    await decideWorkPart({ actor: liegeCaseworker, input: { applicationId: draft.id, version: submitted.version + 2, outcome: "GRANTED" } });
    await decideResidence({ actor: immigrationCaseworker, input: { applicationId: draft.id, version: submitted.version + 3, outcome: "GRANTED" } });
    expect((await db.application.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("GRANTED");

    const email = (await db.user.findUniqueOrThrow({ where: { id: worker.userId } })).email;
    const inbox = await db.inboxMessage.findMany({ where: { applicationId: draft.id } });
    expect(inbox.map((message) => ({ userId: message.userId, organisationId: message.organisationId, topic: message.topic }))).toEqual([{ userId: worker.userId, organisationId: null, topic: "residence.granted" }]);
    const mails = await db.outboxMessage.findMany({ where: { applicationId: draft.id }, select: { topic: true, recipientEmail: true } });
    expect(mails).toEqual(expect.arrayContaining([{ topic: "application.admissible", recipientEmail: email }, { topic: "residence.granted", recipientEmail: email }]));

    // The annex 46, without an employer on it, in the worker's language and in their inbox only.
    await writeDecisionLetters();
    const letters = await db.letter.findMany({ where: { applicationId: draft.id } });
    expect(letters.map((letter) => `${letter.kind}:${letter.locale}`)).toEqual(["ANNEX_46:nl"]);
    expect(await db.inboxMessage.findMany({ where: { applicationId: draft.id }, select: { userId: true, letterId: true } })).toEqual([{ userId: worker.userId, letterId: letters[0]!.id }]);
  });

  it("lets no other worker act on it, by its id", async () => {
    const worker = await workerAccount();
    const other = await workerAccount();
    const { id } = await startDraftApplication({ actor: worker, input: {} });
    await expect(saveFilingStep({ actor: other, input: { applicationId: id, version: 0, step: "identity", values: identity } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDossier({ actor: other, applicationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the organisation's steps off a person's draft and the person's off an organisation's", async () => {
    const worker = await workerAccount();
    const { id } = await startDraftApplication({ actor: worker, input: {} });
    await expect(saveFilingStep({ actor: worker, input: { applicationId: id, version: 0, step: "employment", values: {} } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await startDraftApplication({ actor: employer, input: {} });
    await expect(saveFilingStep({ actor: employer, input: { applicationId: own.id, version: 0, step: "eligibility", values: {} } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("holds the applicant's shape in the database: no person dossier with an employer, no organisation dossier without one", async () => {
    const worker = await workerAccount();
    const organisation = await db.organisation.findFirstOrThrow({ where: { kind: "EMPLOYER" } });
    await expect(
      db.application.create({ data: { type: "COMBINED_PERMIT_UNLIMITED", applicantKind: "PERSON", applicantUserId: worker.userId, employerId: organisation.id, filedById: organisation.id, createdById: worker.userId } }),
    ).rejects.toThrow(/Application_applicant_check/);
    await expect(db.application.create({ data: { type: "COMBINED_PERMIT_FIXED", createdById: worker.userId } })).rejects.toThrow(/Application_applicant_check/);
  });
});
