import type { IsoDay } from "@/lib/dates";
import { parseInput } from "@/lib/errors/validation";
import type { PermitCategory, Region } from "@/lib/generated/prisma/enums";
import { inForce } from "@/lib/reference/dated";
import { countTerm, type CountedTerm, type LastDayMove, type TermLength } from "./counting";
import { deadlineRequestSchema, type DeadlineEvent } from "./deadline-request";
import {
  TERM_RULE_SET,
  TERM_SOURCES,
  type Addressee,
  type AppealAgainst,
  type AppealBody,
  type AppealFiler,
  type AppealRule,
  type AppealType,
  type TermRule,
  type TermRuleSet,
} from "./term-rules";

export type TermKind = TermRule["kind"];

/** A source a term cites: REFERENCE.md's id, the page's title, and its address when it is public. */
export interface CitedSource {
  ref: string;
  title: string;
  url: string | null;
}

/** What every term of the answer has: where it comes from, and when it ends. */
interface TermBase {
  /** The dated rule row the term came from, for a dossier to store (ApplicationTerm.ruleId). */
  ruleId: string;
  sources: CitedSource[];
  length: TermLength;
  startsAfter: IsoDay;
  lastDay: IsoDay;
  /** Only when the counted last day was a Saturday, Sunday or legal holiday: the day it moved from and why. */
  lastDayMovedToNextWorkingDay?: LastDayMove;
}

export type AdmissibilityTerm =
  | (TermBase & { term: "ADMISSIBILITY_DECISION"; region: Region })
  /** No source gives the region's term: the screen must say that no term is known. */
  | (Omit<TermBase, "length" | "lastDay"> & {
      term: "ADMISSIBILITY_DECISION";
      region: Region;
      length: null;
      lastDay: null;
      unknownBecause: "NO_TERM_KNOWN_FOR_REGION";
    });

export interface InformationRequestTerm extends TermBase {
  term: "ANSWER_ADDITIONAL_INFORMATION_REQUEST";
  ifNotAnsweredInTime: "DECLARED_INADMISSIBLE";
  inadmissibilityNotifiedTo: "EMPLOYER";
  inadmissibilityNotifiedBy: "REGIONAL_SERVICE";
  inadmissibilityNotifiedByRegisteredLetter: true;
}

export interface DecisionTerm extends TermBase {
  term: "DECISION_ON_MERITS";
  category: PermitCategory;
  /** Counted from admissibility (the Belgian rule, seed 001). */
  countedFrom: "ADMISSIBILITY";
  tacitApprovalWhenTermPasses: boolean;
  /** Annex 47 (deemed granted) when the term passes with tacit approval; null otherwise. */
  annexWhenTermPasses: "ANNEX_47" | null;
  /** What the portal does when the term passes without a decision. */
  whenTermPasses: "DEEMED_GRANTED" | "FLAGGED_OVERDUE";
  /** The Single Permit Directive's clock, of the same length, counted from submission: shown beside the Belgian one. */
  directiveClock: CountedTerm & { from: "SUBMISSION"; length: TermLength };
}

export interface AppealTerm extends TermBase {
  term: "APPEAL";
  against: AppealAgainst;
  appealTo: AppealBody;
  appealType: AppealType;
  form: AppealRule["form"];
  mayBeFiledBy: AppealFiler[];
  refusalAnnex: AppealRule["refusalAnnex"];
  /** Where to send it, in each language; null when the sources give no address (then `addresseeUnknownBecause`). */
  addressee: Addressee | null;
  addresseeUnknownBecause?: "NO_ADDRESS_IN_SOURCES";
}

export type Term = AdmissibilityTerm | InformationRequestTerm | DecisionTerm | AppealTerm;

/** The answer of `POST /api/v1/deadlines`, of the public page and of the dossiers' terms (issue 10, item 6). */
export interface TermsAnswer {
  terms: Term[];
}

export interface TermsQuestion {
  event: DeadlineEvent;
  /** YYYY-MM-DD, the day of the event (receipt, notification, admissibility). */
  eventDate: IsoDay;
  region?: Region | null;
  category?: PermitCategory | null;
  /** YYYY-MM-DD, the day the application was submitted: needed with DECLARED_ADMISSIBLE. */
  submissionDate?: IsoDay | null;
}

/** The one row in force on `day` that `matches`; the rows are kept without overlaps (their test). */
function ruleFor<Row extends TermRule>(rows: readonly Row[], day: IsoDay, matches: (row: Row) => boolean): Row {
  const row = inForce(rows, day).find(matches);
  // Rows exist from FIRST_TERM_DAY for every region, category and appeal; the request schema refuses earlier days.
  if (!row) throw new Error(`No term rule in force on ${day}`);
  return row;
}

const cite = (rule: TermRule): CitedSource[] => rule.sources.map((code) => ({ ...TERM_SOURCES[code] }));

function baseOf(rule: TermRule & { length: TermLength }, eventDate: IsoDay): TermBase {
  return { ruleId: rule.id, sources: cite(rule), length: rule.length, ...countTerm(eventDate, rule.length) };
}

function admissibilityTerm(rules: TermRuleSet, region: Region, eventDate: IsoDay): AdmissibilityTerm {
  const rule = ruleFor(rules.admissibility, eventDate, (row) => row.region === region);
  if (rule.length === null) {
    return { term: "ADMISSIBILITY_DECISION", region, ruleId: rule.id, sources: cite(rule), length: null, startsAfter: eventDate, lastDay: null, unknownBecause: "NO_TERM_KNOWN_FOR_REGION" };
  }
  return { term: "ADMISSIBILITY_DECISION", region, ...baseOf({ ...rule, length: rule.length }, eventDate) };
}

function informationRequestTerm(rules: TermRuleSet, eventDate: IsoDay): InformationRequestTerm {
  const rule = ruleFor(rules.informationRequest, eventDate, () => true);
  return {
    term: "ANSWER_ADDITIONAL_INFORMATION_REQUEST",
    ...baseOf(rule, eventDate),
    ifNotAnsweredInTime: "DECLARED_INADMISSIBLE",
    inadmissibilityNotifiedTo: "EMPLOYER",
    inadmissibilityNotifiedBy: "REGIONAL_SERVICE",
    inadmissibilityNotifiedByRegisteredLetter: true,
  };
}

function decisionTerm(rules: TermRuleSet, category: PermitCategory, admissibleOn: IsoDay, submittedOn: IsoDay): DecisionTerm {
  const rule = ruleFor(rules.decision, admissibleOn, (row) => row.categories.includes(category));
  return {
    term: "DECISION_ON_MERITS",
    category,
    ...baseOf(rule, admissibleOn),
    countedFrom: "ADMISSIBILITY",
    tacitApprovalWhenTermPasses: rule.tacitApprovalWhenTermPasses,
    annexWhenTermPasses: rule.tacitApprovalWhenTermPasses ? "ANNEX_47" : null,
    whenTermPasses: rule.tacitApprovalWhenTermPasses ? "DEEMED_GRANTED" : "FLAGGED_OVERDUE",
    directiveClock: { from: "SUBMISSION", length: rule.length, ...countTerm(submittedOn, rule.length) },
  };
}

function appealTerm(rules: TermRuleSet, against: AppealAgainst, eventDate: IsoDay, region: Region | null): AppealTerm {
  const rule = ruleFor(rules.appeal, eventDate, (row) => row.against === against && (row.region === null || row.region === region));
  return {
    term: "APPEAL",
    ...baseOf(rule, eventDate),
    against,
    appealTo: rule.appealTo,
    appealType: rule.appealType,
    form: rule.form,
    mayBeFiledBy: [...rule.mayBeFiledBy],
    refusalAnnex: rule.refusalAnnex,
    addressee: rule.addressee,
    ...(rule.addressee === null && rule.appealTo === "REGIONAL_MINISTER_OF_EMPLOYMENT" ? { addresseeUnknownBecause: "NO_ADDRESS_IN_SOURCES" as const } : {}),
  };
}

/**
 * The terms that start with an event, counted by the rules in force on the event's day: the one
 * computation behind `POST /api/v1/deadlines`, the public page and the dossiers' stored terms.
 * Checks its input with `deadlineRequestSchema` all the same: a missing region
 * (APPLICATION_RECEIVED, WORK_PART_REFUSAL_NOTIFIED), category or submission day
 * (DECLARED_ADMISSIBLE) throws an AppError VALIDATION with an error at that field. Pure: no
 * database, no clock.
 */
export function termsAfter(input: TermsQuestion, rules: TermRuleSet = TERM_RULE_SET): TermsAnswer {
  return termsForRequest(input, rules);
}

/** `termsAfter` for a request body or a form post, whatever it holds. */
export function termsForRequest(body: unknown, rules: TermRuleSet = TERM_RULE_SET): TermsAnswer {
  const { event, eventDate, region, category, submissionDate } = parseInput(deadlineRequestSchema, body);
  // The schema refuses a missing region, category or submission day for the events that need them.
  const required = <Value>(value: Value | null | undefined): Value => {
    if (value === null || value === undefined) throw new Error(`${event} needs a value the schema let through`);
    return value;
  };
  switch (event) {
    case "APPLICATION_RECEIVED":
      return { terms: [admissibilityTerm(rules, required(region), eventDate)] };
    case "ADDITIONAL_INFORMATION_REQUEST_NOTIFIED":
      return { terms: [informationRequestTerm(rules, eventDate)] };
    case "DECLARED_ADMISSIBLE":
      return { terms: [decisionTerm(rules, required(category), eventDate, required(submissionDate))] };
    case "INADMISSIBILITY_DECISION_NOTIFIED":
      return { terms: [appealTerm(rules, "INADMISSIBILITY", eventDate, null)] };
    case "WORK_PART_REFUSAL_NOTIFIED":
      return { terms: [appealTerm(rules, "WORK_PART_REFUSAL", eventDate, required(region))] };
    case "MINISTER_APPEAL_REJECTED_NOTIFIED":
      return { terms: [appealTerm(rules, "MINISTER_APPEAL_REJECTION", eventDate, null)] };
    case "RESIDENCE_REFUSAL_NOTIFIED":
      return { terms: [appealTerm(rules, "RESIDENCE_REFUSAL", eventDate, null)] };
  }
}
