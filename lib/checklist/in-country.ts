import type { IsoDay } from "@/lib/dates";
import type { PermitCategory, StayType } from "@/lib/generated/prisma/enums";
import { inForce, type Dated } from "@/lib/reference/dated";
import type { ChecklistAnswers } from "./answers";

/**
 * May the application be filed for a worker who already lives in Belgium (DOMAIN.md §4, seed 001)?
 *  - never from an illegal stay or with a procedure document;
 *  - from a legal short or long stay when the category is exempt from the labour-market test
 *    (highly skilled, executives, medium-skilled shortage occupations, …), or when the worker is a
 *    long-term resident of another EU state asking for a second residence;
 *  - except that seasonal workers always apply from abroad, and trainees unless they already hold a
 *    long-stay authorisation (REFERENCE.md §3 [S26][S27]). The long-term resident's second
 *    residence is a right of its own (seed 001 names it beside the exemption), so it is not
 *    subject to these two exceptions.
 * Dated: a change of the rules is a new row.
 */

export const IN_COUNTRY_REASONS = [
  "EXEMPT_FROM_LABOUR_MARKET_TEST",
  "EU_LONG_TERM_RESIDENT_SECOND_RESIDENCE",
  "NOT_EXEMPT_FROM_LABOUR_MARKET_TEST",
  "ILLEGAL_STAY",
  "PROCEDURE_DOCUMENT",
] as const;
export type InCountryReason = (typeof IN_COUNTRY_REASONS)[number];

/** Why a category exempt from the labour-market test still cannot be filed from Belgium. */
export type InCountryException = "SEASONAL_WORKER_FROM_ABROAD" | "TRAINEE_NEEDS_LONG_STAY";

export interface InCountryRule extends Dated {
  /** Exempt from the labour-market test in every region. */
  exemptCategories: readonly PermitCategory[];
  /** Always filed from abroad. */
  fromAbroadOnly: readonly PermitCategory[];
  /** Filed from Belgium only from a legal long stay. */
  longStayOnly: readonly PermitCategory[];
}

export const IN_COUNTRY_RULES: readonly InCountryRule[] = [
  {
    // The seed (2021) already states the rule; the combined-permit procedure began on 1 January 2019.
    id: "in-country.2019",
    validFrom: "2019-01-01",
    validUntil: null,
    source: "Seed 001 (Aanvraag vanuit België?); REFERENCE.md §3 [S1][S21][S24][S26][S27]",
    exemptCategories: ["HIGHLY_SKILLED", "EXECUTIVE", "EU_BLUE_CARD", "INTRA_CORPORATE_TRANSFEREE", "RESEARCHER", "TRAINEE", "MEDIUM_SKILLED_SHORTAGE"],
    fromAbroadOnly: ["SEASONAL_WORKER"],
    longStayOnly: ["TRAINEE"],
  },
];

export type InCountryDecision =
  /** The worker lives abroad: the rule does not apply (a diplomatic post does). */
  | { applies: false }
  | { applies: true; allowed: boolean; reason: InCountryReason; exception: InCountryException | null; ruleId: string };

export type InCountryAnswers = Pick<ChecklistAnswers, "workerLocation" | "stayType" | "euLongTermResidentSeekingSecondResidence" | "category">;

export function inCountryRuleOn(day: IsoDay): InCountryRule {
  const [rule] = inForce(IN_COUNTRY_RULES, day);
  // The answers' schema refuses days before the first rule.
  if (!rule) throw new Error(`No in-country filing rule in force on ${day}`);
  return rule;
}

/**
 * The decision for a worker in Belgium. A worker in Belgium whose kind of stay is not known yet
 * (`stayType` null) is judged as on a legal short stay, the narrower legal stay.
 */
export function inCountryFiling(answers: InCountryAnswers, day: IsoDay): InCountryDecision {
  if (answers.workerLocation === "ABROAD") return { applies: false };
  const rule = inCountryRuleOn(day);
  const decide = (allowed: boolean, reason: InCountryReason, exception: InCountryException | null = null): InCountryDecision => ({
    applies: true,
    allowed,
    reason,
    exception,
    ruleId: rule.id,
  });
  const refusedStay = inCountryStayRefusal(answers.stayType);
  if (refusedStay) return decide(false, refusedStay);
  if (answers.euLongTermResidentSeekingSecondResidence) return decide(true, "EU_LONG_TERM_RESIDENT_SECOND_RESIDENCE");
  if (rule.fromAbroadOnly.includes(answers.category)) {
    const reason = rule.exemptCategories.includes(answers.category) ? "EXEMPT_FROM_LABOUR_MARKET_TEST" : "NOT_EXEMPT_FROM_LABOUR_MARKET_TEST";
    return decide(false, reason, "SEASONAL_WORKER_FROM_ABROAD");
  }
  if (!rule.exemptCategories.includes(answers.category)) return decide(false, "NOT_EXEMPT_FROM_LABOUR_MARKET_TEST");
  if (rule.longStayOnly.includes(answers.category) && answers.stayType !== "LEGAL_LONG_STAY") {
    return decide(false, "EXEMPT_FROM_LABOUR_MARKET_TEST", "TRAINEE_NEEDS_LONG_STAY");
  }
  return decide(true, "EXEMPT_FROM_LABOUR_MARKET_TEST");
}

/**
 * The kinds of stay no application can be filed from, whatever the category: the filing's first
 * step refuses them at once, before anything else is asked.
 */
export function inCountryStayRefusal(stayType: StayType | null): Extract<InCountryReason, "ILLEGAL_STAY" | "PROCEDURE_DOCUMENT"> | null {
  return stayType === "ILLEGAL_STAY" || stayType === "PROCEDURE_DOCUMENT" ? stayType : null;
}
