import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { PermitCategory, Region } from "@/lib/generated/prisma/enums";
import { getProcessingTimes } from "@/lib/processing-times/get-processing-times";
import { createDecidedDossier, createOrganisation, createUser } from "@/prisma/factories";

const db = getDb();

// The figures are asked for a day in 2021, which no other test's decisions reach: other tests
// decide dossiers today, in the same database.
const TODAY = "2021-06-30";

/** A moment in Brussels on the given day and hour (summer time: UTC+2). */
function brussels(day: string, hour = 10): Date {
  return new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+02:00`);
}

let employerId: string;
let createdById: string;

async function decided(region: Region, category: PermitCategory | null, submitted: string, work: string, residence?: string) {
  await createDecidedDossier(db, {
    employerId,
    createdById,
    region,
    category,
    submittedAt: brussels(submitted),
    workDecidedAt: brussels(work),
    residenceDecidedAt: residence ? brussels(residence) : null,
  });
}

beforeAll(async () => {
  const employer = await createOrganisation(db);
  employerId = employer.id;
  createdById = (await createUser(db, { passwordHash: "not-a-real-hash", role: "EMPLOYER_USER", organisationId: employer.id })).id;

  // Flemish Region, highly qualified: 10, 20, 30, 40, 50 days to the work decision (all in the
  // period), and 30, 40, 50, 60, 100 days to the final decision.
  await decided("FLEMISH_REGION", "HIGHLY_SKILLED", "2021-05-01", "2021-05-11", "2021-05-31");
  await decided("FLEMISH_REGION", "EXECUTIVE", "2021-05-01", "2021-05-21", "2021-06-10");
  await decided("FLEMISH_REGION", "EU_BLUE_CARD", "2021-05-01", "2021-05-31", "2021-06-20");
  await decided("FLEMISH_REGION", "TRAINEE", "2021-05-01", "2021-06-10", "2021-06-30");
  await decided("FLEMISH_REGION", "INTRA_CORPORATE_TRANSFEREE", "2021-03-01", "2021-04-10", "2021-06-09");
  // Flemish Region, other: only 4 work decisions in the period: too few to publish.
  for (const category of ["SEASONAL_WORKER", "MEDIUM_SKILLED_SHORTAGE", "OTHER", null] as const) await decided("FLEMISH_REGION", category, "2021-05-01", "2021-05-29");
  // Outside the period (decided 91 days before TODAY, and the day after it): not counted.
  await decided("FLEMISH_REGION", "HIGHLY_SKILLED", "2021-03-01", "2021-03-31");
  await decided("FLEMISH_REGION", "HIGHLY_SKILLED", "2021-06-01", "2021-07-01");
  // Brussels, other: 5 dossiers, days 7, 7, 8, 9, 28; decided at 00:30 in Brussels, which is still
  // the previous day in UTC: the day counted is the Belgian one.
  for (const days of [7, 7, 8, 9, 28]) {
    const submitted = new Date(Date.UTC(2021, 5, 1, 10));
    const decidedAt = new Date(Date.UTC(2021, 5, 1 + days - 1, 22, 30));
    await createDecidedDossier(db, { employerId, createdById, region: "BRUSSELS_CAPITAL_REGION", category: "SEASONAL_WORKER", submittedAt: submitted, workDecidedAt: decidedAt });
  }
});

describe("getProcessingTimes", () => {
  it("gives the median and 90th percentile of days from submission, per region, group and milestone", async () => {
    const times = await getProcessingTimes({ today: TODAY });
    expect(times.period).toEqual({ from: "2021-04-02", to: "2021-06-30" });
    const cell = (milestone: "WORK_DECISION" | "FINAL_DECISION", region: Region, group: "HIGHLY_QUALIFIED" | "OTHER") =>
      times.byMilestone[milestone].find((c) => c.region === region && c.group === group);

    // Work: 10, 20, 30, 40, 40 → median 30; p90 = 40 (interpolated between the 4th and 5th).
    expect(cell("WORK_DECISION", "FLEMISH_REGION", "HIGHLY_QUALIFIED")).toEqual({
      region: "FLEMISH_REGION",
      group: "HIGHLY_QUALIFIED",
      dossiers: 5,
      shown: true,
      medianDays: 30,
      p90Days: 40,
    });
    // Final: 30, 40, 50, 60, 100 → median 50; p90 = 60 + 0.6 × 40 = 84.
    expect(cell("FINAL_DECISION", "FLEMISH_REGION", "HIGHLY_QUALIFIED")).toMatchObject({ dossiers: 5, shown: true, medianDays: 50, p90Days: 84 });
    expect(cell("WORK_DECISION", "FLEMISH_REGION", "OTHER")).toEqual({ region: "FLEMISH_REGION", group: "OTHER", dossiers: 4, shown: false });
    // 7, 7, 8, 9, 28 → median 8; p90 = 9 + 0.6 × 19 = 20.4 → 20 (counted in UTC days, 6, 6, 7, 8, 27).
    expect(cell("WORK_DECISION", "BRUSSELS_CAPITAL_REGION", "OTHER")).toMatchObject({ dossiers: 5, shown: true, medianDays: 8, p90Days: 20 });
    expect(cell("FINAL_DECISION", "BRUSSELS_CAPITAL_REGION", "OTHER")).toMatchObject({ dossiers: 0, shown: false });
    expect(cell("WORK_DECISION", "WALLOON_REGION", "HIGHLY_QUALIFIED")).toMatchObject({ dossiers: 0, shown: false });
  });

  it("counts a dossier once per milestone, by its first decision of that kind", async () => {
    const dossier = await db.application.findFirstOrThrow({ where: { employerId, category: "TRAINEE" } });
    const authority = await db.organisation.findFirstOrThrow({ where: { kind: "REGIONAL_AUTHORITY", region: "FLEMISH_REGION" } });
    // A second work decision (after an appeal), later in the period.
    await db.decision.create({ data: { applicationId: dossier.id, kind: "WORK_PART", outcome: "GRANTED", authorityId: authority.id, decidedAt: brussels("2021-06-29") } });
    const times = await getProcessingTimes({ today: TODAY });
    expect(times.byMilestone.WORK_DECISION.find((c) => c.region === "FLEMISH_REGION" && c.group === "HIGHLY_QUALIFIED")).toMatchObject({ dossiers: 5, medianDays: 30, p90Days: 40 });
  });
});
