-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "hat" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastHat" TEXT;
