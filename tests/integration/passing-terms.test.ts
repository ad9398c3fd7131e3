import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { takeIntoTreatment } from "@/lib/dossier-life/take-into-treatment";
import { requestInformation } from "@/lib/dossier-life/request-information";
import { decideAdmissibility } from "@/lib/dossier-life/decide-admissibility";
import { handlePassedTerms } from "@/lib/dossier-life/handle-passed-terms";
import { remindInformationRequests } from "@/lib/dossier-life/remind-information-requests";
import { createScratchDatabase } from "@/tests/support/test-database";
import { dossierLifeCast } from "@/tests/support/dossier-life";

// These tests move the clock months ahead, and the portal then acts on every term that has passed
// by that moment: they run on a database of their own, so that other test files' dossiers, in the
// shared one, are not touched meanwhile. Each test file has its own process and so its own client.
const database = await createScratchDatabase();
await migrateDatabase(database.url);
process.env.DATABASE_URL = database.url;
const db = getDb();

let cast: Awaited<ReturnType<typeof dossierLifeCast>>;
beforeAll(async () => {
  const [current] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  expect(database.url).toContain(`/${current?.name}`);
  cast = await dossierLifeCast(db);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

/** The `terms.due` job run once by two portal processes at the same moment, each with its own connections. */
async function termsJobInTwoProcesses(moment: Date): Promise<void> {
  const run = () => promisify(execFile)("npx", ["tsx", "--conditions=react-server", "tests/support/run-job.ts", "terms.due", moment.toISOString()], { env: process.env });
  await Promise.all([run(), run()]);
}

describe("[LIFECYCLE] terms that run by themselves", () => {
  const afterDays = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000);

  it("deems a permit granted once when two portal processes run the terms job together", async () => {
    const id = await cast.submitted("HIGHLY_SKILLED");
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) });
    const term = (await cast.openTerms(id)).find((t) => t.kind === "DECISION_ON_MERITS")!;
    await termsJobInTwoProcesses(afterDays(term.endsOn, 0.5));
    expect(await cast.statusOf(id)).toMatchObject({ status: "WORK_PART_REVIEW" });
    await termsJobInTwoProcesses(afterDays(term.endsOn, 1.5));
    expect(await cast.statusOf(id)).toEqual({ status: "GRANTED", version: 8 });
    expect(await db.decision.count({ where: { applicationId: id, kind: "RESIDENCE" } })).toBe(1);
    expect(await db.statusEvent.count({ where: { applicationId: id, type: "RESIDENCE_DEEMED_GRANTED" } })).toBe(1);
  }, 60_000);

  it("declares the application inadmissible on the region's behalf when the 15 days pass, once, with two runs at once", async () => {
    const id = await cast.submitted();
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await requestInformation({ actor: cast.flemish, ...cast.command(id, 6, { items: ["DIPLOMA"], message: "Please add the diploma, with a sworn translation." }) });
    const request = await db.additionalInformationRequest.findFirstOrThrow({ where: { applicationId: id } });
    // A reminder a few days before the last day, once.
    const [first, second] = await Promise.all([remindInformationRequests(afterDays(request.dueOn, -2)), remindInformationRequests(afterDays(request.dueOn, -2))]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    expect((await cast.topics(id)).filter((m) => m.topic === "information.reminder").length).toBe((await cast.topics(id)).filter((m) => m.topic === "information.requested").length);
    // On the last day itself nothing happens yet.
    await handlePassedTerms(afterDays(request.dueOn, 0.5));
    expect(await cast.statusOf(id)).toMatchObject({ status: "ADDITIONAL_INFORMATION_REQUESTED" });
    await Promise.all([handlePassedTerms(afterDays(request.dueOn, 1.5)), handlePassedTerms(afterDays(request.dueOn, 1.5))]);
    expect(await cast.statusOf(id)).toMatchObject({ status: "INADMISSIBLE" });
    expect(await db.decision.findMany({ where: { applicationId: id } })).toMatchObject([{ kind: "ADMISSIBILITY", outcome: "INADMISSIBLE", decidedById: null }]);
    expect(await db.statusEvent.count({ where: { applicationId: id, type: "DECLARED_INADMISSIBLE" } })).toBe(1);
    expect(await db.additionalInformationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "EXPIRED" });
  });

  it("deems a highly skilled worker's permit granted (annex 47) when the decision term passes", async () => {
    const id = await cast.submitted("HIGHLY_SKILLED");
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) });
    const term = (await cast.openTerms(id)).find((t) => t.kind === "DECISION_ON_MERITS")!;
    await Promise.all([handlePassedTerms(afterDays(term.endsOn, 1.5)), handlePassedTerms(afterDays(term.endsOn, 1.5))]);
    expect(await cast.statusOf(id)).toMatchObject({ status: "GRANTED" });
    expect(await db.decision.findMany({ where: { applicationId: id, kind: "RESIDENCE" } })).toMatchObject([{ outcome: "DEEMED_GRANTED", annex: "47", decidedById: null }]);
    expect((await db.inboxMessage.findMany({ where: { applicationId: id } })).map((m) => m.topic)).toEqual(["residence.deemed-granted"]);
  });

  it("flags an EU Blue Card overdue instead, once, and leaves the decision to the authorities", async () => {
    const id = await cast.submitted("EU_BLUE_CARD");
    await takeIntoTreatment({ actor: cast.flemish, ...cast.command(id, 5) });
    await decideAdmissibility({ actor: cast.flemish, ...cast.command(id, 6, { outcome: "ADMISSIBLE" }) });
    const term = (await cast.openTerms(id)).find((t) => t.kind === "DECISION_ON_MERITS")!;
    await Promise.all([handlePassedTerms(afterDays(term.endsOn, 1.5)), handlePassedTerms(afterDays(term.endsOn, 1.5))]);
    await handlePassedTerms(afterDays(term.endsOn, 3));
    expect(await cast.statusOf(id)).toMatchObject({ status: "WORK_PART_REVIEW", version: 8 });
    expect(await db.statusEvent.count({ where: { applicationId: id, type: "DECISION_TERM_OVERDUE" } })).toBe(1);
    expect(await db.decision.count({ where: { applicationId: id, kind: "RESIDENCE" } })).toBe(0);
  });
});
