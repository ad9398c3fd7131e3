-- DropIndex
DROP INDEX "Application_assignedToId_status_idx";

-- DropIndex
DROP INDEX "Application_competentRegion_status_idx";

-- CreateIndex
CREATE INDEX "Application_competentRegion_status_nextDeadlineOn_id_idx" ON "Application"("competentRegion", "status", "nextDeadlineOn", "id");

-- CreateIndex
CREATE INDEX "Application_assignedToId_nextDeadlineOn_id_idx" ON "Application"("assignedToId", "nextDeadlineOn", "id");
