import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { getDossier } from "@/lib/applications/get-dossier";
import { takeIntoTreatment } from "@/lib/dossier-life/take-into-treatment";
import { requestInformation } from "@/lib/dossier-life/request-information";
import { answerInformation } from "@/lib/dossier-life/answer-information";
import { decideAdmissibility } from "@/lib/dossier-life/decide-admissibility";
import { decideWorkPart } from "@/lib/dossier-life/decide-work-part";
import { decideResidence } from "@/lib/dossier-life/decide-residence";
import { extendDecisionTerm } from "@/lib/dossier-life/extend-decision-term";
import { processStopRequest, requestStop } from "@/lib/dossier-life/stop-dossier";
import { handlePassedTerms } from "@/lib/dossier-life/handle-passed-terms";
import { remindInformationRequests } from "@/lib/dossier-life/remind-information-requests";
import { dateToDay } from "@/lib/dates";
import { uploadDocument } from "@/lib/documents/upload-document";
import { deleteDocument } from "@/lib/documents/delete-document";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { setStorage } from "@/lib/storage/get-storage";
import { pdfOfSize, streamOf } from "@/tests/fixtures/files";
import type { PermitCategory, Region } from "@/lib/generated/prisma/enums";
import { createCaseworker, createOrganisation, createUser, grantMandate } from "@/prisma/factories";
import { completeDraft, submit } from "@/tests/support/filing";

const db = getDb();
const passwordHash = "not-a-real-hash";
const motivation = "The salary is below the threshold the region sets for this category.";

async function actorFor(userId: string): Promise<Actor> {
  const actor = await resolveActor(userId);
  if (!actor) throw new Error("no actor");
  return actor;
}
const caseworkerOf = async (region: Region | null) => actorFor((await createCaseworker(db, { region, passwordHash })).id);

let employer: Awaited<ReturnType<typeof createOrganisation>>;
let employerActor: Actor;
let colleague: Actor;
let mandataryActor: Actor;
let otherEmployerActor: Actor;
let flemish: Actor;
let flemishColleague: Actor;
let brussels: Actor;
let immigration: Actor;

beforeAll(async () => {
  employer = await createOrganisation(db, {
    units: [
      { name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
      { name: "Brussel", street: "Wetstraat 1", postalCode: "1000", city: "Brussel" },
    ],
  });
  employerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: employer.id })).id);
  colleague = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id, locale: "fr" })).id);
  const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
  mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
  await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: colleague.userId });
  const other = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  otherEmployerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: other.id })).id);
  flemish = await caseworkerOf("FLEMISH_REGION");
  flemishColleague = await caseworkerOf("FLEMISH_REGION");
  brussels = await caseworkerOf("BRUSSELS_CAPITAL_REGION");
  immigration = await caseworkerOf(null);
});

afterAll(async () => {
  await db.$disconnect();
});

const WORKER_EMAIL = "worker.lifecycle@example.org";
const flanders = () => [{ establishmentUnitId: employer.establishmentUnits[0]!.id, sharePercent: 100 }];

/** A dossier submitted by the employer to the Flemish Region, at `version` 5. */
async function submitted(category: PermitCategory = "HIGHLY_SKILLED", by: Actor = employerActor) {
  const draft = await completeDraft(db, by, flanders(), { employment: { category }, worker: { email: WORKER_EMAIL } }, { employerId: employer.id });
  await submit(by, draft);
  return draft.id;
}

const command = (applicationId: string, version: number, extra: Record<string, unknown> = {}) => ({ input: { applicationId, version, ...extra } });
const statusOf = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } }));
const topics = async (id: string) => (await db.outboxMessage.findMany({ where: { applicationId: id }, select: { topic: true, recipientEmail: true, locale: true }, orderBy: { createdAt: "asc" } }));
const emailOf = async (actor: Actor) => (await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email.toLowerCase();
const openTerms = async (id: string) => db.applicationTerm.findMany({ where: { applicationId: id, closedAt: null }, orderBy: { kind: "asc" } });

describe("[LIFECYCLE] a dossier from submission to a granted permit", () => {
  it("moves through treatment, an information request, admissibility, the work part and the residence part", async () => {
    const id = await submitted();
    // Flemish Region: 10 days to decide admissibility, from receipt.
    const [admissibility] = await openTerms(id);
    expect(admissibility).toMatchObject({ kind: "ADMISSIBILITY" });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).nextDeadlineOn).toEqual(admissibility!.endsOn);

    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ADMISSIBILITY_REVIEW", assignedToId: flemish.userId });

    await requestInformation({ actor: flemish, ...command(id, 6, { items: ["DIPLOMA"], message: "Please add the diploma, with a sworn translation." }) });
    const request = await db.additionalInformationRequest.findFirstOrThrow({ where: { applicationId: id } });
    expect(request).toMatchObject({ resumeStatus: "ADMISSIBILITY_REVIEW", items: ["DIPLOMA"], status: "OPEN" });
    expect((await openTerms(id)).map((t) => t.kind)).toEqual(["ADDITIONAL_INFORMATION_ANSWER"]);
    // The employer's users and the worker are told at once.
    const told = (await topics(id)).filter((m) => m.topic === "information.requested");
    // Each in their own language; the worker, without an account, in the filer's.
    expect(told.map((m) => `${m.recipientEmail}:${m.locale}`).sort()).toEqual(
      [`${WORKER_EMAIL}:en`, `${await emailOf(employerActor)}:en`, `${await emailOf(colleague)}:fr`].sort(),
    );

    // Answering needs the document asked for.
    await expect(answerInformation({ actor: employerActor, ...command(id, 7) })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "documents.DIPLOMA" }] });
    await db.document.create({ data: { applicationId: id, kind: "DIPLOMA", fileName: "diploma.pdf", mediaType: "application/pdf", sizeBytes: 10, sha256: "b".repeat(64), storageKey: `test/${randomUUID()}`, uploadedById: employerActor.userId, informationRequestId: request.id } });
    await answerInformation({ actor: employerActor, ...command(id, 7, { answer: "Here it is." }) });
    expect(await statusOf(id)).toEqual({ status: "ADMISSIBILITY_REVIEW", version: 8 });
    expect((await openTerms(id)).map((t) => t.kind)).toEqual(["ADMISSIBILITY"]);

    await decideAdmissibility({ actor: flemish, ...command(id, 8, { outcome: "ADMISSIBLE" }) });
    expect((await openTerms(id)).map((t) => t.kind).sort()).toEqual(["DECISION_FROM_SUBMISSION", "DECISION_ON_MERITS"]);

    await decideWorkPart({ actor: flemish, ...command(id, 9, { outcome: "GRANTED" }) });
    expect(await statusOf(id)).toEqual({ status: "RESIDENCE_REVIEW", version: 10 });
    // A regional caseworker cannot decide the residence part; the Immigration Office now sees the dossier.
    await expect(decideResidence({ actor: flemish, ...command(id, 10, { outcome: "GRANTED" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await decideResidence({ actor: immigration, ...command(id, 10, { outcome: "GRANTED" }) });
    expect(await statusOf(id)).toEqual({ status: "GRANTED", version: 11 });
    expect(await openTerms(id)).toEqual([]);

    const inbox = await db.inboxMessage.findMany({ where: { applicationId: id } });
    expect(inbox.map((m) => m.topic)).toEqual(["residence.granted"]);
    expect(inbox[0]!.organisationId).toBe(employer.id);
    expect((await topics(id)).map((m) => m.topic)).toEqual(
      expect.arrayContaining(["application.submitted", "information.requested", "application.admissible", "work-part.granted", "residence.granted"]),
    );
    const timeline = (await getDossier({ actor: employerActor, applicationId: id })).timeline.map((e) => e.messageKey);
    expect(timeline.slice(-7)).toEqual(["routed", "takenIntoTreatment", "informationRequested", "informationProvided", "admissible", "workPartGranted", "residenceGranted"]);
    const decisions = await db.decision.findMany({ where: { applicationId: id }, orderBy: { decidedAt: "asc" } });
    expect(decisions.map((d) => `${d.kind}:${d.outcome}`)).toEqual(["ADMISSIBILITY:ADMISSIBLE", "WORK_PART:GRANTED", "RESIDENCE:GRANTED"]);
    expect(decisions[2]!.annex).toBe("46");
  });

  it("returns an answered request made during the work-part examination to that examination", async () => {
    const id = await submitted();
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    await decideAdmissibility({ actor: flemish, ...command(id, 6, { outcome: "ADMISSIBLE" }) });
    await requestInformation({ actor: flemish, ...command(id, 7, { items: ["EMPLOYMENT_CONTRACT"], message: "The contract is not signed by both parties." }) });
    const request = await db.additionalInformationRequest.findFirstOrThrow({ where: { applicationId: id } });
    await db.document.create({ data: { applicationId: id, kind: "EMPLOYMENT_CONTRACT", fileName: "contract.pdf", mediaType: "application/pdf", sizeBytes: 10, sha256: "c".repeat(64), storageKey: `test/${randomUUID()}`, uploadedById: mandataryActor.userId, informationRequestId: request.id } });
    await answerInformation({ actor: employerActor, ...command(id, 8) });
    expect(await statusOf(id)).toEqual({ status: "WORK_PART_REVIEW", version: 9 });
    // The decision term ran on throughout.
    expect((await openTerms(id)).map((t) => t.kind).sort()).toEqual(["DECISION_FROM_SUBMISSION", "DECISION_ON_MERITS"]);
  });
});

describe("[DOSSIER LIFE] the answer to an information request is the only way a file joins a submitted dossier", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "wib-answer-"));
    setStorage(new LocalDiskStorage(root));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const upload = (actor: Actor, applicationId: string, kind: string) =>
    uploadDocument({ actor, input: { applicationId, kind, fileName: `${kind.toLowerCase()}.pdf`, content: streamOf(pdfOfSize(2_000)) } });
  const notChangeable = { code: "CONFLICT", fieldErrors: [{ message: "documents.errors.notDraft" }] };

  it("takes files for the open request until the answer is sent, then none; the submitted files never change", async () => {
    const id = await submitted();
    const submittedFile = await db.document.findFirstOrThrow({ where: { applicationId: id } });
    // Submitted and under treatment: nothing joins, nothing leaves.
    await expect(upload(employerActor, id, "DIPLOMA")).rejects.toMatchObject(notChangeable);
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    await requestInformation({ actor: flemish, ...command(id, 6, { items: ["DIPLOMA"], message: "Please add the diploma, with a sworn translation." }) });
    const request = await db.additionalInformationRequest.findFirstOrThrow({ where: { applicationId: id } });

    // The employer's users upload for the request; a wrong file is deleted again before the answer.
    const diploma = await upload(colleague, id, "DIPLOMA");
    const wrong = await upload(employerActor, id, "PASSPORT");
    expect(await db.document.findUniqueOrThrow({ where: { id: diploma.id } })).toMatchObject({ informationRequestId: request.id, submittedAt: null });
    await deleteDocument({ actor: employerActor, input: { applicationId: id, documentId: wrong.id } });
    expect(await db.document.findUnique({ where: { id: wrong.id } })).toBeNull();
    // A file submitted with the application stays, and another employer reaches nothing.
    await expect(deleteDocument({ actor: employerActor, input: { applicationId: id, documentId: submittedFile.id } })).rejects.toMatchObject(notChangeable);
    await expect(upload(otherEmployerActor, id, "DIPLOMA")).rejects.toMatchObject({ code: "NOT_FOUND" });

    await answerInformation({ actor: employerActor, ...command(id, 7) });
    expect((await db.document.findUniqueOrThrow({ where: { id: diploma.id } })).submittedAt).not.toBeNull();
    // Answered: back under review, closed again.
    await expect(upload(employerActor, id, "DIPLOMA")).rejects.toMatchObject(notChangeable);
    await expect(deleteDocument({ actor: employerActor, input: { applicationId: id, documentId: diploma.id } })).rejects.toMatchObject(notChangeable);
  });
});

describe("[LIFECYCLE] negative decisions carry their appeal", () => {
  it("refuses the work part with its motivation, the appeal's last day and a notice to the worker", async () => {
    const id = await submitted();
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    await decideAdmissibility({ actor: flemish, ...command(id, 6, { outcome: "ADMISSIBLE" }) });
    await expect(decideWorkPart({ actor: flemish, ...command(id, 7, { outcome: "REFUSED", motivation: "" }) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "motivation", message: "validation.motivationRequired" }],
    });
    await decideWorkPart({ actor: flemish, ...command(id, 7, { outcome: "REFUSED", motivation }) });
    const decision = await db.decision.findFirstOrThrow({ where: { applicationId: id, kind: "WORK_PART" } });
    expect(decision).toMatchObject({ outcome: "REFUSED", motivation });
    expect(decision.appealRuleId).toBeTruthy();
    const [appeal] = await openTerms(id);
    expect(appeal).toMatchObject({ kind: "APPEAL" });
    expect(decision.appealLastDay).toEqual(appeal!.endsOn);
    const event = await db.statusEvent.findFirstOrThrow({ where: { applicationId: id, type: "WORK_PART_REFUSED" } });
    expect(event.payload).toMatchObject({ appealLastDay: dateToDay(appeal!.endsOn) });
    expect((await topics(id)).filter((m) => m.topic === "work-part.refused").map((m) => m.recipientEmail)).toContain(WORKER_EMAIL);
  });

  it("refuses residence with annex 48 and the appeal to the Council for Alien Law Litigation", async () => {
    const id = await submitted();
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    await decideAdmissibility({ actor: flemish, ...command(id, 6, { outcome: "ADMISSIBLE" }) });
    await decideWorkPart({ actor: flemish, ...command(id, 7, { outcome: "GRANTED" }) });
    await decideResidence({ actor: immigration, ...command(id, 8, { outcome: "REFUSED", motivation }) });
    expect(await statusOf(id)).toEqual({ status: "RESIDENCE_REFUSED", version: 9 });
    expect(await db.decision.findFirstOrThrow({ where: { applicationId: id, kind: "RESIDENCE" } })).toMatchObject({ outcome: "REFUSED", annex: "48" });
    expect((await db.inboxMessage.findMany({ where: { applicationId: id } })).map((m) => m.topic)).toEqual(["residence.refused"]);
  });
});

describe("[LIFECYCLE] stop, as seed 000 says it", () => {
  it("before treatment: a cancellation request that the regional service processes", async () => {
    const id = await submitted();
    await expect(requestStop({ actor: otherEmployerActor, ...command(id, 5) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestStop({ actor: flemish, ...command(id, 5) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestStop({ actor: employerActor, ...command(id, 4) })).rejects.toMatchObject({ code: "CONFLICT" });
    await requestStop({ actor: employerActor, ...command(id, 5) });
    expect(await statusOf(id)).toEqual({ status: "CANCELLATION_REQUESTED", version: 6 });
    // No longer in treatment's reach, and another region cannot process it.
    await expect(takeIntoTreatment({ actor: flemish, ...command(id, 6) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(processStopRequest({ actor: brussels, ...command(id, 6) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await processStopRequest({ actor: flemish, ...command(id, 6) });
    expect(await statusOf(id)).toEqual({ status: "STOPPED", version: 7 });
    expect((await getDossier({ actor: employerActor, applicationId: id })).timeline.map((e) => e.messageKey).slice(-2)).toEqual(["cancellationRequested", "stoppedOnCancellation"]);
    expect((await topics(id)).filter((m) => m.topic === "application.stopped").length).toBeGreaterThanOrEqual(1);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "dossier.processCancellation" } })).toBe(1);
    expect(await openTerms(id)).toEqual([]);
  });

  it("after treatment: a withdrawal request through the portal, once, processed by the caseworker", async () => {
    const id = await submitted();
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    // Nothing to process before the filer asks.
    await expect(processStopRequest({ actor: flemish, ...command(id, 6) })).rejects.toMatchObject({ code: "CONFLICT" });
    await requestStop({ actor: employerActor, ...command(id, 6, { reason: "The worker took another job." }) });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ADMISSIBILITY_REVIEW", version: 7 });
    await expect(requestStop({ actor: employerActor, ...command(id, 7) })).rejects.toMatchObject({ code: "CONFLICT" });
    await processStopRequest({ actor: flemish, ...command(id, 7) });
    expect(await statusOf(id)).toEqual({ status: "STOPPED", version: 8 });
    expect((await getDossier({ actor: employerActor, applicationId: id })).timeline.map((e) => e.messageKey).slice(-2)).toEqual(["withdrawalRequested", "stoppedOnWithdrawal"]);
  });
});

describe("[LIFECYCLE] one guarded write", () => {
  it("lets one of two caseworkers deciding at once win; the other is told it changed, and nothing is written twice", async () => {
    const id = await submitted();
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    const results = await Promise.allSettled([
      decideAdmissibility({ actor: flemish, ...command(id, 6, { outcome: "ADMISSIBLE" }) }),
      decideAdmissibility({ actor: flemishColleague, ...command(id, 6, { outcome: "INADMISSIBLE", motivation }) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.decision.count({ where: { applicationId: id } })).toBe(1);
    expect(await db.statusEvent.count({ where: { applicationId: id, type: { in: ["DECLARED_ADMISSIBLE", "DECLARED_INADMISSIBLE"] } } })).toBe(1);
    expect(await statusOf(id)).toMatchObject({ version: 7 });
  });

  it("refuses every action outside its actor's reach", async () => {
    const id = await submitted();
    await expect(takeIntoTreatment({ actor: brussels, ...command(id, 5) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(takeIntoTreatment({ actor: immigration, ...command(id, 5) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(takeIntoTreatment({ actor: employerActor, ...command(id, 5) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    await expect(decideAdmissibility({ actor: employerActor, ...command(id, 6, { outcome: "ADMISSIBLE" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideAdmissibility({ actor: immigration, ...command(id, 6, { outcome: "ADMISSIBLE" }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideWorkPart({ actor: flemish, ...command(id, 6, { outcome: "GRANTED" }) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(extendDecisionTerm({ actor: mandataryActor, ...command(id, 6, { until: "2099-01-01", reason: "Complex case needing advice." }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await statusOf(id)).toEqual({ status: "ADMISSIBILITY_REVIEW", version: 6 });
  });

  it("extends the decision term to a later day only, and tells the applicant", async () => {
    const id = await submitted();
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    await decideAdmissibility({ actor: flemish, ...command(id, 6, { outcome: "ADMISSIBLE" }) });
    const term = (await openTerms(id)).find((t) => t.kind === "DECISION_ON_MERITS")!;
    await expect(extendDecisionTerm({ actor: flemish, ...command(id, 7, { until: dateToDay(term.endsOn), reason: "Complex case needing advice." }) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "until" }],
    });
    await extendDecisionTerm({ actor: flemish, ...command(id, 7, { until: "2099-12-31", reason: "Complex case needing advice." }) });
    expect((await openTerms(id)).find((t) => t.kind === "DECISION_ON_MERITS")).toMatchObject({ extendedUntil: new Date("2099-12-31T00:00:00Z"), extensionReason: "Complex case needing advice." });
    expect((await topics(id)).some((m) => m.topic === "decision-term.extended")).toBe(true);
  });
});

describe("[LIFECYCLE] terms that run by themselves", () => {
  const afterDays = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000);

  it("declares the application inadmissible on the region's behalf when the 15 days pass, once, with two runs at once", async () => {
    const id = await submitted();
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    await requestInformation({ actor: flemish, ...command(id, 6, { items: ["DIPLOMA"], message: "Please add the diploma, with a sworn translation." }) });
    const request = await db.additionalInformationRequest.findFirstOrThrow({ where: { applicationId: id } });
    // A reminder a few days before the last day, once.
    const [first, second] = await Promise.all([remindInformationRequests(afterDays(request.dueOn, -2)), remindInformationRequests(afterDays(request.dueOn, -2))]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    expect((await topics(id)).filter((m) => m.topic === "information.reminder").length).toBe((await topics(id)).filter((m) => m.topic === "information.requested").length);
    // On the last day itself nothing happens yet.
    await handlePassedTerms(afterDays(request.dueOn, 0.5));
    expect(await statusOf(id)).toMatchObject({ status: "ADDITIONAL_INFORMATION_REQUESTED" });
    await Promise.all([handlePassedTerms(afterDays(request.dueOn, 1.5)), handlePassedTerms(afterDays(request.dueOn, 1.5))]);
    expect(await statusOf(id)).toMatchObject({ status: "INADMISSIBLE" });
    expect(await db.decision.findMany({ where: { applicationId: id } })).toMatchObject([{ kind: "ADMISSIBILITY", outcome: "INADMISSIBLE", decidedById: null }]);
    expect(await db.statusEvent.count({ where: { applicationId: id, type: "DECLARED_INADMISSIBLE" } })).toBe(1);
    expect(await db.additionalInformationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "EXPIRED" });
  });

  it("deems a highly skilled worker's permit granted (annex 47) when the decision term passes", async () => {
    const id = await submitted("HIGHLY_SKILLED");
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    await decideAdmissibility({ actor: flemish, ...command(id, 6, { outcome: "ADMISSIBLE" }) });
    const term = (await openTerms(id)).find((t) => t.kind === "DECISION_ON_MERITS")!;
    await Promise.all([handlePassedTerms(afterDays(term.endsOn, 1.5)), handlePassedTerms(afterDays(term.endsOn, 1.5))]);
    expect(await statusOf(id)).toMatchObject({ status: "GRANTED" });
    expect(await db.decision.findMany({ where: { applicationId: id, kind: "RESIDENCE" } })).toMatchObject([{ outcome: "DEEMED_GRANTED", annex: "47", decidedById: null }]);
    expect((await db.inboxMessage.findMany({ where: { applicationId: id } })).map((m) => m.topic)).toEqual(["residence.deemed-granted"]);
  });

  it("flags an EU Blue Card overdue instead, once, and leaves the decision to the authorities", async () => {
    const id = await submitted("EU_BLUE_CARD");
    await takeIntoTreatment({ actor: flemish, ...command(id, 5) });
    await decideAdmissibility({ actor: flemish, ...command(id, 6, { outcome: "ADMISSIBLE" }) });
    const term = (await openTerms(id)).find((t) => t.kind === "DECISION_ON_MERITS")!;
    await Promise.all([handlePassedTerms(afterDays(term.endsOn, 1.5)), handlePassedTerms(afterDays(term.endsOn, 1.5))]);
    await handlePassedTerms(afterDays(term.endsOn, 3));
    expect(await statusOf(id)).toMatchObject({ status: "WORK_PART_REVIEW", version: 8 });
    expect(await db.statusEvent.count({ where: { applicationId: id, type: "DECISION_TERM_OVERDUE" } })).toBe(1);
    expect(await db.decision.count({ where: { applicationId: id, kind: "RESIDENCE" } })).toBe(0);
  });
});
