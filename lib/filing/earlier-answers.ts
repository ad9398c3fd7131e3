import * as z from "@/lib/forms/zod-mini";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { dateToDay, type IsoDay } from "@/lib/dates";
import { eligibilityRequestSchema } from "@/lib/eligibility/eligibility-request";
import type { WorkBasis } from "@/lib/eligibility/eligibility-rules";

/** A granted dossier an organisation filed about the worker, as far as it tells a period of work. */
export interface EarlierPermit {
  isPosting: boolean;
  employmentStartDate: Date | null;
  employmentEndDate: Date | null;
}

/**
 * The work periods the portal already knows of: each granted combined permit about the worker,
 * from the contract's start to its end (or today, when open-ended or not ended yet), on a single
 * permit — or as a posting, which the calculator leaves out with its reason. Periods that have not
 * begun yet are not work done. Oldest first.
 */
export function workPeriodsFromPermits(permits: readonly EarlierPermit[], today: IsoDay): { from: IsoDay; to: IsoDay; basis: WorkBasis; incapacityPeriods: [] }[] {
  return permits
    .flatMap((permit) => {
      if (!permit.employmentStartDate) return [];
      const from = dateToDay(permit.employmentStartDate);
      const end = permit.employmentEndDate ? dateToDay(permit.employmentEndDate) : today;
      const to = end < today ? end : today;
      if (from > to) return [];
      return [{ from, to, basis: (permit.isPosting ? "POSTING" : "SINGLE_PERMIT") as WorkBasis, incapacityPeriods: [] as [] }];
    })
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** The calculator's question without its date: what the eligibility step keeps. */
const carriedSchema = (today: IsoDay) => z.omit(eligibilityRequestSchema(today), { applicationDate: true });

/**
 * The answers a worker's new draft starts from: those carried from the calculator when they pass
 * its rules; else those of the worker's latest own application; else the work periods of the
 * permits granted about them. Null when there is nothing to start from.
 */
export async function earlierEligibilityAnswers(db: Db, userId: string, carried: unknown, today: IsoDay): Promise<Prisma.InputJsonObject | null> {
  if (carried !== undefined) {
    const parsed = carriedSchema(today).safeParse(carried);
    if (parsed.success) return parsed.data;
  }
  const latest = await db.application.findFirst({
    where: { applicantKind: "PERSON", applicantUserId: userId, NOT: { eligibilityAnswers: { equals: Prisma.DbNull } } },
    orderBy: { createdAt: "desc" },
    select: { eligibilityAnswers: true },
  });
  if (latest?.eligibilityAnswers && typeof latest.eligibilityAnswers === "object" && !Array.isArray(latest.eligibilityAnswers)) return latest.eligibilityAnswers as Prisma.InputJsonObject;
  const permits = await db.application.findMany({
    where: { applicantKind: "ORGANISATION", status: "GRANTED", worker: { userId } },
    select: { isPosting: true, employmentStartDate: true, employmentEndDate: true },
  });
  const workPeriods = workPeriodsFromPermits(permits, today);
  return workPeriods.length > 0 ? { workPeriods } : null;
}
