-- pg_trgm ships with PostgreSQL (contrib), the embedded server included: trigram indexes make a
-- search by any part of a name or reference number (ILIKE '%…%') an index lookup.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Application_referenceNumber_idx" ON "Application" USING GIN ("referenceNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Worker_givenNames_idx" ON "Worker" USING GIN ("givenNames" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Worker_familyName_idx" ON "Worker" USING GIN ("familyName" gin_trgm_ops);
