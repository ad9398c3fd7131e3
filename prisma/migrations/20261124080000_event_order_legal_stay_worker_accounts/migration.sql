-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "workerLegalStayDeclared" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN     "sequence" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "StatusEvent_sequence_key" ON "StatusEvent"("sequence");

-- DropIndex: one account may follow the worker records of several dossiers.
DROP INDEX "Worker_userId_key";

-- CreateIndex
CREATE INDEX "Worker_passportNumber_nationality_idx" ON "Worker"("passportNumber", "nationality");

-- CreateIndex
CREATE INDEX "Worker_userId_idx" ON "Worker"("userId");

-- Status events are not deleted either (the history of a dossier stays whole): an application
-- with events cannot be deleted, which is intended; a draft is withdrawn, never erased.
CREATE TRIGGER "StatusEvent_no_delete" BEFORE DELETE ON "StatusEvent"
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
