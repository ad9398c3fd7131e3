import { addDays, type IsoDay } from "@/lib/dates";

/**
 * Belgium's ten legal holidays (wettelijke feestdagen / jours fériés légaux), the days a term's
 * last day may not fall on (Judicial Code art. 53, REFERENCE §4). Source: the Law of 4 January
 * 1974 on public holidays (Wet betreffende de feestdagen / Loi relative aux jours fériés) and the
 * Royal Decree of 18 April 1974 implementing it (Belgian Official Gazette of 24 April 1974), art. 1,
 * which lists exactly these ten days. Not in REFERENCE.md's source list: general knowledge, see
 * docs/decisions/terms-and-counting.md.
 *
 * Not on the list, and so not legal holidays here: the German-speaking Community's day (15
 * November) and the other communities' and regions' days (11 July, 27 September, 8 May …) are days
 * off for those governments' staff, set by their own decrees, not national legal holidays; nor are
 * Easter Sunday and Whit Sunday listed (they are Sundays anyway).
 */
export const LEGAL_HOLIDAYS = [
  "NEW_YEARS_DAY",
  "EASTER_MONDAY",
  "LABOUR_DAY",
  "ASCENSION_DAY",
  "WHIT_MONDAY",
  "NATIONAL_DAY",
  "ASSUMPTION_DAY",
  "ALL_SAINTS_DAY",
  "ARMISTICE_DAY",
  "CHRISTMAS_DAY",
] as const;

export type LegalHoliday = (typeof LEGAL_HOLIDAYS)[number];

const pad = (n: number) => String(n).padStart(2, "0");
const dayOf = (year: number, month: number, day: number): IsoDay => `${year}-${pad(month)}-${pad(day)}`;

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): IsoDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

/** The legal holidays of a year, by day. */
export function legalHolidaysOf(year: number): Map<IsoDay, LegalHoliday> {
  const easter = easterSunday(year);
  return new Map<IsoDay, LegalHoliday>([
    [dayOf(year, 1, 1), "NEW_YEARS_DAY"],
    [addDays(easter, 1), "EASTER_MONDAY"],
    [dayOf(year, 5, 1), "LABOUR_DAY"],
    [addDays(easter, 39), "ASCENSION_DAY"],
    [addDays(easter, 50), "WHIT_MONDAY"],
    [dayOf(year, 7, 21), "NATIONAL_DAY"],
    [dayOf(year, 8, 15), "ASSUMPTION_DAY"],
    [dayOf(year, 11, 1), "ALL_SAINTS_DAY"],
    [dayOf(year, 11, 11), "ARMISTICE_DAY"],
    [dayOf(year, 12, 25), "CHRISTMAS_DAY"],
  ]);
}

/** The legal holiday on that day, or null. */
export function legalHolidayOn(day: IsoDay): LegalHoliday | null {
  return legalHolidaysOf(Number(day.slice(0, 4))).get(day) ?? null;
}

/** Why a day is not a working day: a Saturday, a Sunday or a legal holiday; null on a working day. */
export type NonWorkingDayReason = { reason: "SATURDAY" | "SUNDAY" } | { reason: "LEGAL_HOLIDAY"; holiday: LegalHoliday };

export function nonWorkingDayReason(day: IsoDay): NonWorkingDayReason | null {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return { reason: "SATURDAY" };
  if (weekday === 0) return { reason: "SUNDAY" };
  const holiday = legalHolidayOn(day);
  return holiday ? { reason: "LEGAL_HOLIDAY", holiday } : null;
}

export function isWorkingDay(day: IsoDay): boolean {
  return nonWorkingDayReason(day) === null;
}

/** The day itself when it is a working day, else the first working day after it. */
export function workingDayFrom(day: IsoDay): IsoDay {
  let candidate = day;
  while (!isWorkingDay(candidate)) candidate = addDays(candidate, 1);
  return candidate;
}

/**
 * The last day of a term of `count` working days after `day` (the day itself not counted), e.g.
 * the 8 working days a worker in Belgium has to register at the municipality after receiving
 * annex 46 or 47 (REFERENCE §4, [S39]).
 */
export function addWorkingDays(day: IsoDay, count: number): IsoDay {
  let current = day;
  for (let counted = 0; counted < count; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}
