-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('INADMISSIBILITY', 'WORK_PART_REFUSAL', 'ANNEX_46', 'ANNEX_47', 'ANNEX_48');

-- AlterEnum: renamed and added in place, so that dossiers and events already stored keep their meaning
-- (a withdrawn dossier is a stopped one).
ALTER TYPE "ApplicationStatus" RENAME VALUE 'WITHDRAWN' TO 'STOPPED';
ALTER TYPE "ApplicationStatus" ADD VALUE 'CANCELLATION_REQUESTED' AFTER 'SUBMITTED';
ALTER TYPE "StatusEventType" RENAME VALUE 'APPLICATION_WITHDRAWN' TO 'APPLICATION_STOPPED';
ALTER TYPE "StatusEventType" ADD VALUE 'CANCELLATION_REQUESTED' BEFORE 'APPLICATION_STOPPED';
ALTER TYPE "StatusEventType" ADD VALUE 'WITHDRAWAL_REQUESTED' BEFORE 'APPLICATION_STOPPED';
ALTER TYPE "StatusEventType" ADD VALUE 'RESIDENCE_DEEMED_GRANTED';
ALTER TYPE "StatusEventType" ADD VALUE 'DECISION_TERM_OVERDUE';

-- AlterTable
ALTER TABLE "AdditionalInformationRequest" ADD COLUMN     "items" "DocumentKind"[] DEFAULT ARRAY[]::"DocumentKind"[],
ADD COLUMN     "reminderSentAt" TIMESTAMP(3),
ADD COLUMN     "resumeStatus" "ApplicationStatus" NOT NULL DEFAULT 'ADMISSIBILITY_REVIEW';
-- Requests made before this migration came from the admissibility stage; new ones always say.
ALTER TABLE "AdditionalInformationRequest" ALTER COLUMN "resumeStatus" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "assignedToId" UUID,
ADD COLUMN     "nextDeadlineOn" DATE,
ADD COLUMN     "withdrawalRequestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ApplicationTerm" ADD COLUMN     "endsOnBeforeMove" DATE,
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "passedHandledAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Letter" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "locale" VARCHAR(2) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboxMessage" (
    "id" UUID NOT NULL,
    "organisationId" UUID,
    "userId" UUID,
    "applicationId" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "deliveryKey" TEXT NOT NULL,
    "letterId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "InboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Letter_storageKey_key" ON "Letter"("storageKey");

-- CreateIndex
CREATE INDEX "Letter_applicationId_idx" ON "Letter"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Letter_decisionId_kind_locale_key" ON "Letter"("decisionId", "kind", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "InboxMessage_deliveryKey_key" ON "InboxMessage"("deliveryKey");

-- CreateIndex
CREATE INDEX "InboxMessage_organisationId_createdAt_idx" ON "InboxMessage"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "InboxMessage_userId_createdAt_idx" ON "InboxMessage"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_competentRegion_nextDeadlineOn_id_idx" ON "Application"("competentRegion", "nextDeadlineOn", "id");

-- CreateIndex
CREATE INDEX "Application_status_nextDeadlineOn_id_idx" ON "Application"("status", "nextDeadlineOn", "id");

-- CreateIndex
CREATE INDEX "Application_assignedToId_status_idx" ON "Application"("assignedToId", "status");

-- CreateIndex
CREATE INDEX "ApplicationTerm_closedAt_passedHandledAt_endsOn_idx" ON "ApplicationTerm"("closedAt", "passedHandledAt", "endsOn");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxMessage" ADD CONSTRAINT "InboxMessage_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxMessage" ADD CONSTRAINT "InboxMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxMessage" ADD CONSTRAINT "InboxMessage_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxMessage" ADD CONSTRAINT "InboxMessage_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
