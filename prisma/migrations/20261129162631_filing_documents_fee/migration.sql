-- CreateEnum
CREATE TYPE "StayType" AS ENUM ('LEGAL_SHORT_STAY', 'LEGAL_LONG_STAY', 'ILLEGAL_STAY', 'PROCEDURE_DOCUMENT');

-- CreateEnum
CREATE TYPE "SalaryPeriod" AS ENUM ('MONTHLY', 'ANNUAL');

-- CreateEnum
CREATE TYPE "FeeExemptionGround" AS ENUM ('MINOR', 'TURKISH_NATIONAL', 'INTERNATIONAL_PROTECTION', 'EU_CITIZEN_FAMILY_MEMBER', 'OTHER');

-- AlterEnum
BEGIN;
CREATE TYPE "DocumentKind_new" AS ENUM ('PASSPORT', 'FEE_PAYMENT_PROOF', 'CRIMINAL_RECORD', 'MEDICAL_CERTIFICATE', 'HEALTH_INSURANCE_PROOF', 'EMPLOYER_AFFILIATION_COMMITMENT', 'EMPLOYER_ID', 'EMPLOYMENT_CONTRACT', 'HOSTING_AGREEMENT', 'TRAINING_AGREEMENT', 'POSTING_SOCIAL_SECURITY_CERTIFICATE', 'SECONDMENT_LETTER', 'REGULATED_PROFESSION_PROOF', 'DIPLOMA', 'CV', 'JOB_DESCRIPTION', 'VACANCY_EVIDENCE', 'LEGAL_STAY_PROOF', 'LONG_TERM_RESIDENT_PERMIT', 'MANDATE', 'OTHER');
ALTER TABLE "Document" ALTER COLUMN "kind" TYPE "DocumentKind_new" USING ((CASE "kind"::text
  WHEN 'HEALTH_INSURANCE' THEN 'HEALTH_INSURANCE_PROOF'
  WHEN 'POSTING_SOCIAL_SECURITY' THEN 'POSTING_SOCIAL_SECURITY_CERTIFICATE'
  WHEN 'REGULATED_PROFESSION' THEN 'REGULATED_PROFESSION_PROOF'
  ELSE "kind"::text END)::"DocumentKind_new");
ALTER TYPE "DocumentKind" RENAME TO "DocumentKind_old";
ALTER TYPE "DocumentKind_new" RENAME TO "DocumentKind";
DROP TYPE "public"."DocumentKind_old";
COMMIT;

-- The salary keeps its amount, now with its unit (it was always annual).
ALTER TABLE "Application" RENAME COLUMN "grossAnnualSalaryCents" TO "grossSalaryCents";

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "appliedRuleIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "declarationAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "euLongTermResidentSecondResidence" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "feeExemptionClaimed" BOOLEAN,
ADD COLUMN     "feeExemptionDetails" TEXT,
ADD COLUMN     "feeExemptionGround" "FeeExemptionGround",
ADD COLUMN     "regulatedProfession" BOOLEAN,
ADD COLUMN     "salaryPeriod" "SalaryPeriod",
ADD COLUMN     "stayType" "StayType",
ADD COLUMN     "submissionKey" UUID;

UPDATE "Application" SET "salaryPeriod" = 'ANNUAL' WHERE "grossSalaryCents" IS NOT NULL;

-- AlterTable
ALTER TABLE "Worker" ADD COLUMN     "passportExpiresOn" DATE;

-- CreateIndex
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");
