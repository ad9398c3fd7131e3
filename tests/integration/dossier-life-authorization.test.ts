import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { isAppError } from "@/lib/errors/app-error";
import { takeIntoTreatment } from "@/lib/dossier-life/take-into-treatment";
import { requestInformation } from "@/lib/dossier-life/request-information";
import { answerInformation } from "@/lib/dossier-life/answer-information";
import { decideAdmissibility } from "@/lib/dossier-life/decide-admissibility";
import { decideWorkPart } from "@/lib/dossier-life/decide-work-part";
import { decideResidence } from "@/lib/dossier-life/decide-residence";
import { extendDecisionTerm } from "@/lib/dossier-life/extend-decision-term";
import { processStopRequest, requestStop } from "@/lib/dossier-life/stop-dossier";
import type { Region } from "@/lib/generated/prisma/enums";
import { getDossier } from "@/lib/applications/get-dossier";
import { dossierWhereForActor } from "@/lib/auth/authorization";
import { dayInBelgium, dayToDate, addDays } from "@/lib/dates";
import { createCaseworker, createOrganisation, createUser, grantMandate } from "@/prisma/factories";
import { completeDraft, submit } from "@/tests/support/filing";

/**
 * Every action on a submitted dossier × every kind of actor, each tried on a dossier that is in the
 * status the action starts from, so that only who acts decides the answer: done (or refused for its
 * input, which means the actor got past the access check), NOT_FOUND for a dossier outside the actor's
 * reach (another organisation's, another region's — its existence does not leak), FORBIDDEN for one
 * in reach whose action is not theirs.
 */
const db = getDb();
const passwordHash = "not-a-real-hash";
const motivation = "The documents do not show the qualifications the category requires.";
const actorFor = async (userId: string): Promise<Actor> => (await resolveActor(userId))!;
const caseworkerOf = async (region: Region | null) => actorFor((await createCaseworker(db, { region, passwordHash })).id);

type Who = "employer" | "otherEmployer" | "mandataryNotFiler" | "mandataryFiler" | "worker" | "flemishCaseworker" | "brusselsCaseworker" | "immigrationOffice";
const actors = {} as Record<Who, Actor>;
let employerId = "";
let unitId = "";

beforeAll(async () => {
  const employer = await createOrganisation(db, { units: [{ name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" }] });
  employerId = employer.id;
  unitId = employer.establishmentUnits[0]!.id;
  actors.employer = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id })).id);
  const other = await createOrganisation(db, {});
  actors.otherEmployer = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: other.id })).id);
  const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
  await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: actors.employer.userId });
  actors.mandataryFiler = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
  const otherMandatary = await createOrganisation(db, { kind: "MANDATARY" });
  await grantMandate(db, { employerId: employer.id, mandataryId: otherMandatary.id, grantedById: actors.employer.userId });
  actors.mandataryNotFiler = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: otherMandatary.id })).id);
  // Resolved as a worker once a dossier's worker record is linked to the account (dossierAfter).
  actors.worker = { kind: "worker", userId: (await createUser(db, { passwordHash })).id };
  actors.flemishCaseworker = await caseworkerOf("FLEMISH_REGION");
  actors.brusselsCaseworker = await caseworkerOf("BRUSSELS_CAPITAL_REGION");
  actors.immigrationOffice = await caseworkerOf(null);
});

afterAll(async () => {
  await db.$disconnect();
});

type Step = (id: string, version: number) => Promise<unknown>;
const as = (actor: () => Actor) => ({
  take: (id: string, version: number) => takeIntoTreatment({ actor: actor(), input: { applicationId: id, version } }),
  admissible: (id: string, version: number) => decideAdmissibility({ actor: actor(), input: { applicationId: id, version, outcome: "ADMISSIBLE" } }),
  grantWork: (id: string, version: number) => decideWorkPart({ actor: actor(), input: { applicationId: id, version, outcome: "GRANTED" } }),
  ask: (id: string, version: number) => requestInformation({ actor: actor(), input: { applicationId: id, version, items: ["DIPLOMA"], message: "Please add the diploma." } }),
  stop: (id: string, version: number) => requestStop({ actor: actor(), input: { applicationId: id, version } }),
});
const region = as(() => actors.flemishCaseworker);
const filer = as(() => actors.mandataryFiler);

/** A dossier filed by the mandatary for the employer, for the worker's account, brought to a status. */
async function dossierAfter(steps: Step[], filedBy: Actor = actors.mandataryFiler): Promise<{ id: string; version: number }> {
  const draft = await completeDraft(db, filedBy, [{ establishmentUnitId: unitId, sharePercent: 100 }], {}, { employerId });
  await submit(filedBy, draft);
  const { workerId } = await db.application.findUniqueOrThrow({ where: { id: draft.id } });
  await db.worker.update({ where: { id: workerId! }, data: { userId: actors.worker.userId } });
  let version = draft.version + 1;
  for (const step of steps) {
    await step(draft.id, version);
    version++;
  }
  return { id: draft.id, version };
}

const actions: { name: string; from: Step[]; act: (actor: Actor, id: string, version: number) => Promise<unknown>; allowed: Who[]; forbidden: Who[] }[] = [
  { name: "request a cancellation", from: [], act: (actor, id, version) => requestStop({ actor, input: { applicationId: id, version } }), allowed: ["employer", "mandataryFiler"], forbidden: ["worker", "flemishCaseworker"] },
  { name: "take into treatment", from: [], act: (actor, id, version) => takeIntoTreatment({ actor, input: { applicationId: id, version } }), allowed: ["flemishCaseworker"], forbidden: ["employer", "mandataryFiler", "worker"] },
  { name: "process a cancellation", from: [filer.stop], act: (actor, id, version) => processStopRequest({ actor, input: { applicationId: id, version } }), allowed: ["flemishCaseworker"], forbidden: ["employer", "mandataryFiler", "worker"] },
  { name: "request a withdrawal", from: [region.take], act: (actor, id, version) => requestStop({ actor, input: { applicationId: id, version } }), allowed: ["employer", "mandataryFiler"], forbidden: ["worker", "flemishCaseworker"] },
  { name: "process a withdrawal", from: [region.take, filer.stop], act: (actor, id, version) => processStopRequest({ actor, input: { applicationId: id, version } }), allowed: ["flemishCaseworker"], forbidden: ["employer", "mandataryFiler", "worker"] },
  { name: "request information", from: [region.take], act: (actor, id, version) => requestInformation({ actor, input: { applicationId: id, version, items: ["DIPLOMA"], message: "Please add the diploma." } }), allowed: ["flemishCaseworker"], forbidden: ["employer", "mandataryFiler", "worker"] },
  { name: "answer information", from: [region.take, region.ask], act: (actor, id, version) => answerInformation({ actor, input: { applicationId: id, version } }), allowed: ["employer", "mandataryFiler"], forbidden: ["worker", "flemishCaseworker"] },
  { name: "declare admissible", from: [region.take], act: (actor, id, version) => decideAdmissibility({ actor, input: { applicationId: id, version, outcome: "ADMISSIBLE" } }), allowed: ["flemishCaseworker"], forbidden: ["employer", "mandataryFiler", "worker"] },
  { name: "declare inadmissible", from: [region.take], act: (actor, id, version) => decideAdmissibility({ actor, input: { applicationId: id, version, outcome: "INADMISSIBLE", motivation } }), allowed: ["flemishCaseworker"], forbidden: ["employer", "mandataryFiler", "worker"] },
  { name: "refuse the work part", from: [region.take, region.admissible], act: (actor, id, version) => decideWorkPart({ actor, input: { applicationId: id, version, outcome: "REFUSED", motivation } }), allowed: ["flemishCaseworker"], forbidden: ["employer", "mandataryFiler", "worker"] },
  { name: "extend the decision term", from: [region.take, region.admissible], act: (actor, id, version) => extendDecisionTerm({ actor, input: { applicationId: id, version, until: "2099-12-31", reason: "A complex case needing advice." } }), allowed: ["flemishCaseworker"], forbidden: ["employer", "mandataryFiler", "worker"] },
  { name: "grant residence", from: [region.take, region.admissible, region.grantWork], act: (actor, id, version) => decideResidence({ actor, input: { applicationId: id, version, outcome: "GRANTED" } }), allowed: ["immigrationOffice"], forbidden: ["employer", "mandataryFiler", "worker", "flemishCaseworker"] },
  { name: "refuse residence", from: [region.take, region.admissible, region.grantWork], act: (actor, id, version) => decideResidence({ actor, input: { applicationId: id, version, outcome: "REFUSED", motivation } }), allowed: ["immigrationOffice"], forbidden: ["employer", "mandataryFiler", "worker", "flemishCaseworker"] },
];

const everyone: Who[] = ["employer", "otherEmployer", "mandataryNotFiler", "mandataryFiler", "worker", "flemishCaseworker", "brusselsCaseworker", "immigrationOffice"];

describe("[LIFECYCLE] authorization: every action × every actor", () => {
  for (const action of actions) {
    for (const who of everyone) {
      const expected = action.allowed.includes(who) ? "done" : action.forbidden.includes(who) ? "FORBIDDEN" : "NOT_FOUND";
      it(`${who} → ${action.name}: ${expected}`, async () => {
        const dossier = await dossierAfter(action.from);
        const outcome = await action.act(actors[who], dossier.id, dossier.version).then(
          () => "done",
          (error: unknown) => {
            if (!isAppError(error)) throw error;
            // Refused for its input only (no document uploaded yet): the actor got past the access check.
            return error.code === "VALIDATION" ? "done" : error.code;
          },
        );
        expect(outcome).toBe(expected);
        if (expected !== "done") {
          const after = await db.application.findUniqueOrThrow({ where: { id: dossier.id }, select: { version: true } });
          expect(after.version).toBe(dossier.version);
        }
      });
    }
  }
});


/**
 * The filer's mandate no longer (or not yet) in force: the mandatary loses the dossiers it filed for
 * the employer — reading, stopping, answering an information request are all NOT_FOUND, and its
 * list no longer shows them — while the employer keeps them all. A new mandate in force brings them back.
 */
describe("[MANDATES] a filer whose mandate is not in force", () => {
  const today = dayInBelgium();
  const states = {
    expired: { validUntil: dayToDate(addDays(today, -1)) },
    "not yet started": { validFrom: dayToDate(addDays(today, 1)) },
    "not yet accepted": { status: "PROPOSED" as const, acceptedAt: null },
    ended: { status: "ENDED" as const, endedAt: new Date() },
  };
  const applicantActs = {
    read: (actor: Actor, id: string) => getDossier({ actor, applicationId: id }),
    "request a cancellation": (actor: Actor, id: string, version: number) => requestStop({ actor, input: { applicationId: id, version } }),
    "answer information": (actor: Actor, id: string, version: number) => answerInformation({ actor, input: { applicationId: id, version } }),
  };

  for (const [state, change] of Object.entries(states)) {
    for (const [name, act] of Object.entries(applicantActs)) {
      it(`${state}: the mandatary cannot ${name} (NOT_FOUND), the employer can`, async () => {
        const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
        const mandate = await grantMandate(db, { employerId, mandataryId: mandatary.id, grantedById: actors.employer.userId });
        const filer = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
        const dossier = await dossierAfter(name === "answer information" ? [region.take, region.ask] : [], filer);
        // While the mandate is in force, the filer sees it.
        expect((await getDossier({ actor: filer, applicationId: dossier.id })).id).toBe(dossier.id);
        await db.mandate.update({ where: { id: mandate.id }, data: { ...change, ...(state === "ended" ? { endedByOrganisationId: employerId } : {}) } });

        await expect(act(filer, dossier.id, dossier.version)).rejects.toMatchObject({ code: "NOT_FOUND" });
        expect(await db.application.count({ where: { AND: [{ employerId }, dossierWhereForActor(filer)] } })).toBe(0);
        expect((await db.application.findUniqueOrThrow({ where: { id: dossier.id }, select: { version: true } })).version).toBe(dossier.version);
        // The employer keeps the dossier, and may act on it.
        const outcome = await act(actors.employer, dossier.id, dossier.version).then(
          () => "done",
          (error: unknown) => (isAppError(error) && error.code === "VALIDATION" ? "done" : error),
        );
        expect(outcome).toBe("done");
      });
    }
  }

  it("gives the dossiers back under a new mandate in force", async () => {
    const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
    const first = await grantMandate(db, { employerId, mandataryId: mandatary.id, grantedById: actors.employer.userId });
    const filer = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
    const dossier = await dossierAfter([], filer);
    await db.mandate.update({ where: { id: first.id }, data: { status: "ENDED", endedAt: new Date(), endedByOrganisationId: employerId } });
    await expect(getDossier({ actor: filer, applicationId: dossier.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await grantMandate(db, { employerId, mandataryId: mandatary.id, grantedById: actors.employer.userId, validFrom: today });
    expect((await getDossier({ actor: filer, applicationId: dossier.id })).id).toBe(dossier.id);
  });
});
