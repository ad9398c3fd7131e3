import { addDays, addMonths, dayInBelgium, dayToDate, type IsoDay } from "@/lib/dates";
import { parseInput } from "@/lib/errors/validation";
import { inForce } from "@/lib/reference/dated";
import { eligibilityRequestSchema, type EligibilityRequest } from "./eligibility-request";
import {
  CATEGORY_RULES,
  INCAPACITY_RULES,
  WORK_BASIS_RULES,
  type CategoryRule,
  type EligibilityCategory,
  type ExclusionReason,
  type IncapacityRule,
  type WorkBasis,
  type WorkBasisRule,
} from "./eligibility-rules";

/** A condition of a category that the person does not meet: the "why" of a category not met. */
export type UnmetCondition = "LEGAL_RESIDENCE_IN_BELGIUM" | "EU_LONG_TERM_RESIDENT_IN_OTHER_MEMBER_STATE" | "NOT_ENOUGH_WORK_IN_WINDOW";

export interface CategoryAssessment {
  /** The dated rule that judged the category. */
  ruleId: string;
  /** The window's first and last day; the last is the application date. */
  windowFrom: IsoDay;
  windowTo: IsoDay;
  /** Days of the window on which the person worked in a way that counts, each day once. */
  countedDays: number;
  /** The days of the work the category needs: the calendar span (4 years, 12 months) ending on the application date. */
  requiredDays: number;
  met: boolean;
  /** Empty when met. */
  unmetConditions: UnmetCondition[];
}

/** A period left out of the count, with the seed's reason; `incapacityPeriod` is null for a whole work period. */
export interface ExcludedPeriod {
  workPeriod: number;
  incapacityPeriod: number | null;
  from: IsoDay;
  to: IsoDay;
  basis: WorkBasis;
  reason: ExclusionReason;
  ruleId: string;
}

export interface EligibilityAnswer {
  eligible: boolean;
  categoriesMet: EligibilityCategory[];
  category1: CategoryAssessment;
  category2: CategoryAssessment;
  excludedPeriods: ExcludedPeriod[];
}

/** The rules that judge one application date: one row of each kind. */
export interface EligibilityRuleSet {
  categories: readonly CategoryRule[];
  bases: readonly WorkBasisRule[];
  incapacity: readonly IncapacityRule[];
}

export const ELIGIBILITY_RULE_SET: EligibilityRuleSet = { categories: CATEGORY_RULES, bases: WORK_BASIS_RULES, incapacity: INCAPACITY_RULES };

function onlyRowInForce<Row extends { id: string; validFrom: IsoDay; validUntil: IsoDay | null; source: string }>(rows: readonly Row[], day: IsoDay, what: string): Row {
  const [row, ...others] = inForce(rows, day);
  // The request schema refuses days before the first rules; reference data has one row per key and day (tested).
  if (!row || others.length > 0) throw new Error(`Not exactly one ${what} rule in force on ${day}`);
  return row;
}

/** Days as whole numbers, so that spans of days can be cut and joined. */
const dayNumber = (day: IsoDay) => dayToDate(day).getTime() / 86_400_000;

/** Consecutive days, both ends included. */
interface Span {
  from: number;
  to: number;
}

/** `span` without the days of `holes`. */
function without(span: Span, holes: Span[]): Span[] {
  const pieces: Span[] = [];
  let from = span.from;
  for (const hole of [...holes].sort((a, b) => a.from - b.from)) {
    if (hole.to < from || hole.from > span.to) continue;
    if (hole.from > from) pieces.push({ from, to: hole.from - 1 });
    from = Math.max(from, hole.to + 1);
  }
  if (from <= span.to) pieces.push({ from, to: span.to });
  return pieces;
}

/** How many days of `window` at least one of `spans` covers: a day covered by several counts once. */
function daysCovered(spans: Span[], window: Span): number {
  let counted = 0;
  let countedUpTo = window.from - 1;
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    const from = Math.max(span.from, countedUpTo + 1);
    const to = Math.min(span.to, window.to);
    if (to >= from) {
      counted += to - from + 1;
      countedUpTo = to;
    }
  }
  return counted;
}

/**
 * Whether the person may apply for the combined permit of unlimited duration on the application
 * date (seed 002), judged by the rules in force on that day:
 *  - work counts only on a work card or a combined (single) permit; posting, au pair, trainee
 *    without an employment contract and a right to work from residence status are left out, each
 *    with the seed's reason;
 *  - incapacity for work inside a counting period counts as work when its cause is one the seed
 *    names and it began during regular employment by an employer established in Belgium; other
 *    incapacity days are left out of that period (another period may still cover them);
 *  - both ends of a period count, and a day covered by several periods counts once;
 *  - each category's window is the calendar span ending on the application date (60 or 18 months),
 *    and the work it needs is the number of days of the calendar span of 48 or 12 months ending on
 *    that day (1461, 365 or 366 days, as the leap days fall).
 */
export function assessUnlimitedDurationEligibility(input: EligibilityRequest, rules: EligibilityRuleSet = ELIGIBILITY_RULE_SET): EligibilityAnswer {
  const { applicationDate } = input;
  const incapacityRule = onlyRowInForce(rules.incapacity, applicationDate, "incapacity");
  const excludedPeriods: ExcludedPeriod[] = [];
  const workDays: Span[] = [];

  input.workPeriods.forEach((period, workPeriod) => {
    const basisRule = onlyRowInForce(
      rules.bases.filter((row) => row.basis === period.basis),
      applicationDate,
      `basis ${period.basis}`,
    );
    if (basisRule.exclusion !== null) {
      excludedPeriods.push({ workPeriod, incapacityPeriod: null, from: period.from, to: period.to, basis: period.basis, reason: basisRule.exclusion, ruleId: basisRule.id });
      return;
    }
    const notWorked: Span[] = [];
    period.incapacityPeriods.forEach((incapacity, incapacityPeriod) => {
      const counts =
        incapacityRule.countingCauses.includes(incapacity.cause) &&
        (!incapacityRule.mustBeginDuringRegularEmploymentByEmployerInBelgium || incapacity.startedDuringRegularEmploymentByEmployerEstablishedInBelgium);
      if (counts) return;
      notWorked.push({ from: dayNumber(incapacity.from), to: dayNumber(incapacity.to) });
      excludedPeriods.push({
        workPeriod,
        incapacityPeriod,
        from: incapacity.from,
        to: incapacity.to,
        basis: period.basis,
        reason: "INCAPACITY_NOT_BEGUN_DURING_REGULAR_EMPLOYMENT_BY_EMPLOYER_IN_BELGIUM",
        ruleId: incapacityRule.id,
      });
    });
    workDays.push(...without({ from: dayNumber(period.from), to: dayNumber(period.to) }, notWorked));
  });

  const assess = (category: EligibilityCategory): CategoryAssessment => {
    const rule = onlyRowInForce(
      rules.categories.filter((row) => row.category === category),
      applicationDate,
      `category ${category}`,
    );
    const windowFrom = addDays(addMonths(applicationDate, -rule.windowMonths), 1);
    const end = dayNumber(applicationDate);
    const countedDays = daysCovered(workDays, { from: dayNumber(windowFrom), to: end });
    const requiredDays = end - dayNumber(addMonths(applicationDate, -rule.requiredMonths));
    const unmetConditions: UnmetCondition[] = [];
    if (rule.requiresEuLongTermResidentInOtherMemberState && !input.euLongTermResidentInOtherMemberState) unmetConditions.push("EU_LONG_TERM_RESIDENT_IN_OTHER_MEMBER_STATE");
    if (rule.requiresLegalResidenceInBelgium && !input.legalResidenceInBelgium) unmetConditions.push("LEGAL_RESIDENCE_IN_BELGIUM");
    if (countedDays < requiredDays) unmetConditions.push("NOT_ENOUGH_WORK_IN_WINDOW");
    return { ruleId: rule.id, windowFrom, windowTo: applicationDate, countedDays, requiredDays, met: unmetConditions.length === 0, unmetConditions };
  };

  const category1 = assess(1);
  const category2 = assess(2);
  const categoriesMet = ([1, 2] as const).filter((category) => (category === 1 ? category1 : category2).met);
  return { eligible: categoriesMet.length > 0, categoriesMet, category1, category2, excludedPeriods };
}

/** `assessUnlimitedDurationEligibility` for a request body or a form post, whatever it holds; `today` (in Belgium) bounds the days. */
export function eligibilityForRequest(body: unknown, today: IsoDay = dayInBelgium()): EligibilityAnswer {
  return assessUnlimitedDurationEligibility(parseInput(eligibilityRequestSchema(today), body));
}
