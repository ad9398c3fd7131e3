import { dateToDay, dayInBelgium, dayToDate, type IsoDay } from "@/lib/dates";

/**
 * What of a mandate decides whether it is in force. `validFrom` and `validUntil` are days (stored
 * as dates at midnight UTC); `validUntil` is the last day, inclusive. This file has no database or
 * framework imports: the authorization module and the query filter below share it.
 */
export interface MandateTerms {
  status: "PROPOSED" | "ACCEPTED" | "ENDED";
  validFrom: Date;
  validUntil: Date | null;
}

/**
 * Whether a mandate lets its mandatary act for its employer at the moment `on` (judged on that
 * day in Belgium): accepted and not ended, begun, and not past its last day. A proposal not yet
 * accepted, a refused, withdrawn or ended mandate, one whose first day is still to come and one
 * whose last day has passed are not in force.
 */
export function mandateInForce(mandate: MandateTerms, on: Date): boolean {
  if (mandate.status !== "ACCEPTED") return false;
  const day = dayInBelgium(on);
  if (dateToDay(mandate.validFrom) > day) return false;
  return mandate.validUntil === null || dateToDay(mandate.validUntil) >= day;
}

/**
 * The same rule as a Prisma `MandateWhereInput` for the day `on` (kept beside it so that the two
 * cannot drift apart): accepted, begun, not past its last day.
 */
export function mandateInForceWhere(on: Date) {
  const day: IsoDay = dayInBelgium(on);
  const date = dayToDate(day);
  return {
    status: "ACCEPTED" as const,
    validFrom: { lte: date },
    OR: [{ validUntil: null }, { validUntil: { gte: date } }],
  };
}

/**
 * A proposal not accepted by its last day has lapsed (docs/decisions/mandates.md): it can no longer
 * be accepted, and no longer stands in the way of a new grant. One without a last day never lapses.
 */
export function proposalLapsed(mandate: MandateTerms, on: Date): boolean {
  return mandate.status === "PROPOSED" && mandate.validUntil !== null && dateToDay(mandate.validUntil) < dayInBelgium(on);
}

/**
 * The first day of a proposal accepted at the moment `on`: the day the employer proposed, or, when
 * that day has passed unaccepted, the day of acceptance. The mandatary never acted before it
 * accepted, and the record says from when it could.
 */
export function firstDayOnAcceptance(mandate: Pick<MandateTerms, "validFrom">, on: Date): IsoDay {
  const today = dayInBelgium(on);
  const proposed = dateToDay(mandate.validFrom);
  return proposed < today ? today : proposed;
}

/**
 * What the mandates page shows of a mandate's life: proposed (or lapsed unaccepted), in force,
 * ended, or accepted but not (yet or any more) in force.
 */
export type MandateStanding = "PROPOSED" | "LAPSED" | "IN_FORCE" | "NOT_YET_IN_FORCE" | "EXPIRED" | "ENDED";

export function mandateStanding(mandate: MandateTerms, on: Date): MandateStanding {
  if (mandate.status === "PROPOSED") return proposalLapsed(mandate, on) ? "LAPSED" : "PROPOSED";
  if (mandate.status === "ENDED") return "ENDED";
  if (mandateInForce(mandate, on)) return "IN_FORCE";
  return dateToDay(mandate.validFrom) > dayInBelgium(on) ? "NOT_YET_IN_FORCE" : "EXPIRED";
}
