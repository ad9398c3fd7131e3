import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { addDays, dayInBelgium } from "@/lib/dates";
import { acceptMandate } from "@/lib/mandates/accept-mandate";
import { endMandate } from "@/lib/mandates/end-mandate";
import { findActiveMandate } from "@/lib/mandates/find-active-mandate";
import { grantMandate } from "@/lib/mandates/grant-mandate";
import { listMandates } from "@/lib/mandates/list-mandates";
import { createOrganisation, createUser, uniqueStem } from "@/prisma/factories";

const db = getDb();
afterAll(() => db.$disconnect());

const passwordHash = "not-a-real-hash";
const actorFor = async (userId: string): Promise<Actor> => (await resolveActor(userId))!;
const today = dayInBelgium();

interface Party {
  id: string;
  enterpriseNumber: string;
  name: string;
  admin: Actor;
  adminEmail: string;
  user: Actor;
}

async function party(kind: "EMPLOYER" | "MANDATARY"): Promise<Party> {
  const stem = uniqueStem();
  const organisation = await createOrganisation(db, { kind, name: `${kind === "EMPLOYER" ? "Werkgever" : "Secretariaat"} ${stem}` });
  const adminEmail = `admin-${stem}@mandates.example`;
  const admin = await actorFor((await createUser(db, { passwordHash, email: adminEmail, locale: "fr", role: kind === "EMPLOYER" ? "EMPLOYER_ADMIN" : "MANDATARY_ADMIN", organisationId: organisation.id })).id);
  const user = await actorFor((await createUser(db, { passwordHash, role: kind === "EMPLOYER" ? "EMPLOYER_USER" : "MANDATARY_USER", organisationId: organisation.id })).id);
  return { id: organisation.id, enterpriseNumber: organisation.enterpriseNumber!, name: organisation.name, admin, adminEmail, user };
}

/** What a refused attempt left behind: the rows a mandate step writes, about this test's two parties. */
const written = async () => {
  const parties = [employer.id, mandatary.id];
  return {
    mandates: await db.mandate.findMany({ where: { employerId: employer.id }, select: { id: true, status: true, version: true } }),
    audit: await db.auditEntry.count({ where: { action: { startsWith: "mandate." }, actorOrganisationId: { in: parties } } }),
    outbox: await db.outboxMessage.count({ where: { topic: { startsWith: "mandate." }, recipientEmail: { in: [employer.adminEmail, mandatary.adminEmail] } } }),
  };
};

/** A refusal's field errors, or its code when it has none (FORBIDDEN, NOT_FOUND, CONFLICT). */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { fieldErrors?: unknown[]; code?: string }) => (error.fieldErrors?.length ? error.fieldErrors : error.code),
  );

let employer: Party;
let mandatary: Party;
beforeEach(async () => {
  employer = await party("EMPLOYER");
  mandatary = await party("MANDATARY");
});

const grant = (overrides: Record<string, unknown> = {}, actor = employer.admin) =>
  grantMandate({ actor, input: { enterpriseNumber: mandatary.enterpriseNumber, validFrom: today, validUntil: "", ...overrides } });
const version = async (mandateId: string) => (await db.mandate.findUniqueOrThrow({ where: { id: mandateId } })).version;

describe("[MANDATES] the life of a mandate", () => {
  it("is proposed, accepted and ended, each step audited and mailed to the other side's administrators", async () => {
    const { mandateId } = await grant({ enterpriseNumber: `BE ${mandatary.enterpriseNumber.slice(0, 4)}.${mandatary.enterpriseNumber.slice(4, 7)}.${mandatary.enterpriseNumber.slice(7)}` });
    expect(await db.mandate.findUniqueOrThrow({ where: { id: mandateId } })).toMatchObject({ status: "PROPOSED", employerId: employer.id, mandataryId: mandatary.id, grantedById: employer.admin.userId, acceptedAt: null });
    // Proposed is not in force: the mandatary cannot file yet.
    expect(await findActiveMandate(db, { employerId: employer.id, mandataryId: mandatary.id, day: today })).toBeNull();
    const proposedMail = await db.outboxMessage.findFirstOrThrow({ where: { topic: "mandate.proposed", recipientEmail: mandatary.adminEmail } });
    expect(proposedMail).toMatchObject({ locale: "fr", payload: { employerName: employer.name, mandataryName: mandatary.name, validFrom: today, validUntil: null } });
    // The acting side and the other side's non-administrators are not written to.
    expect(await db.outboxMessage.count({ where: { topic: { startsWith: "mandate." }, recipientEmail: { in: [employer.adminEmail] } } })).toBe(0);

    await acceptMandate({ actor: mandatary.admin, input: { mandateId, version: await version(mandateId) } });
    expect(await db.mandate.findUniqueOrThrow({ where: { id: mandateId } })).toMatchObject({ status: "ACCEPTED", acceptedById: mandatary.admin.userId, acceptedAt: expect.any(Date) });
    expect((await findActiveMandate(db, { employerId: employer.id, mandataryId: mandatary.id, day: today }))?.id).toBe(mandateId);
    expect(await db.outboxMessage.count({ where: { topic: "mandate.accepted", recipientEmail: employer.adminEmail } })).toBe(1);

    await endMandate({ actor: employer.admin, input: { mandateId, version: await version(mandateId) } });
    expect(await db.mandate.findUniqueOrThrow({ where: { id: mandateId } })).toMatchObject({ status: "ENDED", endedById: employer.admin.userId, endedByOrganisationId: employer.id, endedAt: expect.any(Date) });
    expect(await findActiveMandate(db, { employerId: employer.id, mandataryId: mandatary.id, day: today })).toBeNull();
    expect(await db.outboxMessage.findFirstOrThrow({ where: { topic: "mandate.ended", recipientEmail: mandatary.adminEmail } })).toMatchObject({ payload: { endedByName: employer.name, wasAccepted: true } });

    const audit = await db.auditEntry.findMany({ where: { entityId: mandateId }, orderBy: { occurredAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorUserId, a.outcome])).toEqual([
      ["mandate.grant", employer.admin.userId, "SUCCESS"],
      ["mandate.accept", mandatary.admin.userId, "SUCCESS"],
      ["mandate.end", employer.admin.userId, "SUCCESS"],
    ]);
  });

  it("shows both sides the same life, with who did what", async () => {
    const { mandateId } = await grant({ validUntil: addDays(today, 30) });
    await acceptMandate({ actor: mandatary.admin, input: { mandateId, version: await version(mandateId) } });
    const forEmployer = await listMandates(employer.user);
    const forMandatary = await listMandates(mandatary.admin);
    expect(forEmployer.rows).toEqual([expect.objectContaining({ id: mandateId, standing: "IN_FORCE", counterpart: { name: mandatary.name, enterpriseNumber: mandatary.enterpriseNumber }, validFrom: today, validUntil: addDays(today, 30) })]);
    expect(forMandatary.rows[0]).toMatchObject({ id: mandateId, standing: "IN_FORCE", counterpart: { name: employer.name }, accepted: { by: expect.any(String) } });
    expect(forEmployer.may).toEqual({ grant: false, accept: false, end: false });
    expect(forMandatary.may).toEqual({ grant: false, accept: true, end: true });
    // Another organisation sees none of it.
    const stranger = await party("EMPLOYER");
    expect((await listMandates(stranger.admin)).rows).toEqual([]);
  });

  it("lets the mandatary refuse a proposal and the employer withdraw one: both end it unaccepted", async () => {
    const refused = await grant();
    await endMandate({ actor: mandatary.admin, input: { mandateId: refused.mandateId, version: 0 } });
    expect(await db.mandate.findUniqueOrThrow({ where: { id: refused.mandateId } })).toMatchObject({ status: "ENDED", acceptedAt: null, endedByOrganisationId: mandatary.id });
    expect(await db.outboxMessage.findFirstOrThrow({ where: { topic: "mandate.ended", recipientEmail: employer.adminEmail } })).toMatchObject({ payload: { endedByName: mandatary.name, wasAccepted: false } });

    const withdrawn = await grant();
    await endMandate({ actor: employer.admin, input: { mandateId: withdrawn.mandateId, version: 0 } });
    expect(await db.mandate.findUniqueOrThrow({ where: { id: withdrawn.mandateId } })).toMatchObject({ status: "ENDED", endedByOrganisationId: employer.id });
    // An ended proposal can no longer be accepted.
    expect(await refusal(acceptMandate({ actor: mandatary.admin, input: { mandateId: withdrawn.mandateId, version: 1 } }))).toBe("CONFLICT");
  });

  it("lets the mandatary end an accepted mandate too", async () => {
    const { mandateId } = await grant();
    await acceptMandate({ actor: mandatary.admin, input: { mandateId, version: 0 } });
    await endMandate({ actor: mandatary.admin, input: { mandateId, version: 1 } });
    expect(await db.mandate.findUniqueOrThrow({ where: { id: mandateId } })).toMatchObject({ status: "ENDED", endedByOrganisationId: mandatary.id, endedById: mandatary.admin.userId });
  });
});

describe("[MANDATES] bad input and the wrong people write nothing", () => {
  it("explains each wrong field of a grant", async () => {
    const before = await written();
    expect(await refusal(grantMandate({ actor: employer.admin, input: { enterpriseNumber: "", validFrom: "" } }))).toEqual([
      { path: "enterpriseNumber", message: "validation.mandataryEnterpriseNumberRequired" },
      { path: "validFrom", message: "validation.mandateStartRequired" },
    ]);
    expect(await refusal(grant({ enterpriseNumber: "2147812897" }))).toEqual([{ path: "enterpriseNumber", message: "validation.enterpriseNumberIsUnitNumber" }]);
    expect(await refusal(grant({ enterpriseNumber: "0412345615" }))).toEqual([{ path: "enterpriseNumber", message: "validation.kboNumberCheckDigits" }]);
    expect(await refusal(grant({ validFrom: "2027-02-30" }))).toEqual([{ path: "validFrom", message: "validation.invalidDate" }]);
    expect(await refusal(grant({ validFrom: addDays(today, 10), validUntil: addDays(today, 9) }))).toEqual([{ path: "validUntil", message: "validation.mandateEndsBeforeStart" }]);
    expect(await refusal(grant({ validFrom: addDays(today, -1) }))).toEqual([{ path: "validFrom", message: "validation.mandateStartInPast" }]);
    // A right number, but not of a mandatary that signed up: an employer's, or nobody's.
    expect(await refusal(grant({ enterpriseNumber: employer.enterpriseNumber }))).toEqual([{ path: "enterpriseNumber", message: "validation.mandataryNotFound" }]);
    expect(await written()).toEqual(before);
  });

  it("refuses a second open mandate to the same mandatary, but allows one after the first ended", async () => {
    const { mandateId } = await grant();
    const before = await written();
    expect(await refusal(grant({ validFrom: addDays(today, 5) }))).toEqual([{ path: "enterpriseNumber", message: "validation.mandateAlreadyOpen" }]);
    expect(await written()).toEqual(before);
    await endMandate({ actor: employer.admin, input: { mandateId, version: 0 } });
    await grant();
    expect(await db.mandate.count({ where: { employerId: employer.id, mandataryId: mandatary.id } })).toBe(2);
  });

  it("refuses grants from anyone but an employer's administrator", async () => {
    const before = await written();
    expect(await refusal(grant({}, employer.user))).toBe("FORBIDDEN");
    expect(await refusal(grant({}, mandatary.admin))).toBe("FORBIDDEN");
    expect(await refusal(grant({}, mandatary.user))).toBe("FORBIDDEN");
    expect(await written()).toEqual(before);
  });

  it("lets only the mandatary's administrator accept: not the employer's side, not a user, not another mandatary", async () => {
    const { mandateId } = await grant();
    const before = await written();
    const step = { mandateId, version: 0 };
    expect(await refusal(acceptMandate({ actor: employer.admin, input: step }))).toBe("FORBIDDEN");
    expect(await refusal(acceptMandate({ actor: mandatary.user, input: step }))).toBe("FORBIDDEN");
    const otherMandatary = await party("MANDATARY");
    expect(await refusal(acceptMandate({ actor: otherMandatary.admin, input: step }))).toBe("NOT_FOUND");
    expect(await refusal(acceptMandate({ actor: mandatary.admin, input: { mandateId: "not-a-uuid", version: 0 } }))).toEqual([{ path: "mandateId", message: "validation.mandateRequired" }]);
    // A page shown before another change: the version no longer matches.
    expect(await refusal(acceptMandate({ actor: mandatary.admin, input: { mandateId, version: 7 } }))).toBe("CONFLICT");
    expect(await written()).toEqual(before);
    expect((await db.mandate.findUniqueOrThrow({ where: { id: mandateId } })).status).toBe("PROPOSED");
  });

  it("lets only the parties' administrators end a mandate", async () => {
    const { mandateId } = await grant();
    const before = await written();
    const step = { mandateId, version: 0 };
    expect(await refusal(endMandate({ actor: employer.user, input: step }))).toBe("FORBIDDEN");
    expect(await refusal(endMandate({ actor: mandatary.user, input: step }))).toBe("FORBIDDEN");
    const stranger = await party("EMPLOYER");
    expect(await refusal(endMandate({ actor: stranger.admin, input: step }))).toBe("NOT_FOUND");
    expect(await written()).toEqual(before);
    await endMandate({ actor: employer.admin, input: step });
    expect(await refusal(endMandate({ actor: mandatary.admin, input: { mandateId, version: 1 } }))).toBe("CONFLICT");
  });

  it("lets two administrators accepting and ending at once both not win", async () => {
    const { mandateId } = await grant();
    const results = await Promise.allSettled([
      acceptMandate({ actor: mandatary.admin, input: { mandateId, version: 0 } }),
      endMandate({ actor: employer.admin, input: { mandateId, version: 0 } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { entityId: mandateId, action: { in: ["mandate.accept", "mandate.end"] } } })).toBe(1);
  });
});

describe("[MANDATES] a proposal whose days pass unaccepted", () => {
  /** Noon in Belgium on a day: the moment a use case is run "on" that day. */
  const noonOn = (day: string) => new Date(`${day}T10:00:00Z`);

  it("can still be accepted after its first day, and then starts on the day of acceptance", async () => {
    const { mandateId } = await grant({ validUntil: addDays(today, 30) });
    const later = noonOn(addDays(today, 3));
    expect((await listMandates(employer.admin, later)).rows[0]).toMatchObject({ id: mandateId, standing: "PROPOSED", validFrom: today, startsOnAcceptance: true });
    expect((await listMandates(employer.admin)).rows[0]).toMatchObject({ startsOnAcceptance: false });

    await acceptMandate({ actor: mandatary.admin, input: { mandateId, version: 0 }, now: later });
    const mandate = await db.mandate.findUniqueOrThrow({ where: { id: mandateId } });
    expect(mandate).toMatchObject({ status: "ACCEPTED", validFrom: new Date(`${addDays(today, 3)}T00:00:00Z`), acceptedAt: later });
    // The record and the employer's mail say from when the mandatary can act; the audit keeps the day proposed.
    expect(await db.outboxMessage.findFirstOrThrow({ where: { topic: "mandate.accepted", recipientEmail: employer.adminEmail } })).toMatchObject({ payload: { validFrom: addDays(today, 3) } });
    expect(await db.auditEntry.findFirstOrThrow({ where: { entityId: mandateId, action: "mandate.accept" } })).toMatchObject({ metadata: expect.objectContaining({ validFrom: addDays(today, 3), proposedFrom: today }) });
    expect(await findActiveMandate(db, { employerId: employer.id, mandataryId: mandatary.id, day: addDays(today, 2) })).toBeNull();
    expect((await findActiveMandate(db, { employerId: employer.id, mandataryId: mandatary.id, day: addDays(today, 3) }))?.id).toBe(mandateId);
    expect((await listMandates(mandatary.admin, later)).rows[0]).toMatchObject({ standing: "IN_FORCE", validFrom: addDays(today, 3), startsOnAcceptance: false });
  });

  it("can be accepted on its last day; after it, it has lapsed: not accepted, listed as lapsed, and no bar to a new grant", async () => {
    const { mandateId } = await grant({ validUntil: addDays(today, 5) });
    const after = noonOn(addDays(today, 6));
    const before = await written();
    expect(await refusal(acceptMandate({ actor: mandatary.admin, input: { mandateId, version: 0 }, now: after }))).toBe("CONFLICT");
    expect(await written()).toEqual(before);
    expect((await listMandates(mandatary.admin, after)).rows[0]).toMatchObject({ id: mandateId, standing: "LAPSED" });
    expect((await listMandates(employer.admin, noonOn(addDays(today, 5)))).rows[0]).toMatchObject({ id: mandateId, standing: "PROPOSED", startsOnAcceptance: true });

    await grantMandate({ actor: employer.admin, input: { enterpriseNumber: mandatary.enterpriseNumber, validFrom: addDays(today, 6), validUntil: "" }, now: after });
    expect(await db.mandate.count({ where: { employerId: employer.id, mandataryId: mandatary.id } })).toBe(2);

    const third = await party("MANDATARY");
    const lastDay = await grant({ enterpriseNumber: third.enterpriseNumber, validUntil: addDays(today, 5) });
    await acceptMandate({ actor: third.admin, input: { mandateId: lastDay.mandateId, version: 0 }, now: noonOn(addDays(today, 5)) });
    expect(await db.mandate.findUniqueOrThrow({ where: { id: lastDay.mandateId } })).toMatchObject({ status: "ACCEPTED", validFrom: new Date(`${addDays(today, 5)}T00:00:00Z`) });
  });
});
