import { addDays, addMonths, type IsoDay } from "@/lib/dates";
import { nonWorkingDayReason, workingDayFrom, type NonWorkingDayReason } from "./holidays";

/** How long a term runs: calendar days or calendar months (REFERENCE §4: never working days unless the text says so). */
export interface TermLength {
  value: number;
  unit: "DAYS" | "MONTHS";
}

/**
 * A last day that fell on a Saturday, Sunday or legal holiday and moved to the next working day:
 * `from` is the day the count itself ended on, `reason` why that day could not be the last
 * (with the holiday when it was one). The term's `lastDay` is the day it moved to.
 */
export type LastDayMove = { from: IsoDay } & NonWorkingDayReason;

export interface CountedTerm {
  /** The day of the event (notification, receipt, admissibility): not counted, the term starts the day after. */
  startsAfter: IsoDay;
  /** The last day on which the step may still be taken: a working day. */
  lastDay: IsoDay;
  /** Present only when the counted last day was not a working day. */
  lastDayMovedToNextWorkingDay?: LastDayMove;
}

/**
 * The term of `length` after the event on `eventDay`, as DOMAIN.md and REFERENCE §4 count it:
 *  - the day of the event is not counted (Judicial Code art. 52): N days end N days after it;
 *  - months end on the same day number (Judicial Code art. 54, "from day to the day before the same
 *    day", counted from the day after the event), or on the last day of a shorter month (31 January
 *    + 1 month = 28 or 29 February);
 *  - a last day on a Saturday, Sunday or legal holiday moves to the next working day (art. 53),
 *    and the answer says so, keeping the day it moved from.
 */
export function countTerm(eventDay: IsoDay, length: TermLength): CountedTerm {
  const counted = length.unit === "DAYS" ? addDays(eventDay, length.value) : addMonths(eventDay, length.value);
  const why = nonWorkingDayReason(counted);
  if (!why) return { startsAfter: eventDay, lastDay: counted };
  return { startsAfter: eventDay, lastDay: workingDayFrom(counted), lastDayMovedToNextWorkingDay: { from: counted, ...why } };
}
