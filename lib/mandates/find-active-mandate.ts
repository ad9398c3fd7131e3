import type { Prisma } from "@/lib/generated/prisma/client";
import { actsUnderMandate } from "@/lib/auth/authorization";
import type { Db, Tx } from "@/lib/db";
import { dayToDate, type IsoDay } from "@/lib/dates";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { mandateInForceWhere } from "./mandate-in-force";

/** Mandates in force on the given day (lib/mandates/mandate-in-force.ts): accepted, begun, not ended. */
function inForceOn(day: IsoDay): Prisma.MandateWhereInput {
  // Noon, so that the day in Belgium is the day given.
  return mandateInForceWhere(new Date(dayToDate(day).getTime() + 12 * 60 * 60 * 1000));
}

/** The mandate that lets this mandatary act for this employer on the given day, if any. */
export async function findActiveMandate(db: Db | Tx, { employerId, mandataryId, day }: { employerId: string; mandataryId: string; day: IsoDay }) {
  return db.mandate.findFirst({ where: { employerId, mandataryId, ...inForceOn(day) }, orderBy: { validFrom: "desc" } });
}

/** The employers a mandatary may file for on the given day, for the employer picker. */
export async function listMandatingEmployers(db: Db, { mandataryId, day }: { mandataryId: string; day: IsoDay }) {
  const mandates = await db.mandate.findMany({
    where: { mandataryId, ...inForceOn(day) },
    select: { employer: { select: { id: true, name: true, enterpriseNumber: true } } },
    orderBy: { employer: { name: "asc" } },
  });
  return [...new Map(mandates.map((m) => [m.employer.id, m.employer])).values()];
}

/**
 * A mandatary acts for an employer only while a mandate is in force: filing, changing and submitting
 * all check it again, so an ended mandate stops a draft the mandatary had started. Others pass.
 */
export async function assertMandateInForce(db: Db | Tx, actor: Actor, employerId: string | null, day: IsoDay): Promise<void> {
  if (!actsUnderMandate(actor)) return;
  // A dossier without an employer (a person's own) is never a mandatary's to act on.
  if (employerId === null || !(await findActiveMandate(db, { employerId, mandataryId: actor.organisationId, day }))) throw new AppError("FORBIDDEN");
}
