-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('EMPLOYER', 'MANDATARY', 'REGIONAL_AUTHORITY', 'IMMIGRATION_OFFICE');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('FLEMISH_REGION', 'BRUSSELS_CAPITAL_REGION', 'WALLOON_REGION', 'GERMAN_SPEAKING_COMMUNITY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EMPLOYER_USER', 'EMPLOYER_ADMIN', 'MANDATARY_USER', 'REGIONAL_CASEWORKER', 'IMMIGRATION_CASEWORKER', 'WORKER');

-- CreateEnum
CREATE TYPE "ApplicationType" AS ENUM ('COMBINED_PERMIT_FIXED', 'COMBINED_PERMIT_UNLIMITED', 'EU_BLUE_CARD', 'WORK_CARD_SHORT', 'WORK_CARD_SPECIFIC', 'PROFESSIONAL_CARD');

-- CreateEnum
CREATE TYPE "PermitCategory" AS ENUM ('HIGHLY_SKILLED', 'EXECUTIVE', 'EU_BLUE_CARD', 'INTRA_CORPORATE_TRANSFEREE', 'RESEARCHER', 'TRAINEE', 'SEASONAL_WORKER', 'MEDIUM_SKILLED_SHORTAGE', 'OTHER');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ADMISSIBILITY_REVIEW', 'ADDITIONAL_INFORMATION_REQUESTED', 'WORK_PART_REVIEW', 'RESIDENCE_REVIEW', 'GRANTED', 'INADMISSIBLE', 'WORK_PART_REFUSED', 'RESIDENCE_REFUSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RoutingRule" AS ENUM ('ESTABLISHMENT_UNIT', 'REGISTERED_OFFICE', 'PLACE_OF_ACTIVITY', 'UNDETERMINED');

-- CreateEnum
CREATE TYPE "TermKind" AS ENUM ('ADMISSIBILITY', 'ADDITIONAL_INFORMATION_ANSWER', 'DECISION_ON_MERITS', 'DECISION_FROM_SUBMISSION', 'APPEAL');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('PASSPORT', 'FEE_PAYMENT_PROOF', 'CRIMINAL_RECORD', 'MEDICAL_CERTIFICATE', 'HEALTH_INSURANCE', 'EMPLOYER_ID', 'EMPLOYMENT_CONTRACT', 'HOSTING_AGREEMENT', 'POSTING_SOCIAL_SECURITY', 'REGULATED_PROFESSION', 'DIPLOMA', 'CV', 'JOB_DESCRIPTION', 'VACANCY_EVIDENCE', 'MANDATE', 'OTHER');

-- CreateEnum
CREATE TYPE "StatusEventType" AS ENUM ('APPLICATION_CREATED', 'APPLICATION_UPDATED', 'APPLICATION_SUBMITTED', 'APPLICATION_ROUTED', 'TAKEN_INTO_TREATMENT', 'ADDITIONAL_INFORMATION_REQUESTED', 'ADDITIONAL_INFORMATION_PROVIDED', 'DECLARED_ADMISSIBLE', 'DECLARED_INADMISSIBLE', 'WORK_PART_GRANTED', 'WORK_PART_REFUSED', 'RESIDENCE_GRANTED', 'RESIDENCE_REFUSED', 'TERM_EXTENDED', 'APPLICATION_WITHDRAWN');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('ADMISSIBILITY', 'WORK_PART', 'RESIDENCE');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('ADMISSIBLE', 'INADMISSIBLE', 'GRANTED', 'DEEMED_GRANTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "InformationRequestStatus" AS ENUM ('OPEN', 'ANSWERED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'DENIED', 'FAILED');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "enterpriseNumber" CHAR(10),
    "region" "Region",
    "registeredOfficeStreet" TEXT,
    "registeredOfficePostalCode" VARCHAR(4),
    "registeredOfficeCity" TEXT,
    "registeredOfficeCountry" CHAR(2) NOT NULL DEFAULT 'BE',
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EstablishmentUnit" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "unitNumber" CHAR(10),
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" VARCHAR(4) NOT NULL,
    "city" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EstablishmentUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" VARCHAR(2) NOT NULL DEFAULT 'nl',
    "disabledAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mandate" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "mandataryId" UUID NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "grantedById" UUID NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" UUID,

    CONSTRAINT "Mandate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Worker" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "givenNames" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "nationality" CHAR(2) NOT NULL,
    "passportNumber" TEXT NOT NULL,
    "nationalRegisterNumber" CHAR(11),
    "email" TEXT,
    "residesInBelgium" BOOLEAN NOT NULL,
    "residenceCountry" CHAR(2) NOT NULL,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Worker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "referenceNumber" TEXT,
    "type" "ApplicationType" NOT NULL,
    "category" "PermitCategory",
    "isRenewal" BOOLEAN NOT NULL DEFAULT false,
    "isPosting" BOOLEAN NOT NULL DEFAULT false,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "employerId" UUID NOT NULL,
    "filedById" UUID NOT NULL,
    "mandateId" UUID,
    "createdById" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "jobTitle" TEXT,
    "iscoCode" CHAR(4),
    "employmentStartDate" DATE,
    "employmentEndDate" DATE,
    "grossAnnualSalaryCents" BIGINT,
    "diplomaticPostCode" TEXT,
    "competentRegion" "Region",
    "routingRule" "RoutingRule",
    "routingReason" JSONB,
    "routingCandidates" "Region"[] DEFAULT ARRAY[]::"Region"[],
    "regionPickedByFiler" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3),
    "takenIntoTreatmentAt" TIMESTAMP(3),
    "admissibleAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationWorkplace" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "establishmentUnitId" UUID,
    "postalCode" VARCHAR(4) NOT NULL,
    "sharePercent" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApplicationWorkplace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationTerm" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" "TermKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "ruleId" TEXT NOT NULL,
    "extendedUntil" DATE,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "informationRequestId" UUID,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusEvent" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "type" "StatusEventType" NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus",
    "actorUserId" UUID,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "visibleToApplicant" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "StatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "authorityId" UUID NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notifiedAt" TIMESTAMP(3),
    "motivation" TEXT,
    "annex" TEXT,
    "appealRuleId" TEXT,
    "appealLastDay" DATE,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdditionalInformationRequest" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "message" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "InformationRequestStatus" NOT NULL DEFAULT 'OPEN',
    "answeredAt" TIMESTAMP(3),
    "answer" TEXT,

    CONSTRAINT "AdditionalInformationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceNumberCounter" (
    "year" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReferenceNumberCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "recipientEmail" TEXT NOT NULL,
    "locale" VARCHAR(2) NOT NULL,
    "payload" JSONB NOT NULL,
    "applicationId" UUID,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorOrganisationId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "outcome" "AuditOutcome" NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_enterpriseNumber_key" ON "Organisation"("enterpriseNumber");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "EstablishmentUnit_unitNumber_key" ON "EstablishmentUnit"("unitNumber");

-- CreateIndex
CREATE INDEX "EstablishmentUnit_organisationId_idx" ON "EstablishmentUnit"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organisationId_key" ON "Membership"("userId", "organisationId");

-- CreateIndex
CREATE INDEX "Mandate_employerId_idx" ON "Mandate"("employerId");

-- CreateIndex
CREATE INDEX "Mandate_mandataryId_idx" ON "Mandate"("mandataryId");

-- CreateIndex
CREATE UNIQUE INDEX "Worker_userId_key" ON "Worker"("userId");

-- CreateIndex
CREATE INDEX "Worker_employerId_idx" ON "Worker"("employerId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_referenceNumber_key" ON "Application"("referenceNumber");

-- CreateIndex
CREATE INDEX "Application_employerId_status_idx" ON "Application"("employerId", "status");

-- CreateIndex
CREATE INDEX "Application_filedById_status_idx" ON "Application"("filedById", "status");

-- CreateIndex
CREATE INDEX "Application_competentRegion_status_idx" ON "Application"("competentRegion", "status");

-- CreateIndex
CREATE INDEX "Application_workerId_idx" ON "Application"("workerId");

-- CreateIndex
CREATE INDEX "ApplicationWorkplace_applicationId_idx" ON "ApplicationWorkplace"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationTerm_applicationId_kind_idx" ON "ApplicationTerm"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "ApplicationTerm_endsOn_idx" ON "ApplicationTerm"("endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_applicationId_idx" ON "Document"("applicationId");

-- CreateIndex
CREATE INDEX "StatusEvent_applicationId_occurredAt_idx" ON "StatusEvent"("applicationId", "occurredAt");

-- CreateIndex
CREATE INDEX "Decision_applicationId_idx" ON "Decision"("applicationId");

-- CreateIndex
CREATE INDEX "AdditionalInformationRequest_applicationId_idx" ON "AdditionalInformationRequest"("applicationId");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_availableAt_idx" ON "OutboxMessage"("status", "availableAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorUserId_occurredAt_idx" ON "AuditEntry"("actorUserId", "occurredAt");

-- AddForeignKey
ALTER TABLE "EstablishmentUnit" ADD CONSTRAINT "EstablishmentUnit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_mandataryId_fkey" FOREIGN KEY ("mandataryId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationWorkplace" ADD CONSTRAINT "ApplicationWorkplace_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationWorkplace" ADD CONSTRAINT "ApplicationWorkplace_establishmentUnitId_fkey" FOREIGN KEY ("establishmentUnitId") REFERENCES "EstablishmentUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationTerm" ADD CONSTRAINT "ApplicationTerm_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_informationRequestId_fkey" FOREIGN KEY ("informationRequestId") REFERENCES "AdditionalInformationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdditionalInformationRequest" ADD CONSTRAINT "AdditionalInformationRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdditionalInformationRequest" ADD CONSTRAINT "AdditionalInformationRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
