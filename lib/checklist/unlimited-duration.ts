import type { IsoDay } from "@/lib/dates";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import type { WorkBasis } from "@/lib/eligibility/eligibility-rules";
import { inForce, type Dated } from "@/lib/reference/dated";
import { feeReason, feeRowIds, type ChecklistItem, type ChecklistReason } from "./checklist";
import type { LegalSourceCode } from "./sources";

/**
 * The documents of the worker's own application for the combined permit of unlimited duration
 * (seed 002, step 2), derived from the answers and the filing day; copies suffice:
 *  - identity: abroad, a foreign identity card or the personal-data page of an international
 *    passport; in Belgium, the Belgian residence permit showing the legal stay;
 *  - the payslips over the whole validity of the most recent work authorisation — work card and
 *    work permit for employment before 1 January 2019, combined permit after;
 *  - the current employment contract, or without one a document proving sufficient means;
 *  - proof of health insurance covering all risks for the worker and their family;
 *  - the Immigration Office's fee unless an exemption is claimed (REFERENCE §2: a change of status
 *    needs a new fee).
 * Each item is a dated rule with its reason and source, like the fixed-duration checklist.
 */

export interface UnlimitedDurationAnswers {
  workerLocation: "ABROAD" | "BELGIUM";
  /** The work periods of the eligibility answers; the most recent work authorisation is read from them. */
  workPeriods: readonly { from: IsoDay; to: IsoDay; basis: WorkBasis }[];
  hasCurrentEmploymentContract: boolean;
  feeExemptionClaimed: boolean;
}

/** The kind of work authorisation of a period, by the day its employment began (seed 002). */
export type WorkAuthorisationKind = "WORK_CARD_AND_PERMIT" | "COMBINED_PERMIT";

/** The day from which employment was authorised by a combined permit instead of a work card and permit. */
export const COMBINED_PERMIT_FROM: IsoDay = "2019-01-01";

export interface MostRecentAuthorisation {
  kind: WorkAuthorisationKind;
  from: IsoDay;
  to: IsoDay;
}

/**
 * The most recent work authorisation among the periods worked on one (work card or combined
 * permit): the one that ended last (on a tie, began last). Null when none is given.
 */
export function mostRecentAuthorisation(periods: UnlimitedDurationAnswers["workPeriods"]): MostRecentAuthorisation | null {
  const authorised = periods.filter((period) => period.basis === "SINGLE_PERMIT" || period.basis === "WORK_CARD");
  const [latest] = [...authorised].sort((a, b) => b.to.localeCompare(a.to) || b.from.localeCompare(a.from));
  if (!latest) return null;
  return { kind: latest.from < COMBINED_PERMIT_FROM ? "WORK_CARD_AND_PERMIT" : "COMBINED_PERMIT", from: latest.from, to: latest.to };
}

interface Context {
  answers: UnlimitedDurationAnswers;
  day: IsoDay;
}

interface UnlimitedRule extends Dated {
  document: DocumentKind;
  legalSource: LegalSourceCode;
  appliesTo: (context: Context) => boolean;
  reason: (context: Context) => ChecklistReason;
  usesRows?: (context: Context) => string[];
}

const SINCE_2019 = { validFrom: "2019-01-01", validUntil: null } as const;
const SEED_002 = "Seed 002 (Aanvraag, stap 2); REFERENCE.md §5 [S33]";
const always = () => true;
const reason = (key: string) => () => ({ key, values: {} });

export const UNLIMITED_DURATION_RULES: readonly UnlimitedRule[] = [
  {
    id: "checklist.unlimited.identity-abroad.2019",
    ...SINCE_2019,
    source: SEED_002,
    document: "PASSPORT",
    legalSource: "UNLIMITED_DURATION_PERMIT",
    appliesTo: ({ answers }) => answers.workerLocation === "ABROAD",
    reason: reason("unlimitedIdentityAbroad"),
  },
  {
    id: "checklist.unlimited.residence-permit.2019",
    ...SINCE_2019,
    source: SEED_002,
    document: "LEGAL_STAY_PROOF",
    legalSource: "UNLIMITED_DURATION_PERMIT",
    appliesTo: ({ answers }) => answers.workerLocation === "BELGIUM",
    reason: reason("unlimitedResidencePermit"),
  },
  {
    id: "checklist.unlimited.payslips.2019",
    ...SINCE_2019,
    source: SEED_002,
    document: "PAYSLIPS",
    legalSource: "UNLIMITED_DURATION_PERMIT",
    appliesTo: always,
    reason: ({ answers }): ChecklistReason => {
      const authorisation = mostRecentAuthorisation(answers.workPeriods);
      if (!authorisation) return { key: "unlimitedPayslipsNoPeriod", values: {} };
      const key = authorisation.kind === "WORK_CARD_AND_PERMIT" ? "unlimitedPayslipsWorkCard" : "unlimitedPayslipsCombinedPermit";
      return { key, values: { from: authorisation.from, to: authorisation.to } };
    },
  },
  {
    id: "checklist.unlimited.employment-contract.2019",
    ...SINCE_2019,
    source: SEED_002,
    document: "EMPLOYMENT_CONTRACT",
    legalSource: "UNLIMITED_DURATION_PERMIT",
    appliesTo: ({ answers }) => answers.hasCurrentEmploymentContract,
    reason: reason("unlimitedEmploymentContract"),
  },
  {
    id: "checklist.unlimited.sufficient-means.2019",
    ...SINCE_2019,
    source: SEED_002,
    document: "SUFFICIENT_MEANS_PROOF",
    legalSource: "UNLIMITED_DURATION_PERMIT",
    appliesTo: ({ answers }) => !answers.hasCurrentEmploymentContract,
    reason: reason("unlimitedSufficientMeans"),
  },
  {
    id: "checklist.unlimited.health-insurance.2019",
    ...SINCE_2019,
    source: SEED_002,
    document: "HEALTH_INSURANCE_PROOF",
    legalSource: "UNLIMITED_DURATION_PERMIT",
    appliesTo: always,
    reason: reason("unlimitedHealthInsurance"),
  },
  {
    id: "checklist.unlimited.fee-payment-proof.2019",
    ...SINCE_2019,
    source: "REFERENCE.md §2 [S8][S11][S52] (a change of status needs a new fee)",
    document: "FEE_PAYMENT_PROOF",
    legalSource: "ADMINISTRATIVE_FEE",
    appliesTo: ({ answers }) => !answers.feeExemptionClaimed,
    reason: feeReason,
    usesRows: ({ day }) => feeRowIds(day),
  },
];

export interface UnlimitedDurationChecklist {
  filingDate: IsoDay;
  items: ChecklistItem[];
  /** The dated rows that judged the answers, for the dossier (Application.appliedRuleIds). */
  ruleIds: string[];
}

/** The documents the worker's own unlimited-duration application needs on the filing day. */
export function unlimitedDurationChecklist(answers: UnlimitedDurationAnswers, day: IsoDay): UnlimitedDurationChecklist {
  const context: Context = { answers, day };
  const rules = inForce(UNLIMITED_DURATION_RULES, day).filter((rule) => rule.appliesTo(context));
  return {
    filingDate: day,
    items: rules.map((rule): ChecklistItem => ({ code: rule.document, acceptedInsteadOf: [], reason: rule.reason(context), source: rule.legalSource, ruleId: rule.id })),
    ruleIds: rules.flatMap((rule) => [rule.id, ...(rule.usesRows?.(context) ?? [])]),
  };
}
