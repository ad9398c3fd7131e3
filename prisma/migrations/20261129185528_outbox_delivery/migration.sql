-- CreateEnum
CREATE TYPE "MailTransport" AS ENUM ('SMTP', 'DEV_MAILBOX');

-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'SENDING';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "sentVia" "MailTransport",
ADD COLUMN     "subject" TEXT,
ADD COLUMN     "textBody" TEXT;
