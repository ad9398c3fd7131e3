import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganisationKind, PermitCategory, Region, Role } from "@/lib/generated/prisma/enums";
import { addMonths, dayInBelgium, dayToDate } from "@/lib/dates";
import type { Actor } from "@/lib/auth/actor";
import { startDraftApplication } from "@/lib/filing/start-draft-application";
import { saveFilingStep } from "@/lib/filing/save-filing-step";
import { FORM_STEPS, type FormStep } from "@/lib/filing/task-list";
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
      // Seeded and test accounts are made by the operator, not signed up: their addresses count as verified.
      emailVerifiedAt: new Date(),
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

/**
 * A mandate written straight into the table, ACCEPTED (by `acceptedById` when given) unless
 * `status` says otherwise: for the seed and tests about what a mandate allows, not about its life
 * (lib/mandates/ has the use cases).
 */
export async function grantMandate(
  db: PrismaClient,
  input: {
    employerId: string;
    mandataryId: string;
    grantedById: string;
    acceptedById?: string;
    status?: "PROPOSED" | "ACCEPTED" | "ENDED";
    validFrom?: string;
    validUntil?: string | null;
  },
) {
  const status = input.status ?? "ACCEPTED";
  const now = new Date();
  return db.mandate.create({
    data: {
      employerId: input.employerId,
      mandataryId: input.mandataryId,
      grantedById: input.grantedById,
      status,
      validFrom: dayToDate(input.validFrom ?? "2024-01-01"),
      validUntil: input.validUntil ? dayToDate(input.validUntil) : null,
      ...(status === "PROPOSED" ? {} : { acceptedAt: now, acceptedById: input.acceptedById ?? null }),
      ...(status === "ENDED" ? { endedAt: now, endedById: input.grantedById, endedByOrganisationId: input.employerId } : {}),
    },
  });
}

/**
 * A dossier as it stands once decided, written straight into the tables: submitted at
 * `submittedAt` to `region`, its work part granted at `workDecidedAt` and, when given, its
 * residence granted at `residenceDecidedAt` (by the region's service and the Immigration Office
 * the migrations create). For read models over decided dossiers (the public processing times);
 * it writes no events, so it is no stand-in for the lifecycle's own use cases.
 */
export async function createDecidedDossier(
  db: PrismaClient,
  input: {
    employerId: string;
    createdById: string;
    region: Region;
    category: PermitCategory | null;
    submittedAt: Date;
    workDecidedAt: Date;
    residenceDecidedAt?: Date | null;
  },
) {
  const [regionalService, immigrationOffice] = await Promise.all([
    db.organisation.findFirstOrThrow({ where: { kind: "REGIONAL_AUTHORITY", region: input.region } }),
    db.organisation.findFirstOrThrow({ where: { kind: "IMMIGRATION_OFFICE" } }),
  ]);
  return db.application.create({
    data: {
      type: input.category === "EU_BLUE_CARD" ? "EU_BLUE_CARD" : "COMBINED_PERMIT_FIXED",
      category: input.category,
      status: input.residenceDecidedAt ? "GRANTED" : "RESIDENCE_REVIEW",
      employerId: input.employerId,
      filedById: input.employerId,
      createdById: input.createdById,
      competentRegion: input.region,
      submittedAt: input.submittedAt,
      closedAt: input.residenceDecidedAt ?? null,
      decisions: {
        create: [
          { kind: "WORK_PART", outcome: "GRANTED", authorityId: regionalService.id, decidedAt: input.workDecidedAt },
          ...(input.residenceDecidedAt
            ? [{ kind: "RESIDENCE" as const, outcome: "GRANTED" as const, authorityId: immigrationOffice.id, decidedAt: input.residenceDecidedAt, annex: "46" }]
            : []),
        ],
      },
    },
  });
}

type Workplace = { establishmentUnitId: string; sharePercent: number } | { postalCode: string; sharePercent: number };

/**
 * The answers of the guided filing's form steps (lib/filing), as a user would give them: a highly
 * skilled worker from India, living there, first application, fee paid. Overrides replace whole
 * fields of a step (`worker` replaces fields of the worker).
 */
export function filingStepValues(
  workplaces: Workplace[],
  overrides: { residence?: Record<string, unknown>; worker?: Record<string, unknown>; employment?: Record<string, unknown>; fee?: Record<string, unknown> } = {},
) {
  return {
    residence: { residesInBelgium: false, residenceCountry: "IN", diplomaticPostCode: "NEW_DELHI", ...overrides.residence },
    worker: {
      worker: {
        givenNames: "Priya",
        familyName: `Sharma-${uniqueStem()}`,
        dateOfBirth: "1992-04-17",
        nationality: "IN",
        passportNumber: `P${randomDigits(7)}`,
        passportExpiresOn: "2034-01-31",
        email: "",
        ...overrides.worker,
      },
    },
    employment: {
      category: "HIGHLY_SKILLED",
      isRenewal: false,
      isPosting: false,
      regulatedProfession: false,
      jobTitle: "Software engineer",
      iscoCode: "2512",
      // Above every region's highly skilled threshold, read per month (Brussels) or per year.
      grossSalary: "90000",
      // Three months ahead: within every region's window (Flanders takes a file at most 4.5 months before the start).
      employmentStartDate: addMonths(dayInBelgium(), 3),
      employmentEndDate: "",
      workplaces,
      ...overrides.employment,
    },
    fee: { feeExemptionClaimed: false, ...overrides.fee },
  };
}

export type FilingStepValues = ReturnType<typeof filingStepValues>;

/** The checklist of filingStepValues' answers (worker abroad, adult, highly skilled, first application, fee paid). */
export const COMPLETE_DOCUMENT_KINDS = [
  "PASSPORT",
  "FEE_PAYMENT_PROOF",
  "CRIMINAL_RECORD",
  "MEDICAL_CERTIFICATE",
  "EMPLOYER_AFFILIATION_COMMITMENT",
  "EMPLOYER_ID",
  "EMPLOYMENT_CONTRACT",
  "DIPLOMA",
] as const;

/** A small file that the upload's content check takes for a PDF. */
export function tinyPdf(label = "demo"): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
}

/**
 * Starts a draft and saves the given form steps through the filing's own use cases, in order, as
 * the filer would; answers the draft's id and its version after the last step.
 */
export async function fileDraftApplication(
  actor: Actor,
  values: FilingStepValues,
  options: { employerId?: string; steps?: readonly FormStep[] } = {},
): Promise<{ id: string; version: number }> {
  const { id } = await startDraftApplication({ actor, input: options.employerId ? { employerId: options.employerId } : {} });
  let version = 0;
  for (const step of options.steps ?? FORM_STEPS) {
    ({ version } = await saveFilingStep({ actor, input: { applicationId: id, version, step, values: values[step] } }));
  }
  return { id, version };
}
