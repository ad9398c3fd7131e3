import type { Db } from "@/lib/db";

/** The mandate that lets this mandatary act for this employer on the given day (ISO date), if any. */
export async function findActiveMandate(
  db: Db,
  { employerId, mandataryId, day }: { employerId: string; mandataryId: string; day: string },
) {
  const date = new Date(`${day}T00:00:00Z`);
  return db.mandate.findFirst({
    where: {
      employerId,
      mandataryId,
      revokedAt: null,
      validFrom: { lte: date },
      OR: [{ validUntil: null }, { validUntil: { gte: date } }],
    },
    orderBy: { validFrom: "desc" },
  });
}

/** The employers a mandatary may file for today, for the employer picker. */
export async function listMandatingEmployers(db: Db, { mandataryId, day }: { mandataryId: string; day: string }) {
  const date = new Date(`${day}T00:00:00Z`);
  const mandates = await db.mandate.findMany({
    where: { mandataryId, revokedAt: null, validFrom: { lte: date }, OR: [{ validUntil: null }, { validUntil: { gte: date } }] },
    select: { employer: { select: { id: true, name: true, enterpriseNumber: true } } },
    orderBy: { employer: { name: "asc" } },
  });
  return [...new Map(mandates.map((m) => [m.employer.id, m.employer])).values()];
}
