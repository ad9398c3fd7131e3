import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { organisationOf, type Actor } from "@/lib/auth/actor";
import { getDossier } from "@/lib/applications/get-dossier";
import { takeIntoTreatment } from "@/lib/dossier-life/take-into-treatment";
import { requestInformation } from "@/lib/dossier-life/request-information";
import { answerInformation } from "@/lib/dossier-life/answer-information";
import { decideAdmissibility } from "@/lib/dossier-life/decide-admissibility";
import { decideWorkPart } from "@/lib/dossier-life/decide-work-part";
import { decideResidence } from "@/lib/dossier-life/decide-residence";
import { extendDecisionTerm } from "@/lib/dossier-life/extend-decision-term";
import { processStopRequest, requestStop } from "@/lib/dossier-life/stop-dossier";
import { dateToDay } from "@/lib/dates";
import { writeDecisionLetters } from "@/lib/dossier-life/write-decision-letters";
import { listInbox, openInboxMessage } from "@/lib/inbox/inbox";
import { uploadDocument } from "@/lib/documents/upload-document";
import { deleteDocument } from "@/lib/documents/delete-document";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { getStorage, setStorage } from "@/lib/storage/get-storage";
import { pdfOfSize, streamOf } from "@/tests/fixtures/files";
import { dossierLifeCast, motivation, WORKER_EMAIL } from "@/tests/support/dossier-life";
import { completeDraft } from "@/tests/support/filing";

const db = getDb();
let cast: Awaited<ReturnType<typeof dossierLifeCast>>;
beforeAll(async () => {
  cast = await dossierLifeCast(db);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("[LIFECYCLE] a dossier from submission to a granted permit", () => {
  it("moves through treatment, an information request, admissibility, the work part and the residence part", async () => {
    const id = await cast.submitted();
    // Flemish Region: 10 days to decide admissibility, from receipt.
    const [admissibility] = await cast.openTerms(id);
    expect(admissibility).toMatchObject({ kind: "ADMISSIBILITY" });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).nextDeadlineOn).toEqual(admissibility!.endsOn);

    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ADMISSIBILITY_REVIEW", assignedToId: cast.flemish.userId });

    await requestInformation({ actor: cast.flemish, ...cast.command(id, 6, { items: ["DIPLOMA"], message: "Please add the diploma, with a sworn translation." }) });
    const request = await db.additionalInformationRequest.findFirstOrThrow({ where: { applicationId: id } });
    expect(request).toMatchObject({ resumeStatus: "ADMISSIBILITY_REVIEW", items: ["DIPLOMA"], status: "OPEN" });
    expect((await cast.openTerms(id)).map((t) => t.kind)).toEqual(["ADDITIONAL_INFORMATION_ANSWER"]);
    // The employer's users and the worker are told at once.
    const told = (await cast.topics(id)).filter((m) => m.topic === "information.requested");
    // Each in their own language; the worker, without an account, in the filer's.
    expect(told.map((m) => `${m.recipientEmail}:${m.locale}`).sort()).toEqual(
      [`${WORKER_EMAIL}:en`, `${await cast.emailOf(cast.employerActor)}:en`, `${await cast.emailOf(cast.colleague)}:fr`].sort(),
    );

    // Answering needs the document asked for.
    await expect(answerInformation({ actor: cast.employerActor, ...cast.command(id, 7) })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "documents.DIPLOMA" }] });
    await db.document.create({ data: { applicationId: id, kind: "DIPLOMA", fileName: "diploma.pdf", mediaType: "application/pdf", sizeBytes: 10, sha256: "b".repeat(64), storageKey: `test/${randomUUID()}`, uploadedById: cast.employerActor.userId, informationRequestId: request.id } });
    await answerInformation({ actor: cast.employerActor, ...cast.command(id, 7, { answer: "Here it is." }) });
    expect(await cast.statusOf(id)).toEqual({ status: "ADMISSIBILITY_REVIEW", version: 8 });
    expect((await cast.openTerms(id)).map((t) => t.kind)).toEqual(["ADMISSIBILITY"]);

    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 8, { outcome: "ADMISSIBLE" }) });
    expect((await cast.openTerms(id)).map((t) => t.kind).sort()).toEqual(["DECISION_FROM_SUBMISSION", "DECISION_ON_MERITS"]);

    await decideWorkPart({ actor: cast.flemish, ...cast.command(id, 9, { outcome: "GRANTED" }) });
    expect(await cast.statusOf(id)).toEqual({ status: "RESIDENCE_REVIEW", version: 10 });
    // A regional caseworker cannot decide the residence part; the Immigration Office now sees the dossier.
    await expect(decideResidence({ actor: cast.flemish, ...cast.command(id, 10, { outcome: "GRANTED" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await decideResidence({ actor: cast.immigration, ...cast.command(id, 10, { outcome: "GRANTED" }) });
    expect(await cast.statusOf(id)).toEqual({ status: "GRANTED", version: 11 });
    expect(await cast.openTerms(id)).toEqual([]);

    const inbox = await db.inboxMessage.findMany({ where: { applicationId: id } });
    expect(inbox.map((m) => m.topic)).toEqual(["residence.granted"]);
    expect(inbox[0]!.organisationId).toBe(cast.employer.id);
    expect((await cast.topics(id)).map((m) => m.topic)).toEqual(
      expect.arrayContaining(["application.submitted", "information.requested", "application.admissible", "work-part.granted", "residence.granted"]),
    );
    const timeline = (await getDossier({ actor: cast.employerActor, applicationId: id })).timeline.map((e) => e.messageKey);
    expect(timeline.slice(-7)).toEqual(["routed", "takenIntoTreatment", "informationRequested", "informationProvided", "admissible", "workPartGranted", "residenceGranted"]);
    const decisions = await db.decision.findMany({ where: { applicationId: id }, orderBy: { decidedAt: "asc" } });
    expect(decisions.map((d) => `${d.kind}:${d.outcome}`)).toEqual(["ADMISSIBILITY:ADMISSIBLE", "WORK_PART:GRANTED", "RESIDENCE:GRANTED"]);
    expect(decisions[2]!.annex).toBe("46");
  });

  it("returns an answered request made during the work-part examination to that examination", async () => {
    const id = await cast.submitted();
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) });
    await requestInformation({ actor: cast.flemish, ...cast.command(id, 7, { items: ["EMPLOYMENT_CONTRACT"], message: "The contract is not signed by both parties." }) });
    const request = await db.additionalInformationRequest.findFirstOrThrow({ where: { applicationId: id } });
    await db.document.create({ data: { applicationId: id, kind: "EMPLOYMENT_CONTRACT", fileName: "contract.pdf", mediaType: "application/pdf", sizeBytes: 10, sha256: "c".repeat(64), storageKey: `test/${randomUUID()}`, uploadedById: cast.mandataryActor.userId, informationRequestId: request.id } });
    await answerInformation({ actor: cast.employerActor, ...cast.command(id, 8) });
    expect(await cast.statusOf(id)).toEqual({ status: "WORK_PART_REVIEW", version: 9 });
    // The decision term ran on throughout.
    expect((await cast.openTerms(id)).map((t) => t.kind).sort()).toEqual(["DECISION_FROM_SUBMISSION", "DECISION_ON_MERITS"]);
  });
});

describe("[DOSSIER LIFE] the answer to an information request is the only way a file joins a cast.submitted dossier", () => {
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

  it("takes files for the open request until the answer is sent, then none; the cast.submitted files never change", async () => {
    const id = await cast.submitted();
    const submittedFile = await db.document.findFirstOrThrow({ where: { applicationId: id } });
    // Submitted and under treatment: nothing joins, nothing leaves.
    await expect(upload(cast.employerActor, id, "DIPLOMA")).rejects.toMatchObject(notChangeable);
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await requestInformation({ actor: cast.flemish, ...cast.command(id, 6, { items: ["DIPLOMA"], message: "Please add the diploma, with a sworn translation." }) });
    const request = await db.additionalInformationRequest.findFirstOrThrow({ where: { applicationId: id } });

    // The employer's users upload for the request; a wrong file is deleted again before the answer.
    const diploma = await upload(cast.colleague, id, "DIPLOMA");
    const wrong = await upload(cast.employerActor, id, "PASSPORT");
    expect(await db.document.findUniqueOrThrow({ where: { id: diploma.id } })).toMatchObject({ informationRequestId: request.id, submittedAt: null });
    await deleteDocument({ actor: cast.employerActor, input: { applicationId: id, documentId: wrong.id } });
    expect(await db.document.findUnique({ where: { id: wrong.id } })).toBeNull();
    // A file cast.submitted with the application stays, and another employer reaches nothing.
    await expect(deleteDocument({ actor: cast.employerActor, input: { applicationId: id, documentId: submittedFile.id } })).rejects.toMatchObject(notChangeable);
    await expect(upload(cast.otherEmployerActor, id, "DIPLOMA")).rejects.toMatchObject({ code: "NOT_FOUND" });

    await answerInformation({ actor: cast.employerActor, ...cast.command(id, 7) });
    expect((await db.document.findUniqueOrThrow({ where: { id: diploma.id } })).submittedAt).not.toBeNull();
    // Answered: back under review, closed again.
    await expect(upload(cast.employerActor, id, "DIPLOMA")).rejects.toMatchObject(notChangeable);
    await expect(deleteDocument({ actor: cast.employerActor, input: { applicationId: id, documentId: diploma.id } })).rejects.toMatchObject(notChangeable);
  });
});

describe("[LIFECYCLE] negative decisions carry their appeal", () => {
  it("refuses the work part with its motivation, the appeal's last day and a notice to the worker", async () => {
    const id = await cast.submitted();
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) });
    await expect(decideWorkPart({ actor: cast.flemish, ...cast.command(id, 7, { outcome: "REFUSED", motivation: "" }) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "motivation", message: "validation.motivationRequired" }],
    });
    await decideWorkPart({ actor: cast.flemish, ...cast.command(id, 7, { outcome: "REFUSED", motivation }) });
    const decision = await db.decision.findFirstOrThrow({ where: { applicationId: id, kind: "WORK_PART" } });
    expect(decision).toMatchObject({ outcome: "REFUSED", motivation });
    expect(decision.appealRuleId).toBeTruthy();
    const [appeal] = await cast.openTerms(id);
    expect(appeal).toMatchObject({ kind: "APPEAL" });
    expect(decision.appealLastDay).toEqual(appeal!.endsOn);
    const event = await db.statusEvent.findFirstOrThrow({ where: { applicationId: id, type: "WORK_PART_REFUSED" } });
    expect(event.payload).toMatchObject({ appealLastDay: dateToDay(appeal!.endsOn) });
    expect((await cast.topics(id)).filter((m) => m.topic === "work-part.refused").map((m) => m.recipientEmail)).toContain(WORKER_EMAIL);
  });

  it("refuses residence with annex 48 and the appeal to the Council for Alien Law Litigation", async () => {
    const id = await cast.submitted();
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) });
    await decideWorkPart({ actor: cast.flemish, ...cast.command(id, 7, { outcome: "GRANTED" }) });
    await decideResidence({ actor: cast.immigration, ...cast.command(id, 8, { outcome: "REFUSED", motivation }) });
    expect(await cast.statusOf(id)).toEqual({ status: "RESIDENCE_REFUSED", version: 9 });
    expect(await db.decision.findFirstOrThrow({ where: { applicationId: id, kind: "RESIDENCE" } })).toMatchObject({ outcome: "REFUSED", annex: "48" });
    expect((await db.inboxMessage.findMany({ where: { applicationId: id } })).map((m) => m.topic)).toEqual(["residence.refused"]);
  });
});

describe("[LIFECYCLE] stop, as seed 000 says it", () => {
  it("before treatment: a cancellation request that the regional service processes", async () => {
    const id = await cast.submitted();
    await expect(requestStop({ actor: cast.otherEmployerActor, ...cast.command(id, 5) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestStop({ actor: cast.flemish, ...cast.command(id, 5) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestStop({ actor: cast.employerActor, ...cast.command(id, 4) })).rejects.toMatchObject({ code: "CONFLICT" });
    await requestStop({ actor: cast.employerActor, ...cast.command(id, 5) });
    expect(await cast.statusOf(id)).toEqual({ status: "CANCELLATION_REQUESTED", version: 6 });
    // No longer in treatment's reach, and another region cannot process it.
    await expect(takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 6) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(processStopRequest({ actor: cast.brussels, ...cast.command(id, 6) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await processStopRequest({ actor: cast.flemish, ...cast.command(id, 6) });
    expect(await cast.statusOf(id)).toEqual({ status: "STOPPED", version: 7 });
    expect((await getDossier({ actor: cast.employerActor, applicationId: id })).timeline.map((e) => e.messageKey).slice(-2)).toEqual(["cancellationRequested", "stoppedOnCancellation"]);
    expect((await cast.topics(id)).filter((m) => m.topic === "application.stopped").length).toBeGreaterThanOrEqual(1);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "dossier.processCancellation" } })).toBe(1);
    expect(await cast.openTerms(id)).toEqual([]);
  });

  it("after treatment: a withdrawal request through the portal, once, processed by the caseworker", async () => {
    const id = await cast.submitted();
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    // Nothing to process before the filer asks.
    await expect(processStopRequest({ actor: cast.flemish, ...cast.command(id, 6) })).rejects.toMatchObject({ code: "CONFLICT" });
    await requestStop({ actor: cast.employerActor, ...cast.command(id, 6, { reason: "The worker took another job." }) });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ADMISSIBILITY_REVIEW", version: 7 });
    await expect(requestStop({ actor: cast.employerActor, ...cast.command(id, 7) })).rejects.toMatchObject({ code: "CONFLICT" });
    await processStopRequest({ actor: cast.flemish, ...cast.command(id, 7) });
    expect(await cast.statusOf(id)).toEqual({ status: "STOPPED", version: 8 });
    expect((await getDossier({ actor: cast.employerActor, applicationId: id })).timeline.map((e) => e.messageKey).slice(-2)).toEqual(["withdrawalRequested", "stoppedOnWithdrawal"]);
  });
});

describe("[LIFECYCLE] one guarded write", () => {
  it("lets one of two caseworkers deciding at once win; the other is told it changed, and nothing is written twice", async () => {
    const id = await cast.submitted();
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    const results = await Promise.allSettled([
      decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) }),
      decideAdmissibility({ actor: cast.flemishColleague, ...cast.command(id, 6, { outcome: "INADMISSIBLE", motivation }) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.decision.count({ where: { applicationId: id } })).toBe(1);
    expect(await db.statusEvent.count({ where: { applicationId: id, type: { in: ["DECLARED_ADMISSIBLE", "DECLARED_INADMISSIBLE"] } } })).toBe(1);
    expect(await cast.statusOf(id)).toMatchObject({ version: 7 });
  });

  it("refuses every action outside its actor's reach", async () => {
    const id = await cast.submitted();
    await expect(takeIntoTreatment({ actor: cast.brussels, ...cast.command(id, 5) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(takeIntoTreatment({ actor: cast.immigration, ...cast.command(id, 5) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(takeIntoTreatment({ actor: cast.employerActor, ...cast.command(id, 5) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await expect(decideAdmissibility({ actor: cast.employerActor, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideAdmissibility({ actor: cast.immigration, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideWorkPart({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "GRANTED" }) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(extendDecisionTerm({ actor: cast.mandataryActor, ...cast.command(id, 6, { until: "2099-01-01", reason: "Complex case needing advice." }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await cast.statusOf(id)).toEqual({ status: "ADMISSIBILITY_REVIEW", version: 6 });
  });

  it("extends the decision term to a later day only, and tells the applicant", async () => {
    const id = await cast.submitted();
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) });
    const term = (await cast.openTerms(id)).find((t) => t.kind === "DECISION_ON_MERITS")!;
    expect((await db.application.findUniqueOrThrow({ where: { id } })).nextDeadlineOn).toEqual(term.endsOn);
    await expect(extendDecisionTerm({ actor: cast.flemish, ...cast.command(id, 7, { until: dateToDay(term.endsOn), reason: "Complex case needing advice." }) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "until" }],
    });
    await extendDecisionTerm({ actor: cast.flemish, ...cast.command(id, 7, { until: "2099-12-31", reason: "Complex case needing advice." }) });
    expect((await cast.openTerms(id)).find((t) => t.kind === "DECISION_ON_MERITS")).toMatchObject({ extendedUntil: new Date("2099-12-31T00:00:00Z"), extensionReason: "Complex case needing advice." });
    // The queues sort by the extended last day.
    expect((await db.application.findUniqueOrThrow({ where: { id } })).nextDeadlineOn).toEqual(new Date("2099-12-31T00:00:00Z"));
    expect((await cast.topics(id)).some((m) => m.topic === "decision-term.extended")).toBe(true);
  });
});


describe("[LIFECYCLE] letters and annexes", () => {
  it("puts the annex 46 in the filer's language in the employer's inbox and in the worker's language in theirs", async () => {
    // Filed by the French-speaking colleague for a worker whose account reads English.
    const id = await cast.submitted("HIGHLY_SKILLED", cast.colleague);
    const workerUser = await db.user.create({ data: { email: `worker-${randomUUID()}@test.example`, name: "Worker", passwordHash: "not-a-real-hash", locale: "en", emailVerifiedAt: new Date() } });
    await db.worker.updateMany({ where: { applications: { some: { id } } }, data: { userId: workerUser.id } });
    const workerActor: Actor = { kind: "worker", userId: workerUser.id };
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) });
    await decideWorkPart({ actor: cast.flemish, ...cast.command(id, 7, { outcome: "GRANTED" }) });
    await decideResidence({ actor: cast.immigration, ...cast.command(id, 8, { outcome: "GRANTED" }) });
    await writeDecisionLetters();

    const letters = await db.letter.findMany({ where: { applicationId: id }, orderBy: { locale: "asc" } });
    expect(letters.map((l) => `${l.kind}:${l.locale}`)).toEqual(["ANNEX_46:en", "ANNEX_46:fr"]);
    const [english, french] = letters;
    const messages = await db.inboxMessage.findMany({ where: { applicationId: id }, select: { organisationId: true, userId: true, letterId: true } });
    expect(messages).toEqual(expect.arrayContaining([
      { organisationId: cast.employer.id, userId: null, letterId: french!.id },
      { organisationId: null, userId: workerUser.id, letterId: english!.id },
    ]));
    const [workerMessage] = await listInbox({ actor: workerActor });
    expect((await openInboxMessage({ actor: workerActor, input: { messageId: workerMessage!.id } })).letter).toMatchObject({ id: english!.id, locale: "en" });
  });

  it("writes the refusal's registered letter and the annex 48, once, and puts the annex in the inboxes", async () => {
    const id = await cast.submitted();
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) });
    await decideWorkPart({ actor: cast.flemish, ...cast.command(id, 7, { outcome: "GRANTED" }) });
    await decideResidence({ actor: cast.immigration, ...cast.command(id, 8, { outcome: "REFUSED", motivation }) });
    // Older decisions no letter can be written for (a dossier without reference) do not hold it up.
    const draft = await completeDraft(db, cast.employerActor, [{ establishmentUnitId: cast.employer.establishmentUnits[0]!.id, sharePercent: 100 }]);
    await db.decision.createMany({
      data: Array.from({ length: 60 }, () => ({ applicationId: draft.id, kind: "RESIDENCE" as const, outcome: "GRANTED" as const, authorityId: organisationOf(cast.immigration) ?? "", decidedAt: new Date("2020-01-01T10:00:00Z") })),
    });
    await Promise.all([writeDecisionLetters(), writeDecisionLetters()]);
    await writeDecisionLetters();
    const letters = await db.letter.findMany({ where: { applicationId: id } });
    expect(letters.map((l) => `${l.kind}:${l.locale}`)).toEqual(["ANNEX_48:en"]);
    const stored = await getStorage().get(letters[0]!.storageKey);
    const bytes = Buffer.concat(await stored!.toArray());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(letters[0]!.sizeBytes).toBe(bytes.length);
    expect((await db.inboxMessage.findMany({ where: { applicationId: id } })).map((m) => m.letterId)).toEqual([letters[0]!.id]);
  });
});
