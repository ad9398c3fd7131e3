import type { IsoDay } from "@/lib/dates";
import { parseInput } from "@/lib/errors/validation";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/locales";
import { checklistFor, type Checklist } from "./checklist";
import type { InCountryException, InCountryReason } from "./in-country";
import { checklistQuestionsSchema } from "./questions";
import { LEGAL_SOURCES, type LegalSourceCode } from "./sources";

/** One document of the answer, in the reader's language. */
export interface ExplainedDocument {
  code: DocumentKind;
  /** The document's name. */
  name: string;
  /** Codes of the documents this one may replace (then it is an alternative, not required itself). */
  acceptedInsteadOf: DocumentKind[];
  /** Why it is asked, with the figures that apply (fee, account). */
  reason: string;
  /** The dated rule that asks for it. */
  ruleId: string;
  /** Where the rule comes from: a stable code, its title, and its public page when there is one. */
  source: { code: LegalSourceCode; title: string; url: string | null };
}

/** The answer of `POST /api/v1/checklist` and of the public page (issue 9, item 4). */
export interface ChecklistExplanation {
  /** The day the rules were applied (the request's filing date, or today). */
  filingDate: IsoDay;
  filingAllowed: boolean;
  diplomaticPostRequired: boolean;
  /** Whether the application may be filed from Belgium; null when the worker lives abroad. */
  inCountryApplicationAllowed: boolean | null;
  inCountryReason: InCountryReason | null;
  /** What stops a category exempt from the labour-market test from being filed from Belgium. */
  inCountryException: InCountryException | null;
  /** Where the worker applies from and why, in words. */
  explanation: string;
  documents: ExplainedDocument[];
  /** The dated rows that judged the answers. */
  appliedRuleIds: string[];
}

function explanationKey(checklist: Checklist): string {
  const { inCountry } = checklist;
  if (!inCountry.applies) return "inCountry.abroad";
  if (inCountry.exception) return `inCountry.${inCountry.exception}`;
  return `inCountry.${inCountry.reason}`;
}

/** The checklist in words, with `t` translating keys of the whole catalog. */
export function explainChecklistResult(checklist: Checklist, t: Translate): ChecklistExplanation {
  const ct: Translate = (key, values) => t(`checklist.${key}`, values);
  const { inCountry } = checklist;
  return {
    filingDate: checklist.filingDate,
    filingAllowed: checklist.filingAllowed,
    diplomaticPostRequired: checklist.diplomaticPostRequired,
    inCountryApplicationAllowed: inCountry.applies ? inCountry.allowed : null,
    inCountryReason: inCountry.applies ? inCountry.reason : null,
    inCountryException: inCountry.applies ? inCountry.exception : null,
    explanation: ct(explanationKey(checklist)),
    documents: checklist.items.map((item) => ({
      code: item.code,
      // One set of document names for the whole portal: the documents area's.
      name: t(`documents.kinds.${item.code}`),
      acceptedInsteadOf: item.acceptedInsteadOf,
      reason: ct(`reasons.${item.reason.key}`, item.reason.values),
      ruleId: item.ruleId,
      source: { code: item.source, title: ct(`sources.${item.source}`), url: LEGAL_SOURCES[item.source].url },
    })),
    appliedRuleIds: checklist.ruleIds,
  };
}

/**
 * "What must I upload?" for a request body (the API) or a form post (the page): parses with the
 * one schema and answers in the translator's language. Bad input throws an AppError VALIDATION
 * with one field error per field (catalog keys under `checklist.errors`). Pure: no database.
 */
export function explainChecklist(input: unknown, t: Translate, today: IsoDay): ChecklistExplanation {
  const { filingDate, ...answers } = parseInput(checklistQuestionsSchema(today), input);
  return explainChecklistResult(checklistFor(answers, filingDate), t);
}
