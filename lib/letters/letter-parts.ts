import { dayToDate, type IsoDay } from "@/lib/dates";
import type { PermitCategory } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { LetterDocument } from "./letter-document";
import type { AppealInput, WorkerIdentity } from "./letter-input";
import type { LetterTexts } from "./texts";

/** The pieces the decision letters and the annexes share, in the reader's language. */
export interface LetterLanguage {
  locale: Locale;
  texts: LetterTexts;
  /** "1 December 2026", "1 décembre 2026", … */
  day(day: IsoDay): string;
  country(code: string): string;
  /** The category's name as the portal's pages show it (messages/<locale>/portal.json). */
  category(category: PermitCategory): string;
}

export async function letterLanguage(locale: Locale, texts: LetterTexts): Promise<LetterLanguage> {
  const { categories } = await loadMessages(locale);
  // Days are calendar days: formatted at midnight UTC so that no time zone moves them.
  const days = new Intl.DateTimeFormat(`${locale}-BE`, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const countries = new Intl.DisplayNames([`${locale}-BE`], { type: "region", fallback: "code" });
  return {
    locale,
    texts,
    day: (day) => days.format(dayToDate(day)),
    country: (code) => countries.of(code) ?? code,
    category: (category) => categories[category],
  };
}

export function workerFields(document: LetterDocument, language: LetterLanguage, worker: WorkerIdentity): void {
  const { texts } = language;
  document.field(texts.worker, `${worker.givenNames} ${worker.familyName}`);
  document.field(texts.dateOfBirth, language.day(worker.dateOfBirth));
  document.field(texts.nationality, language.country(worker.nationality));
}

/** The appeal: to whom, what kind, where to send it, its form, who may file it, its term and last day. */
export function appealSection(document: LetterDocument, language: LetterLanguage, appeal: AppealInput): void {
  const { texts } = language;
  document.heading(texts.appealHeading);
  document.text(texts.appealStatement(appeal.appealType, appeal.appealTo));
  document.text(`${texts.sendTo}:`, { bold: true, after: 2 });
  document.address(appeal.addressee.name, appeal.addressee.addressLines);
  const form = (["registeredLetter", "motivated", "inANationalLanguage"] as const).filter((condition) => appeal.form?.[condition]);
  if (form.length > 0) document.field(texts.form, form.map((condition) => texts.formItems[condition]).join("; "));
  document.field(texts.mayBeFiledBy, appeal.mayBeFiledBy.map((appellant) => texts.appellants[appellant]).join("; "));
  document.field(texts.term, texts.termLength(appeal.length.value, appeal.length.unit));
  document.field(texts.lastDay, language.day(appeal.lastDay));
  if (appeal.lastDayMovedToNextWorkingDay) document.text(texts.lastDayMoved, { grey: true });
}
