import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { addDays, addMonths, dayInBelgium, dayToDate } from "@/lib/dates";
import { saveFilingStep } from "@/lib/filing/save-filing-step";
import { startDraftApplication } from "@/lib/filing/start-draft-application";
import { POST as routeCompetentRegion } from "@/app/api/v1/routing/competent-region/route";
import { createOrganisation, createUser, filingStepValues } from "@/prisma/factories";
import { completeDraft, submit } from "@/tests/support/filing";

/**
 * Plausible data only (issue 13, point 2), through the real use cases on a real database: a NUL
 * in a name, a birth date of 0001-01-01 and an employment start of 9999-12-31 are refused with a
 * field error and write nothing; the competent region's window for the employment start is
 * checked at submission (Flanders: at most 4.5 months ahead); 3,000 bad postal codes get one
 * short answer.
 */

const db = getDb();
let employer: Awaited<ReturnType<typeof createOrganisation>>;
let actor: Actor;
const antwerp = () => employer.establishmentUnits[0]!.id;
const liege = () => employer.establishmentUnits[1]!.id;

beforeAll(async () => {
  employer = await createOrganisation(db, {
    registeredOffice: { street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
    units: [
      { name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
      { name: "Liège", street: "Rue Léopold 1", postalCode: "4000", city: "Liège" },
    ],
  });
  const user = await createUser(db, { passwordHash: "not-a-real-hash", role: "EMPLOYER_USER", organisationId: employer.id });
  actor = (await resolveActor(user.id))!;
});

afterAll(async () => {
  await db.$disconnect();
});

/** What a refused save must leave untouched. */
async function written(applicationId: string) {
  const [dossier, events, audit, workers] = await Promise.all([
    db.application.findUniqueOrThrow({ where: { id: applicationId } }),
    db.statusEvent.count({ where: { applicationId } }),
    db.auditEntry.count({ where: { entityId: applicationId, outcome: "SUCCESS" } }),
    db.worker.count({ where: { employerId: employer.id } }),
  ]);
  return { dossier, events, audit, workers };
}

describe("[FILING] implausible answers are refused at the step, with a field error, writing nothing", () => {
  it("a NUL or another control character in the worker's name, a birth date of 0001-01-01", async () => {
    const values = filingStepValues([{ establishmentUnitId: antwerp(), sharePercent: 100 }]);
    const { id } = await startDraftApplication({ actor, input: {} });
    const before = await written(id);
    const save = (worker: Record<string, unknown>) =>
      saveFilingStep({ actor, input: { applicationId: id, version: 0, step: "worker", values: { worker: { ...values.worker.worker, ...worker } } } });

    await expect(save({ givenNames: "Priya\u0000", familyName: "Sharma\u001b[2J" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [
        { path: "worker.givenNames", message: "validation.controlCharacters" },
        { path: "worker.familyName", message: "validation.controlCharacters" },
      ],
    });
    await expect(save({ dateOfBirth: "0001-01-01" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "worker.dateOfBirth", message: "validation.dateOfBirthTooEarly" }] });
    await expect(save({ passportExpiresOn: "9999-12-31" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "worker.passportExpiresOn", message: "validation.dateOutOfRange" }] });
    // A number where the name should be: the catalog's words, not zod's English.
    await expect(save({ givenNames: 42 })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "worker.givenNames", message: "validation.givenNamesRequired" }] });
    expect(await written(id)).toEqual(before);

    // The same worker without the control characters is saved.
    await save({ givenNames: "Priya", familyName: "Sharma" });
    expect(await db.application.findUniqueOrThrow({ where: { id }, select: { version: true } })).toEqual({ version: 1 });
  });

  it("an employment start of 9999-12-31, or further than any region takes; 3,000 wrong workplaces in one short error", async () => {
    const values = filingStepValues([{ establishmentUnitId: antwerp(), sharePercent: 100 }]);
    const { id } = await startDraftApplication({ actor, input: {} });
    await saveFilingStep({ actor, input: { applicationId: id, version: 0, step: "residence", values: values.residence } });
    const before = await written(id);
    const save = (employment: Record<string, unknown>) => saveFilingStep({ actor, input: { applicationId: id, version: 1, step: "employment", values: { ...values.employment, ...employment } } });
    const today = dayInBelgium();

    await expect(save({ employmentStartDate: "9999-12-31" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "employmentStartDate", message: "validation.dateOutOfRange" }] });
    await expect(save({ employmentStartDate: addMonths(today, 13) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "employmentStartDate", message: "validation.employmentStartTooLate", values: { latest: addMonths(today, 12) } }],
    });
    await expect(save({ jobTitle: "Data\u0000engineer" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "jobTitle", message: "validation.controlCharacters" }] });
    const refused = save({ workplaces: Array.from({ length: 3000 }, () => ({ postalCode: "0000", sharePercent: 0 })) });
    await expect(refused).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "workplaces", message: "validation.tooManyWorkplaces" }] });
    expect(await written(id)).toEqual(before);
  });
});

describe("[FILING] submission checks the competent region's window for the employment start", () => {
  const today = dayInBelgium();
  const sixMonthsAhead = addMonths(today, 6);

  it("Flanders takes a file at most 4.5 months before the start: later starts are refused with the last day that fits", async () => {
    const draft = await completeDraft(db, actor, [{ establishmentUnitId: antwerp(), sharePercent: 100 }], { employment: { employmentStartDate: sixMonthsAhead } });
    await expect(submit(actor, draft)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "employmentStartDate", message: "validation.employmentStartTooLate", values: { latest: addDays(addMonths(today, 4), 15) } }],
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "DRAFT", referenceNumber: null });
  });

  it("Wallonia has no such rule: the same start is submitted, and the dossier names the row that judged it", async () => {
    const draft = await completeDraft(db, actor, [{ establishmentUnitId: liege(), sharePercent: 100 }], { employment: { employmentStartDate: sixMonthsAhead } });
    await submit(actor, draft);
    const dossier = await db.application.findUniqueOrThrow({ where: { id: draft.id } });
    expect(dossier).toMatchObject({ status: "SUBMITTED", competentRegion: "WALLOON_REGION" });
    expect(dossier.appliedRuleIds).toContain("employment-start.portal.2021");
  });

  it("a draft saved before the bounds, with a birth date of 0001-01-01, is refused at submission: its worker step is incomplete again", async () => {
    const draft = await completeDraft(db, actor, [{ establishmentUnitId: liege(), sharePercent: 100 }]);
    const { workerId } = await db.application.findUniqueOrThrow({ where: { id: draft.id }, select: { workerId: true } });
    await db.worker.update({ where: { id: workerId! }, data: { dateOfBirth: dayToDate("0001-01-01") } });
    await expect(submit(actor, draft)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: expect.arrayContaining([{ path: "steps.worker", message: "filing.incomplete.worker" }]),
    });
  });
});

describe("[ROUTING] the public endpoint checks a list's length before its entries", () => {
  it("answers 3,000 bad postal codes with one short error", async () => {
    // Under the endpoint's 64 KiB limit, so that the schema, not the size check, answers.
    const body = JSON.stringify({ placesOfWork: Array.from({ length: 3000 }, () => ({ postalCode: "0" })) });
    const response = await routeCompetentRegion(new Request("http://localhost/api/v1/routing/competent-region", { method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": "en" }, body }));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.length).toBeLessThan(1_000);
    expect(JSON.parse(text)).toMatchObject({ errors: [{ path: "placesOfWork", message: "Enter at most 50 establishment units or places of work." }] });
  });
});
