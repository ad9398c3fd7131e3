-- CreateEnum
CREATE TYPE "ApplicantKind" AS ENUM ('ORGANISATION', 'PERSON');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DocumentKind" ADD VALUE 'PAYSLIPS';
ALTER TYPE "DocumentKind" ADD VALUE 'SUFFICIENT_MEANS_PROOF';

-- AlterEnum
ALTER TYPE "RoutingRule" ADD VALUE 'PLACE_OF_RESIDENCE';

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "applicantKind" "ApplicantKind" NOT NULL DEFAULT 'ORGANISATION',
ADD COLUMN     "applicantUserId" UUID,
ADD COLUMN     "eligibilityAnswers" JSONB,
ADD COLUMN     "workerResidencePostalCode" VARCHAR(4),
ALTER COLUMN "employerId" DROP NOT NULL,
ALTER COLUMN "filedById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Worker" ALTER COLUMN "employerId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Application_applicantUserId_status_updatedAt_idx" ON "Application"("applicantUserId", "status", "updatedAt");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantUserId_fkey" FOREIGN KEY ("applicantUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Who files (docs/decisions/person-as-applicant.md): an organisation names the employer and the
-- filer and no person; a person names their account and no organisation. Existing rows are all
-- ORGANISATION with both columns set, so they pass as they are.
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicant_check" CHECK (
  ("applicantKind" = 'ORGANISATION' AND "employerId" IS NOT NULL AND "filedById" IS NOT NULL AND "applicantUserId" IS NULL)
  OR ("applicantKind" = 'PERSON' AND "employerId" IS NULL AND "filedById" IS NULL AND "mandateId" IS NULL AND "applicantUserId" IS NOT NULL)
);
