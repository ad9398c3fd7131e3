import type { Annex, AppealBody, AppealFiler, AppealType, NegativeDecision } from "../letter-input";

/**
 * The words of the letters and annexes in one language. A typed catalog rather than messages/*.json:
 * the compiler holds every language to every text, and the texts that take values are functions
 * with typed parameters. Dates, countries and categories arrive already written in the language.
 */
export interface LetterTexts {
  /** BCP 47 tag set as the PDF's language. */
  languageTag: string;
  registeredLetter: string;
  subject: string;
  reference: string;
  date: string;
  decisionDate: string;
  worker: string;
  dateOfBirth: string;
  nationality: string;
  category: string;
  employer: string;
  enterpriseNumber: string;
  page: (page: number, pages: number) => string;

  salutation: string;
  closing: string;
  decisionTitle: Record<NegativeDecision, string>;
  decisionStatement: (decision: NegativeDecision, authority: string, day: string) => string;
  recordedByPortal: (authority: string) => string;
  annex48Enclosed: string;
  motivation: string;

  appealHeading: string;
  appealStatement: (type: AppealType, body: AppealBody) => string;
  sendTo: string;
  form: string;
  formItems: { registeredLetter: string; motivated: string; inANationalLanguage: string };
  mayBeFiledBy: string;
  appellants: Record<AppealFiler, string>;
  term: string;
  termLength: (value: number, unit: "DAYS" | "MONTHS") => string;
  lastDay: string;
  lastDayMoved: string;

  annexTitle: (annex: Annex) => string;
  annexSubtitle: Record<Annex, string>;
  legalBasis: string;
  legalBasisText: (annex: Annex) => string;
  rendition: (annex: Annex) => string;
  grantStatement: (authority: string) => string;
  deemedGrantStatement: (authority: string, termLastDay: string) => string;
  refusalStatement: (authority: string) => string;
  nextSteps: string;
  nextAbroad: (post: string) => string;
  nextInBelgium: (day: string) => string;
  residenceCard: (card: string) => string;
  cassation: string;
}
