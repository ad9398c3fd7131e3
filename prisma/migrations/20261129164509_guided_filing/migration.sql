-- The guided filing saves each step on its own: where the worker lives is the first step, asked before
-- the worker's own record exists, so it moves from the worker record to the application, and an
-- application may have no worker record yet.
ALTER TABLE "Application" ADD COLUMN "workerResidenceCountry" CHAR(2),
ADD COLUMN "workerResidesInBelgium" BOOLEAN,
ALTER COLUMN "workerId" DROP NOT NULL;

UPDATE "Application" AS a
SET "workerResidesInBelgium" = w."residesInBelgium",
    "workerResidenceCountry" = CASE WHEN w."residesInBelgium" THEN NULL ELSE w."residenceCountry" END
FROM "Worker" AS w
WHERE w."id" = a."workerId";

-- The yes/no "legal stay" declaration becomes the kind of stay. Which legal stay it was is not known:
-- submitted dossiers keep the answer as a long stay, the broader of the two; drafts ask again.
UPDATE "Application" SET "stayType" = 'LEGAL_LONG_STAY'
WHERE "workerLegalStayDeclared" AND "workerResidesInBelgium" AND "status" <> 'DRAFT' AND "stayType" IS NULL;

ALTER TABLE "Application" DROP COLUMN "workerLegalStayDeclared";

ALTER TABLE "Worker" DROP COLUMN "residenceCountry",
DROP COLUMN "residesInBelgium";

-- Date of issue of a certificate, for the six-month warning.
ALTER TABLE "Document" ADD COLUMN "issuedOn" DATE;
