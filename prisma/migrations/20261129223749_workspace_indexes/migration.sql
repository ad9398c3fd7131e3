-- DropIndex
DROP INDEX "Application_employerId_status_idx";

-- DropIndex
DROP INDEX "Application_filedById_status_idx";

-- CreateIndex
CREATE INDEX "AdditionalInformationRequest_status_dueOn_idx" ON "AdditionalInformationRequest"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Application_employerId_status_updatedAt_idx" ON "Application"("employerId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Application_filedById_status_updatedAt_idx" ON "Application"("filedById", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Application_employerId_status_employmentEndDate_idx" ON "Application"("employerId", "status", "employmentEndDate");

-- CreateIndex
CREATE INDEX "Application_filedById_status_employmentEndDate_idx" ON "Application"("filedById", "status", "employmentEndDate");

-- CreateIndex
CREATE INDEX "Application_employerId_id_idx" ON "Application"("employerId", "id");

-- CreateIndex
CREATE INDEX "Application_filedById_employerId_id_idx" ON "Application"("filedById", "employerId", "id");

-- CreateIndex
CREATE INDEX "Decision_decidedAt_idx" ON "Decision"("decidedAt");

-- CreateIndex
CREATE INDEX "Organisation_name_id_idx" ON "Organisation"("name", "id");
