import pg from "pg";

/**
 * Fills a migrated database that holds the demo data (prisma/seed-demo.ts) with `count` submitted
 * dossiers for the back-office benchmark, set-based (INSERT … SELECT … FROM generate_series), so
 * that 500,000 take a minute or two rather than hours through the use cases. Proportions, chosen to
 * look like a few years of a single window's life (not taken from any statistic):
 * - regions: Flanders 40 %, Brussels 30 %, Wallonia 25 %, German-speaking Community 5 %;
 * - about a third still open (submitted, in admissibility, waiting for information, work part,
 *   residence part), the rest decided or stopped over the three years before;
 * - one employer in 250 dossiers, one worker per dossier, one place of work, two to six status
 *   events along the dossier's life with payloads their schemas accept (the timeline parses them);
 * - the open term of every open dossier (none for admissibility in Wallonia and the German-speaking
 *   Community, which no source gives), ending from today on — the terms job has handled what passed
 *   before — except 3 % of the work-part examinations flagged overdue; `nextDeadlineOn` is that term's
 *   last day, as transitionDossier keeps it; a closed admissibility term on the dossiers past it;
 * - 20 caseworkers per region besides the demo one; every dossier in treatment is assigned to one
 *   of the 21, so the demo Flemish caseworker holds about a 21st of the region's.
 * random() is seeded: the same count gives the same data.
 */
export async function fillBackOffice(databaseUrl: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const employers = Math.max(10, Math.round(count / 250));
    await client.query("SELECT setseed(0.4242)");
    for (const [step, sql] of fillSteps(count, employers)) {
      const started = performance.now();
      await client.query(sql);
      console.log(`  fill: ${step} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await client.end();
  }
}

/** The statuses of a submitted dossier's life, with their share of all dossiers and their events after submission and routing. */
const lifeStages = [
  { status: "SUBMITTED", share: 0.05, events: [] },
  { status: "CANCELLATION_REQUESTED", share: 0.005, events: ["CANCELLATION_REQUESTED"] },
  { status: "ADMISSIBILITY_REVIEW", share: 0.08, events: ["TAKEN_INTO_TREATMENT"] },
  { status: "ADDITIONAL_INFORMATION_REQUESTED", share: 0.03, events: ["TAKEN_INTO_TREATMENT", "ADDITIONAL_INFORMATION_REQUESTED"] },
  { status: "WORK_PART_REVIEW", share: 0.1, events: ["TAKEN_INTO_TREATMENT", "DECLARED_ADMISSIBLE"] },
  { status: "RESIDENCE_REVIEW", share: 0.08, events: ["TAKEN_INTO_TREATMENT", "DECLARED_ADMISSIBLE", "WORK_PART_GRANTED"] },
  { status: "GRANTED", share: 0.505, events: ["TAKEN_INTO_TREATMENT", "DECLARED_ADMISSIBLE", "WORK_PART_GRANTED", "RESIDENCE_GRANTED"] },
  { status: "INADMISSIBLE", share: 0.03, events: ["TAKEN_INTO_TREATMENT", "DECLARED_INADMISSIBLE"] },
  { status: "WORK_PART_REFUSED", share: 0.05, events: ["TAKEN_INTO_TREATMENT", "DECLARED_ADMISSIBLE", "WORK_PART_REFUSED"] },
  { status: "RESIDENCE_REFUSED", share: 0.02, events: ["TAKEN_INTO_TREATMENT", "DECLARED_ADMISSIBLE", "WORK_PART_GRANTED", "RESIDENCE_REFUSED"] },
  { status: "STOPPED", share: 0.05, events: ["CANCELLATION_REQUESTED", "APPLICATION_STOPPED"] },
] as const;

const openStatuses = ["SUBMITTED", "CANCELLATION_REQUESTED", "ADMISSIBILITY_REVIEW", "ADDITIONAL_INFORMATION_REQUESTED", "WORK_PART_REVIEW", "RESIDENCE_REVIEW"];
const beforeTreatment = ["SUBMITTED", "CANCELLATION_REQUESTED", "STOPPED"];
const categories = ["HIGHLY_SKILLED", "EXECUTIVE", "EU_BLUE_CARD", "INTRA_CORPORATE_TRANSFEREE", "RESEARCHER", "TRAINEE", "SEASONAL_WORKER", "MEDIUM_SKILLED_SHORTAGE", "OTHER"];

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");

function statusByShare(): string {
  let cumulative = 0;
  const branches = lifeStages.map(({ status, share }) => {
    cumulative += share;
    return `WHEN s < ${cumulative.toFixed(4)} THEN '${status}'`;
  });
  return `CASE ${branches.join(" ")} ELSE 'GRANTED' END`;
}

function stageEvents(): string {
  return lifeStages
    .flatMap(({ status, events }) => ["APPLICATION_SUBMITTED", "APPLICATION_ROUTED", ...events].map((type, position) => `('${status}', ${position}, '${type}')`))
    .join(",\n      ");
}

function fillSteps(count: number, employers: number): [string, string][] {
  return [
    [
      "dossier plan",
      `CREATE TEMP TABLE bench_app AS
       SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS worker_id, 1 + floor(random() * ${employers})::int AS employer_n,
              CASE WHEN r < 0.40 THEN 'FLEMISH_REGION' WHEN r < 0.70 THEN 'BRUSSELS_CAPITAL_REGION' WHEN r < 0.95 THEN 'WALLOON_REGION'
                   ELSE 'GERMAN_SPEAKING_COMMUNITY' END AS region,
              ${statusByShare()} AS status,
              (ARRAY[${list(categories)}])[1 + floor(random() * ${categories.length})::int] AS category,
              floor(random() * 21)::int AS caseworker_n, random() AS d, random() AS overdue
       FROM (SELECT n, random() AS r, random() AS s FROM generate_series(1, ${count}) n) g`,
    ],
    [
      "dossier dates and deadlines",
      `ALTER TABLE bench_app ADD submitted_at timestamp, ADD term_kind text, ADD term_rule text, ADD deadline date, ADD handled boolean;
       UPDATE bench_app SET submitted_at = CASE WHEN status IN (${list(openStatuses)})
         THEN now() - make_interval(days => 1 + floor(d * 120)::int) ELSE now() - make_interval(days => 121 + floor(d * 1000)::int) END;
       UPDATE bench_app SET term_kind = CASE
           WHEN status IN ('SUBMITTED', 'CANCELLATION_REQUESTED', 'ADMISSIBILITY_REVIEW') AND region IN ('FLEMISH_REGION', 'BRUSSELS_CAPITAL_REGION') THEN 'ADMISSIBILITY'
           WHEN status = 'ADDITIONAL_INFORMATION_REQUESTED' THEN 'ADDITIONAL_INFORMATION_ANSWER'
           WHEN status IN ('WORK_PART_REVIEW', 'RESIDENCE_REVIEW') THEN 'DECISION_ON_MERITS' END;
       UPDATE bench_app SET
         term_rule = CASE term_kind WHEN 'ADMISSIBILITY' THEN 'term.admissibility.' || region || '.2019' WHEN 'ADDITIONAL_INFORMATION_ANSWER' THEN 'term.information-request.2019'
           WHEN 'DECISION_ON_MERITS' THEN CASE WHEN category IN ('EU_BLUE_CARD', 'INTRA_CORPORATE_TRANSFEREE', 'SEASONAL_WORKER', 'TRAINEE') THEN 'term.decision.90-days.2019'
             WHEN category = 'RESEARCHER' THEN 'term.decision.researcher.2019' ELSE 'term.decision.default.2019' END END,
         handled = status = 'WORK_PART_REVIEW' AND overdue < 0.03,
         deadline = CASE
           WHEN term_kind IS NULL THEN NULL
           WHEN status = 'WORK_PART_REVIEW' AND overdue < 0.03 THEN current_date - (1 + floor(overdue * 1000))::int
           WHEN term_kind = 'ADDITIONAL_INFORMATION_ANSWER' THEN current_date + floor(random() * 15)::int
           WHEN term_kind = 'ADMISSIBILITY' THEN current_date + floor(random() * 30)::int
           ELSE current_date + floor(random() * 120)::int END;
       CREATE INDEX ON bench_app (n)`,
    ],
    [
      "employers, their users and caseworkers",
      `CREATE TEMP TABLE bench_employer AS SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS user_id FROM generate_series(1, ${employers}) n;
       CREATE INDEX ON bench_employer (n);
       INSERT INTO "Organisation" ("id", "kind", "name", "registeredOfficeStreet", "registeredOfficePostalCode", "registeredOfficeCity", "updatedAt")
       SELECT id, 'EMPLOYER', 'Bench employer ' || n, 'Benchstraat ' || n, '2000', 'Antwerpen', now() FROM bench_employer;
       INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") SELECT user_id, 'employer-' || n || '@bench.example', 'Employer user ' || n, 'not-a-hash', now() FROM bench_employer;
       INSERT INTO "Membership" ("id", "userId", "organisationId", "role") SELECT gen_random_uuid(), user_id, id, 'EMPLOYER_USER' FROM bench_employer;
       CREATE TEMP TABLE bench_caseworker AS
         SELECT o."region"::text AS region, 0 AS n, m."userId" AS user_id FROM "Organisation" o JOIN "Membership" m ON m."organisationId" = o."id" WHERE o."kind" = 'REGIONAL_AUTHORITY'
         UNION ALL
         SELECT o."region"::text, n, gen_random_uuid() FROM "Organisation" o CROSS JOIN generate_series(1, 20) n WHERE o."kind" = 'REGIONAL_AUTHORITY';
       INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt")
         SELECT user_id, 'caseworker-' || n || '.' || lower(region) || '@bench.example', 'Caseworker ' || n, 'not-a-hash', now() FROM bench_caseworker WHERE n > 0;
       INSERT INTO "Membership" ("id", "userId", "organisationId", "role")
         SELECT gen_random_uuid(), c.user_id, o."id", 'REGIONAL_CASEWORKER' FROM bench_caseworker c JOIN "Organisation" o ON o."kind" = 'REGIONAL_AUTHORITY' AND o."region"::text = c.region WHERE c.n > 0`,
    ],
    [
      "workers",
      `INSERT INTO "Worker" ("id", "employerId", "givenNames", "familyName", "dateOfBirth", "nationality", "passportNumber", "updatedAt")
       SELECT a.worker_id, e.id, 'Given ' || a.n, 'Family ' || a.n, DATE '1985-01-01' + (a.n % 5000), (ARRAY['IN', 'MA', 'TR', 'BR', 'PH', 'US', 'CN'])[1 + a.n % 7], 'P' || lpad(a.n::text, 8, '0'), now()
       FROM bench_app a JOIN bench_employer e ON e.n = a.employer_n`,
    ],
    [
      "dossiers",
      `INSERT INTO "Application" ("id", "referenceNumber", "type", "category", "status", "version", "employerId", "filedById", "createdById", "workerId",
         "workerResidesInBelgium", "workerResidenceCountry", "jobTitle", "iscoCode", "employmentStartDate", "grossSalaryCents", "salaryPeriod", "regulatedProfession",
         "feeExemptionClaimed", "declarationAcceptedAt", "appliedRuleIds", "competentRegion", "routingRule", "routingReason",
         "submittedAt", "takenIntoTreatmentAt", "admissibleAt", "closedAt", "assignedToId", "nextDeadlineOn", "createdAt", "updatedAt")
       SELECT a.id, 'WIB-BENCH-' || lpad(a.n::text, 7, '0'), 'COMBINED_PERMIT_FIXED', a.category::"PermitCategory", a.status::"ApplicationStatus", 6, e.id, e.id, e.user_id, a.worker_id,
         false, 'IN', 'Engineer', '2142', (a.submitted_at + interval '90 days')::date, 6000000, 'ANNUAL', false,
         false, a.submitted_at, demo."appliedRuleIds", a.region::"Region", 'ESTABLISHMENT_UNIT', demo."routingReason",
         a.submitted_at,
         CASE WHEN a.status NOT IN (${list(beforeTreatment)}) THEN a.submitted_at + interval '2 days' END,
         CASE WHEN a.status IN ('WORK_PART_REVIEW', 'RESIDENCE_REVIEW', 'GRANTED', 'WORK_PART_REFUSED', 'RESIDENCE_REFUSED') THEN a.submitted_at + interval '10 days' END,
         CASE WHEN a.status NOT IN (${list(openStatuses)}) THEN a.submitted_at + interval '60 days' END,
         CASE WHEN a.status NOT IN (${list(beforeTreatment)}) THEN c.user_id END,
         a.deadline, a.submitted_at - interval '1 day', a.submitted_at + interval '60 days'
       FROM bench_app a
       JOIN bench_employer e ON e.n = a.employer_n
       JOIN bench_caseworker c ON c.region = a.region AND c.n = a.caseworker_n
       CROSS JOIN (SELECT "appliedRuleIds", "routingReason" FROM "Application" WHERE "routingReason" IS NOT NULL LIMIT 1) demo;
       INSERT INTO "ApplicationWorkplace" ("id", "applicationId", "postalCode", "sharePercent") SELECT gen_random_uuid(), id, '2000', 100 FROM bench_app`,
    ],
    [
      "terms",
      `INSERT INTO "ApplicationTerm" ("id", "applicationId", "kind", "startsOn", "endsOn", "ruleId", "passedHandledAt")
       SELECT gen_random_uuid(), id, term_kind::"TermKind", submitted_at::date, deadline, term_rule, CASE WHEN handled THEN deadline + 1 END FROM bench_app WHERE term_kind IS NOT NULL;
       INSERT INTO "ApplicationTerm" ("id", "applicationId", "kind", "startsOn", "endsOn", "ruleId", "closedAt")
       SELECT gen_random_uuid(), id, 'ADMISSIBILITY', submitted_at::date, (submitted_at + interval '30 days')::date, 'term.admissibility.' || region || '.2019', submitted_at + interval '10 days'
       FROM bench_app WHERE region IN ('FLEMISH_REGION', 'BRUSSELS_CAPITAL_REGION') AND status NOT IN (${list(beforeTreatment)}) AND status <> 'ADMISSIBILITY_REVIEW'`,
    ],
    [
      "status events",
      `INSERT INTO "StatusEvent" ("id", "applicationId", "type", "actorUserId", "occurredAt", "payload", "visibleToApplicant")
       SELECT gen_random_uuid(), a.id, ev.type::"StatusEventType", NULL, least(now(), a.submitted_at + make_interval(days => ev.position * 5)),
         CASE ev.type
           WHEN 'APPLICATION_SUBMITTED' THEN jsonb_build_object('referenceNumber', 'WIB-BENCH-' || lpad(a.n::text, 7, '0'))
           WHEN 'APPLICATION_ROUTED' THEN jsonb_build_object('region', a.region, 'rule', 'ESTABLISHMENT_UNIT', 'pickedByFiler', false)
           WHEN 'ADDITIONAL_INFORMATION_REQUESTED' THEN jsonb_build_object('requestId', gen_random_uuid(), 'dueOn', to_char(a.deadline, 'YYYY-MM-DD'), 'items', '[]'::jsonb, 'message', 'Please send the signed employment contract.')
           WHEN 'DECLARED_INADMISSIBLE' THEN jsonb_build_object('decisionId', gen_random_uuid(), 'onBehalfOfPortal', false, 'appealLastDay', NULL)
           WHEN 'WORK_PART_GRANTED' THEN jsonb_build_object('decisionId', gen_random_uuid())
           WHEN 'WORK_PART_REFUSED' THEN jsonb_build_object('decisionId', gen_random_uuid(), 'appealLastDay', NULL)
           WHEN 'RESIDENCE_GRANTED' THEN jsonb_build_object('decisionId', gen_random_uuid(), 'annex', '46')
           WHEN 'RESIDENCE_REFUSED' THEN jsonb_build_object('decisionId', gen_random_uuid(), 'annex', '48', 'appealLastDay', NULL)
           WHEN 'APPLICATION_STOPPED' THEN jsonb_build_object('howStopped', 'CANCELLATION')
           ELSE '{}'::jsonb END,
         true
       FROM bench_app a
       JOIN (VALUES
      ${stageEvents()}) AS ev(status, position, type) ON ev.status = a.status
       ORDER BY a.n, ev.position`,
    ],
    ["vacuum and statistics", "VACUUM ANALYZE"],
  ];
}
