import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { withAuditClient } from "@/lib/audit/audit-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { READING_INTERVAL_MINUTES, recordDossierReading } from "@/lib/audit/record-dossier-reading";
import { listOrganisationActivity, type ActivityEntry } from "@/lib/audit/organisation-activity";
import { takeIntoTreatment } from "@/lib/dossier-life/take-into-treatment";
import { isAppError } from "@/lib/errors/app-error";
import { createCaseworker, createOrganisation, createUser, grantMandate } from "@/prisma/factories";
import { completeDraft, submit } from "@/tests/support/filing";

/**
 * The audit trail a data-protection officer can use (issue 13, item 6) and the client's activity
 * log drawn from it (issue 11, item 7), on a real database: the client's network and browser on
 * every entry, authorities' readings once per sitting, and an organisation's administrators seeing
 * who did what on their dossiers without the names of people outside their organisation.
 */
const db = getDb();
const passwordHash = "not-a-real-hash";
const actorFor = async (userId: string): Promise<Actor> => (await resolveActor(userId))!;
const client = { clientAddress: "203.0.113.0/24", userAgent: "Firefox/140 (test)" };

let employerAdmin: Actor;
let employerUser: Actor;
let mandataryAdmin: Actor;
let mandataryUser: Actor;
let caseworker: Actor;
let immigrationOffice: Actor;
let outsider: Actor;
let mandataryName = "";
let dossierId = "";

beforeAll(async () => {
  const employer = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  employerAdmin = await actorFor((await createUser(db, { passwordHash, name: "Eva Admin", role: "EMPLOYER_ADMIN", organisationId: employer.id })).id);
  employerUser = await actorFor((await createUser(db, { passwordHash, name: "Erik User", role: "EMPLOYER_USER", organisationId: employer.id })).id);
  const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
  mandataryName = mandatary.name;
  await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: employerAdmin.userId });
  mandataryAdmin = await actorFor((await createUser(db, { passwordHash, name: "Mia Mandate", role: "MANDATARY_ADMIN", organisationId: mandatary.id })).id);
  mandataryUser = await actorFor((await createUser(db, { passwordHash, name: "Marc Filer", role: "MANDATARY_USER", organisationId: mandatary.id })).id);
  caseworker = await actorFor((await createCaseworker(db, { region: "FLEMISH_REGION", passwordHash, name: "Karel Caseworker" })).id);
  immigrationOffice = await actorFor((await createCaseworker(db, { region: null, passwordHash, name: "Ines Office" })).id);
  const other = await createOrganisation(db, {});
  outsider = await actorFor((await createUser(db, { passwordHash, name: "Olga Outsider", role: "EMPLOYER_ADMIN", organisationId: other.id })).id);

  // The mandatary files for the employer, the Flemish caseworker takes it into treatment: all as
  // requests from one browser, so every entry records it.
  await withAuditClient(client, async () => {
    const draft = await completeDraft(db, mandataryUser, [{ establishmentUnitId: employer.establishmentUnits[0]!.id, sharePercent: 100 }], {}, { employerId: employer.id });
    dossierId = draft.id;
    await submit(mandataryUser, draft);
    await takeIntoTreatment({ actor: caseworker, input: { applicationId: dossierId, version: draft.version + 1 } });
  });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("audit entries: where a request came from", () => {
  it("records the client's network and browser on the entries written while serving it", async () => {
    const entries = await db.auditEntry.findMany({ where: { entityType: "Application", entityId: dossierId } });
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const entry of entries) expect([entry.action, entry.clientAddress, entry.userAgent]).toEqual([entry.action, client.clientAddress, client.userAgent]);
  });

  it("records none for work done outside a request (a job)", async () => {
    await recordAudit(db, { actor: null, action: "test.job", entityType: "Test", entityId: dossierId, outcome: "SUCCESS" });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "test.job", entityId: dossierId } });
    expect([entry.clientAddress, entry.userAgent]).toEqual([null, null]);
  });

  it("keeps personal data out of the metadata even when a caller passes it", async () => {
    await recordAudit(db, { actor: employerAdmin, action: "test.personal", entityType: "Test", entityId: dossierId, outcome: "SUCCESS", metadata: { familyName: "Mehta", note: "mail worker@example.org", count: 2 } });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "test.personal", entityId: dossierId } });
    expect(entry.metadata).toEqual({ familyName: "[withheld]", note: "[withheld]", count: 2 });
  });
});

describe("readings of a dossier by the authorities", () => {
  const readings = (actor: Actor) => db.auditEntry.count({ where: { action: "dossier.read", entityId: dossierId, actorUserId: actor.userId } });

  it("records a caseworker's reading once per sitting, and again after the interval", async () => {
    const start = new Date();
    expect(await recordDossierReading(caseworker, dossierId, start)).toBe(true);
    expect(await recordDossierReading(caseworker, dossierId, new Date(start.getTime() + 60_000))).toBe(false);
    expect(await readings(caseworker)).toBe(1);
    expect(await recordDossierReading(caseworker, dossierId, new Date(start.getTime() + (READING_INTERVAL_MINUTES + 1) * 60_000))).toBe(true);
    expect(await readings(caseworker)).toBe(2);
  });

  it("writes exactly one row for parallel renders of the same page", async () => {
    const now = new Date();
    const written = await Promise.all(Array.from({ length: 6 }, () => recordDossierReading(immigrationOffice, dossierId, now)));
    expect(written.filter(Boolean)).toHaveLength(1);
    expect(await readings(immigrationOffice)).toBe(1);
  });

  it("does not record the applicant's own readings", async () => {
    expect(await recordDossierReading(employerAdmin, dossierId)).toBe(false);
    expect(await recordDossierReading(mandataryUser, dossierId)).toBe(false);
    expect(await readings(employerAdmin)).toBe(0);
  });
});

describe("the organisation's activity log", () => {
  async function everything(actor: Actor, pageSize: number): Promise<ActivityEntry[]> {
    const all: ActivityEntry[] = [];
    let cursor: string | null | undefined;
    for (let page = 0; page < 100; page++) {
      const result = await listOrganisationActivity({ actor, pageSize, ...(cursor ? { cursor } : {}) });
      all.push(...result.entries);
      cursor = result.next;
      if (!cursor) return all;
    }
    throw new Error("the pages never end");
  }

  it("shows who did what on the employer's dossier, outsiders by their organisation or office, never by name", async () => {
    // A refused attempt by another organisation at this dossier (as the action wrapper records it).
    await recordAudit(db, { actor: outsider, action: "dossier.request-stop", entityType: "Application", entityId: dossierId, outcome: "DENIED", metadata: { code: "NOT_FOUND" } });
    const { entries, organisationName } = await listOrganisationActivity({ actor: employerAdmin });
    expect(organisationName).not.toBe("");
    const seen = entries.map((entry) => [entry.action, entry.outcome, entry.actor]);
    expect(seen).toContainEqual(["dossier.submit", "SUCCESS", { kind: "organisation", name: mandataryName, organisationKind: "MANDATARY" }]);
    expect(seen).toContainEqual(["dossier.takeIntoTreatment", "SUCCESS", { kind: "regional-caseworker", region: "FLEMISH_REGION" }]);
    expect(seen).toContainEqual(["dossier.read", "SUCCESS", { kind: "immigration-office" }]);
    expect(seen).toContainEqual(["dossier.request-stop", "DENIED", { kind: "other-organisation" }]);
    const text = JSON.stringify(entries);
    for (const name of ["Marc Filer", "Karel Caseworker", "Ines Office", "Olga Outsider", client.clientAddress, client.userAgent]) expect(text).not.toContain(name);
    for (const entry of entries) expect(entry.subject).toMatchObject({ kind: "dossier", id: dossierId });
  });

  it("names the organisation's own members", async () => {
    await recordAudit(db, { actor: mandataryAdmin, action: "document.download", entityType: "Application", entityId: dossierId, outcome: "SUCCESS" });
    const { entries } = await listOrganisationActivity({ actor: mandataryAdmin });
    const seen = entries.map((entry) => [entry.action, entry.actor]);
    expect(seen).toContainEqual(["document.download", { kind: "member", name: "Mia Mandate" }]);
    expect(seen).toContainEqual(["dossier.submit", { kind: "member", name: "Marc Filer" }]);
  });

  it("pages newest first by keyset, losing and repeating nothing, even with entries at the same instant", async () => {
    const at = new Date(Date.now() - 3_600_000);
    for (let i = 0; i < 5; i++) await recordAudit(db, { actor: employerUser, action: "letter.read", entityType: "Application", entityId: dossierId, outcome: "SUCCESS", at });
    const whole = (await listOrganisationActivity({ actor: employerAdmin, pageSize: 100 })).entries;
    const paged = await everything(employerAdmin, 2);
    expect(paged.map((entry) => entry.id)).toEqual(whole.map((entry) => entry.id));
    expect(new Set(paged.map((entry) => entry.id)).size).toBe(paged.length);
    for (let i = 1; i < paged.length; i++) expect(paged[i - 1]!.occurredAt.getTime()).toBeGreaterThanOrEqual(paged[i]!.occurredAt.getTime());
  });

  it("shows another organisation's administrator nothing of it", async () => {
    const { entries } = await listOrganisationActivity({ actor: outsider });
    expect(entries.filter((entry) => entry.subject.id === dossierId)).toEqual([]);
  });

  it("is for administrators only", async () => {
    for (const actor of [employerUser, mandataryUser, caseworker, immigrationOffice]) {
      const refusal = await listOrganisationActivity({ actor }).catch((error: unknown) => error);
      expect(isAppError(refusal) && refusal.code, actor.kind).toBe("FORBIDDEN");
    }
  });

  it("starts at the top for a cursor that is not one", async () => {
    const top = await listOrganisationActivity({ actor: employerAdmin, pageSize: 3 });
    for (const cursor of ["garbage", "2026-01-01T00:00:00.000Z_not-a-uuid", 42, "x".repeat(10_000)]) {
      expect((await listOrganisationActivity({ actor: employerAdmin, pageSize: 3, cursor })).entries.map((entry) => entry.id)).toEqual(top.entries.map((entry) => entry.id));
    }
  });
});
