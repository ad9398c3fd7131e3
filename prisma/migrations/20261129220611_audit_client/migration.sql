-- DropIndex
DROP INDEX "AuditEntry_entityType_entityId_idx";

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "clientAddress" VARCHAR(64),
ADD COLUMN     "userAgent" VARCHAR(200);

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_occurredAt_idx" ON "AuditEntry"("entityType", "entityId", "occurredAt");
