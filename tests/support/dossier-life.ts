import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import type { PermitCategory, Region } from "@/lib/generated/prisma/enums";
import { createCaseworker, createOrganisation, createUser, grantMandate } from "@/prisma/factories";
import { completeDraft, submit } from "@/tests/support/filing";

const passwordHash = "not-a-real-hash";
export const WORKER_EMAIL = "worker.lifecycle@example.org";
export const motivation = "The salary is below the threshold the region sets for this category.";

/**
 * The people of a dossier's life, for the lifecycle's integration tests: an employer with a Flemish
 * and a Brussels unit, a colleague writing in French, a mandatary, another employer, two Flemish
 * caseworkers, a Brussels one and one of the Immigration Office; and helpers to file and inspect.
 */
export async function dossierLifeCast(db: PrismaClient) {
  const actorFor = async (userId: string): Promise<Actor> => {
    const actor = await resolveActor(userId);
    if (!actor) throw new Error("no actor");
    return actor;
  };
  const caseworkerOf = async (region: Region | null) => actorFor((await createCaseworker(db, { region, passwordHash })).id);
  const employer = await createOrganisation(db, {
    units: [
      { name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
      { name: "Brussel", street: "Wetstraat 1", postalCode: "1000", city: "Brussel" },
    ],
  });
  const employerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: employer.id })).id);
  const colleague = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_ADMIN", organisationId: employer.id, locale: "fr" })).id);
  const mandatary = await createOrganisation(db, { kind: "MANDATARY" });
  const mandataryActor = await actorFor((await createUser(db, { passwordHash, role: "MANDATARY_USER", organisationId: mandatary.id })).id);
  await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: colleague.userId });
  const other = await createOrganisation(db, { units: [{ name: "Gent", street: "Veldstraat 1", postalCode: "9000", city: "Gent" }] });
  const otherEmployerActor = await actorFor((await createUser(db, { passwordHash, role: "EMPLOYER_USER", organisationId: other.id })).id);
  const cast = {
    employer,
    employerActor,
    colleague,
    mandataryActor,
    otherEmployerActor,
    flemish: await caseworkerOf("FLEMISH_REGION"),
    flemishColleague: await caseworkerOf("FLEMISH_REGION"),
    brussels: await caseworkerOf("BRUSSELS_CAPITAL_REGION"),
    immigration: await caseworkerOf(null),
  };

  /** A dossier submitted by the employer to the Flemish Region, at version 5. */
  async function submitted(category: PermitCategory = "HIGHLY_SKILLED", by: Actor = employerActor) {
    const draft = await completeDraft(db, by, [{ establishmentUnitId: employer.establishmentUnits[0]!.id, sharePercent: 100 }], { employment: { category }, worker: { email: WORKER_EMAIL } }, { employerId: employer.id });
    await submit(by, draft);
    return draft.id;
  }
  return {
    ...cast,
    submitted,
    command: (applicationId: string, version: number, extra: Record<string, unknown> = {}) => ({ input: { applicationId, version, ...extra } }),
    statusOf: async (id: string) => db.application.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } }),
    topics: async (id: string) => db.outboxMessage.findMany({ where: { applicationId: id }, select: { topic: true, recipientEmail: true, locale: true }, orderBy: { createdAt: "asc" } }),
    emailOf: async (actor: Actor) => (await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email.toLowerCase(),
    openTerms: async (id: string) => db.applicationTerm.findMany({ where: { applicationId: id, closedAt: null }, orderBy: { kind: "asc" } }),
  };
}
