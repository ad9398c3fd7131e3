import { getDb } from "@/lib/db";
import type { Region } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { submitApplication } from "@/lib/applications/submit-application";
import { uploadDocument } from "@/lib/documents/upload-document";
import { COMPLETE_DOCUMENT_KINDS, createCaseworker, createOrganisation, createUser, fileDraftApplication, filingStepValues, grantMandate, tinyPdf } from "./factories";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts";

/**
 * Demo data for development and the e2e tests: one account per role (per region for caseworkers),
 * an employer with units in every region, a mandatary with mandates, one submitted dossier and one
 * draft half-way through the filing's steps.
 * Never run on a production start (lib/db/prepare-database.ts). Idempotent: it does nothing when
 * the demo employer already exists.
 */
const caseworkers: { email: string; name: string; region: Region; locale: string }[] = [
  { email: demoAccounts.caseworkerFlanders, name: "Lotte Peeters", region: "FLEMISH_REGION", locale: "nl" },
  { email: demoAccounts.caseworkerBrussels, name: "Karim El Amrani", region: "BRUSSELS_CAPITAL_REGION", locale: "fr" },
  { email: demoAccounts.caseworkerWallonia, name: "Julie Lambert", region: "WALLOON_REGION", locale: "fr" },
  { email: demoAccounts.caseworkerGermanSpeaking, name: "Lukas Schmitz", region: "GERMAN_SPEAKING_COMMUNITY", locale: "de" },
];

export async function seedDemoData(): Promise<void> {
  const db = getDb();
  if (await db.user.findUnique({ where: { email: demoAccounts.employer }, select: { id: true } })) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const employer = await createOrganisation(db, {
    name: "Scheldt Logistics NV",
    enterpriseNumber: "0403170701",
    registeredOffice: { street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
    units: [
      { name: "Antwerp head office", street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
      { name: "Ghent depot", street: "Kortrijksesteenweg 100", postalCode: "9000", city: "Gent" },
      { name: "Brussels office", street: "Rue de la Loi 50", postalCode: "1040", city: "Etterbeek" },
      { name: "Liège warehouse", street: "Quai de Rome 12", postalCode: "4000", city: "Liège" },
      { name: "Eupen branch", street: "Gospertstraße 5", postalCode: "4700", city: "Eupen" },
    ],
  });
  const bakery = await createOrganisation(db, {
    name: "Boulangerie du Namurois SA",
    enterpriseNumber: "0876543270",
    registeredOffice: { street: "Rue de Fer 20", postalCode: "5000", city: "Namur" },
    units: [{ name: "Atelier de Namur", street: "Rue de Fer 20", postalCode: "5000", city: "Namur" }],
  });
  // No registered office and no unit in Belgium: routed by the places of work.
  const foreignEmployer = await createOrganisation(db, { name: "Noordzee Offshore BV", enterpriseNumber: null, registeredOffice: null });
  await createUser(db, { email: demoAccounts.foreignEmployer, name: "Sanne de Vries", passwordHash, locale: "en", role: "EMPLOYER_USER", organisationId: foreignEmployer.id });
  const mandatary = await createOrganisation(db, {
    kind: "MANDATARY",
    name: "Sociaal Secretariaat Demo vzw",
    enterpriseNumber: "0412345614",
    registeredOffice: { street: "Wetstraat 10", postalCode: "1000", city: "Brussel" },
  });

  const employerUser = await createUser(db, { email: demoAccounts.employer, name: "An Janssens", passwordHash, locale: "nl", role: "EMPLOYER_USER", organisationId: employer.id });
  const employerAdmin = await createUser(db, { email: demoAccounts.employerAdmin, name: "Pieter De Smet", passwordHash, locale: "nl", role: "EMPLOYER_ADMIN", organisationId: employer.id });
  await createUser(db, { email: demoAccounts.mandatary, name: "Sofie Claes", passwordHash, locale: "nl", role: "MANDATARY_USER", organisationId: mandatary.id });
  const mandataryAdmin = await createUser(db, { email: demoAccounts.mandataryAdmin, name: "Tom Willems", passwordHash, locale: "nl", role: "MANDATARY_ADMIN", organisationId: mandatary.id });
  const bakeryAdmin = await createUser(db, { email: demoAccounts.bakeryAdmin, name: "Marc Dubois", passwordHash, locale: "fr", role: "EMPLOYER_ADMIN", organisationId: bakery.id });
  // One person, two hats: the bakery's user, and a user of the mandatary that files for the bakery too.
  const twoHats = await createUser(db, { email: demoAccounts.twoHats, name: "Nathalie Renard", passwordHash, locale: "en", role: "EMPLOYER_USER", organisationId: bakery.id });
  await db.membership.create({ data: { userId: twoHats.id, organisationId: mandatary.id, role: "MANDATARY_USER" } });
  // Both granted by the employer's administrator and accepted by the mandatary's: in force.
  await grantMandate(db, { employerId: employer.id, mandataryId: mandatary.id, grantedById: employerAdmin.id, acceptedById: mandataryAdmin.id });
  await grantMandate(db, { employerId: bakery.id, mandataryId: mandatary.id, grantedById: bakeryAdmin.id, acceptedById: mandataryAdmin.id });

  for (const caseworker of caseworkers) await createCaseworker(db, { ...caseworker, passwordHash });
  await createCaseworker(db, { region: null, email: demoAccounts.immigrationOffice, name: "Els Wouters", passwordHash, locale: "nl" });

  // One dossier filed through the real use cases, step by step and with its documents, so the
  // worker and the Flemish queue have something to show; and a draft half-way through its steps.
  const actor = await resolveActor(employerUser.id);
  if (!actor) throw new Error("demo employer user has no actor");
  const [antwerp, ghent] = employer.establishmentUnits;
  const workplaces = [
    { establishmentUnitId: antwerp!.id, sharePercent: 60 },
    { establishmentUnitId: ghent!.id, sharePercent: 40 },
  ];
  const arjun = { givenNames: "Arjun", familyName: "Mehta", dateOfBirth: "1990-06-12", nationality: "IN", passportNumber: "Z1234567", email: demoAccounts.worker };
  const filed = await fileDraftApplication(actor, filingStepValues(workplaces, { worker: arjun, employment: { jobTitle: "Data engineer", iscoCode: "2521" } }));
  for (const kind of COMPLETE_DOCUMENT_KINDS) {
    await uploadDocument({ actor, input: { applicationId: filed.id, kind, fileName: `${kind.toLowerCase().replaceAll("_", "-")}.pdf`, content: Readable.from([tinyPdf(kind)]) } });
  }
  await submitApplication({ actor, input: { applicationId: filed.id, version: filed.version, submissionKey: randomUUID(), declaration: true } });
  const dossier = await db.application.findUniqueOrThrow({ where: { id: filed.id }, select: { workerId: true } });
  const workerUser = await createUser(db, { email: demoAccounts.worker, name: "Arjun Mehta", passwordHash, locale: "en" });
  await db.worker.update({ where: { id: dossier.workerId! }, data: { userId: workerUser.id } });

  await fileDraftApplication(
    actor,
    filingStepValues(workplaces, { worker: { givenNames: "Wei", familyName: "Li", dateOfBirth: "1994-11-02", nationality: "CN", passportNumber: "E98765432" }, residence: { residenceCountry: "CN", diplomaticPostCode: "BEIJING" } }),
    { steps: ["residence", "worker"] },
  );
}
