-- The authorities every installation has: the four regional services for economic migration and
-- the federal Immigration Office. Reference data, not demo data: caseworker accounts are attached
-- to these rows. Fixed ids so that later migrations can refer to them.
INSERT INTO "Organisation" ("id", "kind", "name", "enterpriseNumber", "region", "registeredOfficeStreet", "registeredOfficePostalCode", "registeredOfficeCity", "registeredOfficeCountry", "createdAt", "updatedAt")
VALUES
  ('00000000-0000-4000-8000-000000000001', 'REGIONAL_AUTHORITY', 'Vlaamse overheid – Departement Werk en Sociale Economie, Economische Migratie', NULL, 'FLEMISH_REGION', 'Koning Albert II-laan 35', '1030', 'Brussel', 'BE', now(), now()),
  ('00000000-0000-4000-8000-000000000002', 'REGIONAL_AUTHORITY', 'Brussel Economie en Werkgelegenheid – Bruxelles Économie et Emploi, Economische Migratie', NULL, 'BRUSSELS_CAPITAL_REGION', 'Sint-Lazarusplein 2', '1035', 'Brussel', 'BE', now(), now()),
  ('00000000-0000-4000-8000-000000000003', 'REGIONAL_AUTHORITY', 'SPW Économie, Emploi, Recherche – Direction de l''Emploi et des Permis de travail', NULL, 'WALLOON_REGION', 'Place de la Wallonie 1', '5100', 'Jambes', 'BE', now(), now()),
  ('00000000-0000-4000-8000-000000000004', 'REGIONAL_AUTHORITY', 'Ministerium der Deutschsprachigen Gemeinschaft – Fachbereich Beschäftigung', NULL, 'GERMAN_SPEAKING_COMMUNITY', 'Gospertstraße 1', '4700', 'Eupen', 'BE', now(), now()),
  ('00000000-0000-4000-8000-000000000005', 'IMMIGRATION_OFFICE', 'Dienst Vreemdelingenzaken – Office des Étrangers', NULL, NULL, 'Pachecolaan 44', '1000', 'Brussel', 'BE', now(), now())
ON CONFLICT ("id") DO NOTHING;
