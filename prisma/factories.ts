import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DocumentKind, OrganisationKind, Region, Role } from "@/lib/generated/prisma/enums";
import { dayToDate } from "@/lib/dates";
import { isEnterpriseNumber, withKboCheckDigits } from "@/lib/identifiers/enterprise-number";

/**
 * Factories shared by the demo seed and the integration tests. They live here, not in tests/,
 * because a server start may seed the demo data (lib/db/prepare-database.ts), and the production
 * start path must not reach into tests/. Each call makes unique data (numbers and emails from a
 * random stem), so tests can run in parallel on one database.
 */
export function uniqueStem(): string {
  return Math.random().toString(36).slice(2, 10);
}

function randomDigits(count: number): string {
  return Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join("");
}

export function randomEnterpriseNumber(): string {
  return withKboCheckDigits(`0${randomDigits(7)}`);
}

export function randomEstablishmentUnitNumber(): string {
  return withKboCheckDigits(`2${randomDigits(7)}`);
}

export interface OrganisationFactoryInput {
  kind?: OrganisationKind;
  name?: string;
  enterpriseNumber?: string | null;
  region?: Region | null;
  registeredOffice?: { street: string; postalCode: string; city: string } | null;
  units?: { name: string; street: string; postalCode: string; city: string }[];
}

export async function createOrganisation(db: PrismaClient, input: OrganisationFactoryInput = {}) {
  // Seeds and tests use real-looking numbers: a wrong check digit here is a mistake in the data.
  if (input.enterpriseNumber && !isEnterpriseNumber(input.enterpriseNumber)) throw new Error(`not an enterprise number: ${input.enterpriseNumber}`);
  const office = input.registeredOffice === undefined ? { street: "Meir 1", postalCode: "2000", city: "Antwerpen" } : input.registeredOffice;
  return db.organisation.create({
    data: {
      kind: input.kind ?? "EMPLOYER",
      name: input.name ?? `Employer ${uniqueStem()}`,
      enterpriseNumber: input.enterpriseNumber === undefined ? randomEnterpriseNumber() : input.enterpriseNumber,
      region: input.region ?? null,
      registeredOfficeStreet: office?.street ?? null,
      registeredOfficePostalCode: office?.postalCode ?? null,
      registeredOfficeCity: office?.city ?? null,
      registeredOfficeCountry: office ? "BE" : "NL",
      establishmentUnits: {
        create: (input.units ?? []).map((unit) => ({ ...unit, unitNumber: randomEstablishmentUnitNumber() })),
      },
    },
    include: { establishmentUnits: { orderBy: { createdAt: "asc" } } },
  });
}

export async function createUser(
  db: PrismaClient,
  input: { email?: string; name?: string; passwordHash: string; locale?: string; role?: Exclude<Role, "WORKER">; organisationId?: string },
) {
  return db.user.create({
    data: {
      email: input.email ?? `user-${uniqueStem()}@test.example`,
      name: input.name ?? "Test User",
      passwordHash: input.passwordHash,
      locale: input.locale ?? "en",
      ...(input.role && input.organisationId
        ? { memberships: { create: { role: input.role, organisationId: input.organisationId } } }
        : {}),
    },
  });
}

/**
 * A caseworker of an authority the migrations create: the regional service of `region`, or the
 * Immigration Office when `region` is null.
 */
export async function createCaseworker(
  db: PrismaClient,
  input: { region: Region | null; passwordHash: string; email?: string; name?: string; locale?: string },
) {
  const { region, ...user } = input;
  const authority = await db.organisation.findFirstOrThrow({
    where: region ? { kind: "REGIONAL_AUTHORITY", region } : { kind: "IMMIGRATION_OFFICE" },
  });
  return createUser(db, { ...user, role: region ? "REGIONAL_CASEWORKER" : "IMMIGRATION_CASEWORKER", organisationId: authority.id });
}

export async function grantMandate(
  db: PrismaClient,
  input: { employerId: string; mandataryId: string; grantedById: string; validFrom?: string; validUntil?: string | null },
) {
  return db.mandate.create({
    data: {
      employerId: input.employerId,
      mandataryId: input.mandataryId,
      grantedById: input.grantedById,
      validFrom: dayToDate(input.validFrom ?? "2024-01-01"),
      validUntil: input.validUntil ? dayToDate(input.validUntil) : null,
    },
  });
}

/**
 * Document rows as an upload leaves them, without files behind them: for tests and benchmarks of what
 * the rows go through (submission freezes them), not of the files themselves.
 */
export function documentRecords(input: { applicationId: string; uploadedById: string; count: number; kind?: DocumentKind }) {
  return Array.from({ length: input.count }, (_, index) => ({
    applicationId: input.applicationId,
    kind: input.kind ?? "PASSPORT",
    fileName: `document-${index + 1}.pdf`,
    mediaType: "application/pdf",
    sizeBytes: 1234,
    sha256: "a".repeat(64),
    storageKey: `records/${input.applicationId}/${randomUUID()}`,
    uploadedById: input.uploadedById,
  }));
}

/** A valid "new application" form for the given establishment units, as a user would fill it in. */
export function draftApplicationInput(
  workplaces: ({ establishmentUnitId: string; sharePercent: number } | { postalCode: string; sharePercent: number })[],
  overrides: Record<string, unknown> = {},
) {
  return {
    type: "COMBINED_PERMIT_FIXED",
    category: "HIGHLY_SKILLED",
    worker: {
      givenNames: "Priya",
      familyName: `Sharma-${uniqueStem()}`,
      dateOfBirth: "1992-04-17",
      nationality: "IN",
      passportNumber: `P${randomDigits(7)}`,
      email: "",
      residesInBelgium: false,
      residenceCountry: "IN",
    },
    jobTitle: "Software engineer",
    iscoCode: "2512",
    employmentStartDate: "2027-03-01",
    diplomaticPostCode: "NEW_DELHI",
    workplaces,
    ...overrides,
  };
}
