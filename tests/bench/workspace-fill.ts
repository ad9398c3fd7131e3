import pg from "pg";
import { demoAccounts } from "../../prisma/demo-accounts";

/**
 * Fills a migrated database that holds the demo data (prisma/seed-demo.ts) for the workspace
 * benchmark: `clients` employers, each with a mandate in force for the demo mandatary (Sociaal
 * Secretariaat Demo vzw) and an administrator who granted it, and `dossiers` dossiers the
 * mandatary filed for them (round-robin, so about dossiers / clients each), set-based (INSERT …
 * SELECT … FROM generate_series, seeded random()). Proportions (guesses, not statistics):
 * - 3 % drafts, 5 % submitted, 8 % admissibility, 3 % waiting for information (each with its open
 *   request, last day within 15 days), 10 % work part, 8 % residence part, 50 % granted, the rest
 *   refused, inadmissible or stopped; regions Flanders 40 %, Brussels 30 %, Wallonia 25 %, German-
 *   speaking Community 5 %;
 * - every decided dossier closed within the last 1,000 days with its decision (so about 3 % were
 *   decided within the last 30 days); a granted dossier's employment ends one to three years after
 *   its decision (so some end within the next 4 months);
 * - one worker per dossier, named "Given <n>" "Family <n>".
 */
export async function fillWorkspace(databaseUrl: string, { clients, dossiers }: { clients: number; dossiers: number }): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.2026)");
    for (const [step, sql] of fillSteps(clients, dossiers)) {
      const started = performance.now();
      await client.query(sql);
      console.log(`  fill: ${step} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await client.end();
  }
}

const stages = [
  ["DRAFT", 0.03],
  ["SUBMITTED", 0.05],
  ["ADMISSIBILITY_REVIEW", 0.08],
  ["ADDITIONAL_INFORMATION_REQUESTED", 0.03],
  ["WORK_PART_REVIEW", 0.1],
  ["RESIDENCE_REVIEW", 0.08],
  ["GRANTED", 0.5],
  ["INADMISSIBLE", 0.03],
  ["WORK_PART_REFUSED", 0.05],
  ["RESIDENCE_REFUSED", 0.02],
  ["STOPPED", 0.03],
] as const;

function statusByShare(): string {
  let cumulative = 0;
  return `CASE ${stages.map(([status, share]) => `WHEN s < ${(cumulative += share).toFixed(4)} THEN '${status}'`).join(" ")} ELSE 'GRANTED' END`;
}

/** The decision that closed a dossier of each final status: kind, outcome, the authority that took it. */
const closingDecisions = `(VALUES
  ('GRANTED', 'RESIDENCE', 'GRANTED', 'IMMIGRATION_OFFICE'),
  ('RESIDENCE_REFUSED', 'RESIDENCE', 'REFUSED', 'IMMIGRATION_OFFICE'),
  ('WORK_PART_REFUSED', 'WORK_PART', 'REFUSED', 'REGIONAL_AUTHORITY'),
  ('INADMISSIBLE', 'ADMISSIBILITY', 'INADMISSIBLE', 'REGIONAL_AUTHORITY')) AS closing(status, kind, outcome, authority_kind)`;

function fillSteps(clients: number, dossiers: number): [string, string][] {
  return [
    [
      "clients, their administrators and mandates",
      `CREATE TEMP TABLE ws_client AS SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS user_id, 10000000 + n AS base FROM generate_series(1, ${clients}) n;
       INSERT INTO "Organisation" ("id", "kind", "name", "enterpriseNumber", "registeredOfficeStreet", "registeredOfficePostalCode", "registeredOfficeCity", "updatedAt")
       SELECT id, 'EMPLOYER', 'Client ' || lpad(n::text, 5, '0') || ' BV', base::text || lpad((97 - base % 97)::text, 2, '0'), 'Klantenstraat ' || n, '9000', 'Gent', now() FROM ws_client;
       INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") SELECT user_id, 'client-' || n || '@bench.example', 'Client administrator ' || n, 'not-a-hash', now() FROM ws_client;
       INSERT INTO "Membership" ("id", "userId", "organisationId", "role") SELECT gen_random_uuid(), user_id, id, 'EMPLOYER_ADMIN' FROM ws_client;
       INSERT INTO "Mandate" ("id", "employerId", "mandataryId", "status", "validFrom", "grantedById", "acceptedAt", "acceptedById")
       SELECT gen_random_uuid(), c.id, m."organisationId", 'ACCEPTED', DATE '2024-01-01', c.user_id, TIMESTAMP '2024-01-01 09:00', m."userId"
       FROM ws_client c CROSS JOIN (SELECT ms."organisationId", ms."userId" FROM "Membership" ms JOIN "User" u ON u."id" = ms."userId" WHERE u."email" = '${demoAccounts.mandatary}') m;
       CREATE INDEX ON ws_client (n)`,
    ],
    [
      "dossier plan",
      `CREATE TEMP TABLE ws_app AS
       SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS worker_id, 1 + (n - 1) % ${clients} AS client_n, ${statusByShare()} AS status,
              CASE WHEN r < 0.40 THEN 'FLEMISH_REGION' WHEN r < 0.70 THEN 'BRUSSELS_CAPITAL_REGION' WHEN r < 0.95 THEN 'WALLOON_REGION' ELSE 'GERMAN_SPEAKING_COMMUNITY' END AS region,
              random() AS d, random() AS e
       FROM (SELECT n, random() AS r, random() AS s FROM generate_series(1, ${dossiers}) n) g;
       ALTER TABLE ws_app ADD submitted_at timestamp, ADD closed_at timestamp;
       UPDATE ws_app SET
         submitted_at = CASE WHEN status = 'DRAFT' THEN NULL WHEN status IN ('SUBMITTED', 'ADMISSIBILITY_REVIEW', 'ADDITIONAL_INFORMATION_REQUESTED', 'WORK_PART_REVIEW', 'RESIDENCE_REVIEW')
           THEN now() - make_interval(days => 1 + floor(d * 120)::int) ELSE now() - make_interval(days => 61 + floor(d * 1000)::int) END,
         closed_at = CASE WHEN status IN ('GRANTED', 'INADMISSIBLE', 'WORK_PART_REFUSED', 'RESIDENCE_REFUSED', 'STOPPED') THEN now() - make_interval(days => floor(d * 1000)::int, hours => floor(e * 20)::int) END;
       CREATE INDEX ON ws_app (n)`,
    ],
    [
      "workers",
      `INSERT INTO "Worker" ("id", "employerId", "givenNames", "familyName", "dateOfBirth", "nationality", "passportNumber", "updatedAt")
       SELECT a.worker_id, c.id, 'Given ' || a.n, 'Family ' || a.n, DATE '1985-01-01' + (a.n % 5000), (ARRAY['IN', 'MA', 'TR', 'BR', 'PH', 'US', 'CN'])[1 + a.n % 7], 'W' || lpad(a.n::text, 8, '0'), now()
       FROM ws_app a JOIN ws_client c ON c.n = a.client_n`,
    ],
    [
      "dossiers",
      `INSERT INTO "Application" ("id", "referenceNumber", "type", "category", "status", "version", "employerId", "filedById", "mandateId", "createdById", "workerId",
         "workerResidesInBelgium", "workerResidenceCountry", "jobTitle", "iscoCode", "employmentStartDate", "employmentEndDate", "grossSalaryCents", "salaryPeriod",
         "competentRegion", "routingRule", "submittedAt", "closedAt", "nextDeadlineOn", "createdAt", "updatedAt")
       SELECT a.id, CASE WHEN a.status <> 'DRAFT' THEN 'WIB-WS-' || lpad(a.n::text, 7, '0') END, 'COMBINED_PERMIT_FIXED', 'HIGHLY_SKILLED', a.status::"ApplicationStatus", 3,
         c.id, mandate."mandataryId", mandate."id", mandatary_user."id", a.worker_id,
         false, 'IN', 'Engineer', '2142', coalesce(a.submitted_at, now())::date + 90,
         CASE WHEN a.status = 'GRANTED' THEN (a.closed_at + make_interval(days => 365 + floor(a.e * 730)::int))::date END,
         6000000, 'ANNUAL',
         CASE WHEN a.status <> 'DRAFT' THEN a.region::"Region" END, CASE WHEN a.status <> 'DRAFT' THEN 'ESTABLISHMENT_UNIT'::"RoutingRule" END,
         a.submitted_at, a.closed_at,
         CASE WHEN a.status IN ('SUBMITTED', 'ADMISSIBILITY_REVIEW', 'ADDITIONAL_INFORMATION_REQUESTED', 'WORK_PART_REVIEW', 'RESIDENCE_REVIEW') THEN current_date + floor(a.e * 90)::int END,
         coalesce(a.submitted_at, now() - make_interval(days => floor(a.d * 60)::int)) - interval '1 day',
         coalesce(a.closed_at, a.submitted_at, now() - make_interval(days => floor(a.d * 60)::int))
       FROM ws_app a
       JOIN ws_client c ON c.n = a.client_n
       JOIN "Mandate" mandate ON mandate."employerId" = c.id
       CROSS JOIN (SELECT "id" FROM "User" WHERE "email" = '${demoAccounts.mandatary}') mandatary_user`,
    ],
    [
      "open information requests",
      `INSERT INTO "AdditionalInformationRequest" ("id", "applicationId", "requestedById", "requestedAt", "message", "items", "dueOn", "resumeStatus", "status")
       SELECT gen_random_uuid(), a.id, caseworker."id", a.submitted_at + interval '5 days', 'Please send the signed employment contract.', ARRAY['EMPLOYMENT_CONTRACT']::"DocumentKind"[],
         current_date + floor(a.e * 15)::int, 'ADMISSIBILITY_REVIEW', 'OPEN'
       FROM ws_app a CROSS JOIN (SELECT "id" FROM "User" WHERE "email" = '${demoAccounts.caseworkerFlanders}') caseworker
       WHERE a.status = 'ADDITIONAL_INFORMATION_REQUESTED'`,
    ],
    [
      "decisions",
      `INSERT INTO "Decision" ("id", "applicationId", "kind", "outcome", "authorityId", "decidedAt", "notifiedAt")
       SELECT gen_random_uuid(), a.id, closing.kind::"DecisionKind", closing.outcome::"DecisionOutcome", authority."id", a.closed_at, a.closed_at
       FROM ws_app a
       JOIN ${closingDecisions} ON closing.status = a.status
       JOIN "Organisation" authority ON authority."kind"::text = closing.authority_kind
         AND (closing.authority_kind = 'IMMIGRATION_OFFICE' OR authority."region"::text = a.region)`,
    ],
    ["vacuum and statistics", "VACUUM ANALYZE"],
  ];
}
