/**
 * Calendar days as the law counts them: ISO dates ("2026-11-24") in Belgian time. Date-only
 * database columns hold them as midnight UTC, which these helpers convert to and from.
 */
export type IsoDay = string;

const BRUSSELS = "Europe/Brussels";

// en-CA formats as YYYY-MM-DD. Made once: building a formatter costs more than formatting with it.
const belgianDay = new Intl.DateTimeFormat("en-CA", { timeZone: BRUSSELS, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day in Belgium at the given moment (not the UTC day: 00:30 in Brussels is still "tomorrow" there). */
export function dayInBelgium(moment: Date = new Date()): IsoDay {
  return belgianDay.format(moment);
}

/** The year in Belgium at the given moment. */
export function yearInBelgium(moment: Date = new Date()): number {
  return Number(dayInBelgium(moment).slice(0, 4));
}

export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A day as the value of a date-only column. */
export function dayToDate(day: IsoDay): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A date-only column's value as a day. */
export function dateToDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

/**
 * The day `months` calendar months after `day` (before it when negative), as the law counts
 * months (DOMAIN.md): the same day number, or the last day of a shorter month (31 January + 1
 * month = 28 or 29 February). Years are 12 months: a birthday on 29 February falls on 28 February
 * in other years.
 */
export function addMonths(day: IsoDay, months: number): IsoDay {
  const [year = 0, month = 1, dayOfMonth = 1] = day.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(dayOfMonth, lastDay));
  return dateToDay(target);
}

/** The day `days` calendar days after `day` (before it when negative). */
export function addDays(day: IsoDay, days: number): IsoDay {
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dateToDay(date);
}
