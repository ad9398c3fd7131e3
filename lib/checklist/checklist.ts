import { addMonths, type IsoDay } from "@/lib/dates";
import { FEE_ACCOUNT, feeOn } from "@/lib/fees/fee";
import { formatIban } from "@/lib/identifiers/iban";
import type { DocumentKind, PermitCategory } from "@/lib/generated/prisma/enums";
import { inForce, type Dated } from "@/lib/reference/dated";
import type { ChecklistAnswers } from "./answers";
import { diplomaticPostRequired } from "./diplomatic-post-rule";
import { inCountryFiling, type InCountryDecision } from "./in-country";
import type { LegalSourceCode } from "./sources";

/**
 * "What must I upload?": the documents an application needs, derived from its answers and the
 * filing day. One function for the public page, the public API, the filing form and the
 * submission. Each item is a dated rule with its reason and source:
 *  - the general documents of seed 001 for everyone: passport, fee proof (unless an exemption is
 *    claimed), criminal record (only for a worker over 18 on the filing day, i.e. whose 18th
 *    birthday falls before it), medical certificate, health insurance (on a first application the
 *    employer's commitment to affiliate the worker is accepted instead), the employer's ID, the
 *    employment contract (a hosting agreement for researchers, a training agreement for trainees),
 *    the posting certificate on a posting, the proof for a regulated profession;
 *  - per category (seeds 001, 003; REFERENCE.md §8): the diploma for highly skilled workers and
 *    the EU Blue Card, the secondment letter for an ICT, the vacancy evidence for the residual
 *    category, which the labour-market test applies to;
 *  - from Belgium, the proof of the legal stay; for a long-term resident of another EU state, that
 *    status's residence permit.
 * An application that cannot be filed (from Belgium, see in-country.ts) needs no documents.
 */

export interface ChecklistReason {
  /** Catalog key under `checklist.reasons`. */
  key: string;
  values: Record<string, string | number>;
}

export interface ChecklistItem {
  code: DocumentKind;
  /** The documents this one may replace; an item with any is an alternative, not required itself. */
  acceptedInsteadOf: DocumentKind[];
  reason: ChecklistReason;
  source: LegalSourceCode;
  ruleId: string;
}

export interface Checklist {
  filingDate: IsoDay;
  filingAllowed: boolean;
  diplomaticPostRequired: boolean;
  inCountry: InCountryDecision;
  items: ChecklistItem[];
  /** The dated rows that judged the answers (in-country rule, items, fee), for the dossier. */
  ruleIds: string[];
}

interface Context {
  answers: ChecklistAnswers;
  day: IsoDay;
}

interface ChecklistRule extends Dated {
  document: DocumentKind;
  acceptedInsteadOf?: DocumentKind[];
  legalSource: LegalSourceCode;
  appliesTo: (context: Context) => boolean;
  reason: (context: Context) => ChecklistReason;
  /** Further dated rows the reason relies on (the fee's figure and account). */
  usesRows?: (context: Context) => string[];
}

const always = () => true;
const reason = (key: string, values: Record<string, string | number> = {}) => () => ({ key, values });
const isCategory =
  (...categories: PermitCategory[]) =>
  ({ answers }: Context) =>
    categories.includes(answers.category);

/** Over 18 on the filing day: the 18th birthday falls before it (on the birthday itself, not yet). */
export function isAdultOn(birthDate: IsoDay, day: IsoDay): boolean {
  return addMonths(birthDate, 18 * 12) < day;
}

/** The fee item's reason on a day: the amount (and which year's figure it is) and the account. */
export function feeReason({ day }: { day: IsoDay }): ChecklistReason {
  const fee = feeOn(day);
  const account = { iban: formatIban(FEE_ACCOUNT.iban), bic: FEE_ACCOUNT.bic };
  if (!fee) return { key: "feeProofNoFigure", values: account };
  const amount = fee.row.amountCents / 100;
  if (fee.verified) return { key: "feeProof", values: { ...account, amount } };
  return { key: "feeProofUnverified", values: { ...account, amount, figureYear: fee.figureYear, year: fee.year } };
}

/** The dated rows the fee item's reason relies on: the year's figure, the account. */
export function feeRowIds(day: IsoDay): string[] {
  const fee = feeOn(day);
  return [...(fee ? [fee.row.id] : []), ...inForce([FEE_ACCOUNT], day).map((row) => row.id)];
}

const SINCE_2019 = { validFrom: "2019-01-01", validUntil: null } as const;
const SEED_001 = "Seed 001 (Nodige documenten)";

export const CHECKLIST_RULES: readonly ChecklistRule[] = [
  { id: "checklist.passport.2019", ...SINCE_2019, source: SEED_001, document: "PASSPORT", legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS", appliesTo: always, reason: reason("passport") },
  {
    id: "checklist.fee-payment-proof.2019",
    ...SINCE_2019,
    source: `${SEED_001}; REFERENCE.md §2 [S8][S11][S12]`,
    document: "FEE_PAYMENT_PROOF",
    legalSource: "ADMINISTRATIVE_FEE",
    appliesTo: ({ answers }) => !answers.feeExemptionClaimed,
    reason: feeReason,
    usesRows: ({ day }) => feeRowIds(day),
  },
  {
    id: "checklist.criminal-record.2019",
    ...SINCE_2019,
    source: SEED_001,
    document: "CRIMINAL_RECORD",
    legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS",
    appliesTo: ({ answers, day }) => isAdultOn(answers.workerBirthDate, day),
    reason: reason("criminalRecord"),
  },
  {
    id: "checklist.medical-certificate.2019",
    ...SINCE_2019,
    source: `${SEED_001}; REFERENCE.md §8 [S24][S47]`,
    document: "MEDICAL_CERTIFICATE",
    legalSource: "MEDICAL_CERTIFICATE",
    appliesTo: always,
    reason: reason("medicalCertificate"),
  },
  {
    id: "checklist.health-insurance.2019",
    ...SINCE_2019,
    source: SEED_001,
    document: "HEALTH_INSURANCE_PROOF",
    legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS",
    appliesTo: always,
    reason: ({ answers }) => ({ key: answers.applicationType === "FIRST" ? "healthInsuranceFirst" : "healthInsuranceRenewal", values: {} }),
  },
  {
    id: "checklist.affiliation-commitment.2019",
    ...SINCE_2019,
    source: SEED_001,
    document: "EMPLOYER_AFFILIATION_COMMITMENT",
    acceptedInsteadOf: ["HEALTH_INSURANCE_PROOF"],
    legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS",
    appliesTo: ({ answers }) => answers.applicationType === "FIRST",
    reason: reason("affiliationCommitment"),
  },
  { id: "checklist.employer-id.2019", ...SINCE_2019, source: SEED_001, document: "EMPLOYER_ID", legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS", appliesTo: always, reason: reason("employerId") },
  {
    id: "checklist.employment-contract.2019",
    ...SINCE_2019,
    source: SEED_001,
    document: "EMPLOYMENT_CONTRACT",
    legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS",
    appliesTo: ({ answers }) => answers.category !== "RESEARCHER" && answers.category !== "TRAINEE",
    reason: reason("employmentContract"),
  },
  {
    id: "checklist.hosting-agreement.2019",
    ...SINCE_2019,
    source: `${SEED_001} (gastovereenkomst voor onderzoekers)`,
    document: "HOSTING_AGREEMENT",
    legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS",
    appliesTo: isCategory("RESEARCHER"),
    reason: reason("hostingAgreement"),
  },
  {
    id: "checklist.training-agreement.2019",
    ...SINCE_2019,
    source: `${SEED_001} (ander specifiek document); Directive (EU) 2016/801 (training agreement); REFERENCE.md [S27]`,
    document: "TRAINING_AGREEMENT",
    legalSource: "TRAINEESHIP",
    appliesTo: isCategory("TRAINEE"),
    reason: reason("trainingAgreement"),
  },
  {
    id: "checklist.posting-certificate.2019",
    ...SINCE_2019,
    source: SEED_001,
    document: "POSTING_SOCIAL_SECURITY_CERTIFICATE",
    legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS",
    appliesTo: ({ answers }) => answers.employmentType === "POSTING",
    reason: reason("postingCertificate"),
  },
  {
    id: "checklist.regulated-profession.2019",
    ...SINCE_2019,
    source: SEED_001,
    document: "REGULATED_PROFESSION_PROOF",
    legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS",
    appliesTo: ({ answers }) => answers.regulatedProfession,
    reason: reason("regulatedProfession"),
  },
  {
    id: "checklist.diploma.highly-skilled.2019",
    ...SINCE_2019,
    source: `${SEED_001} (een hooggeschoolde … kopie van het diploma)`,
    document: "DIPLOMA",
    legalSource: "COMBINED_PERMIT_GENERAL_DOCUMENTS",
    appliesTo: isCategory("HIGHLY_SKILLED"),
    reason: reason("diplomaHighlySkilled"),
  },
  {
    id: "checklist.diploma.eu-blue-card.2019",
    ...SINCE_2019,
    source: "Seed 003 (kopie van diploma); REFERENCE.md §6 [S19][S20]",
    document: "DIPLOMA",
    legalSource: "EU_BLUE_CARD",
    appliesTo: isCategory("EU_BLUE_CARD"),
    reason: reason("diplomaBlueCard"),
  },
  {
    id: "checklist.secondment-letter.2019",
    ...SINCE_2019,
    source: "REFERENCE.md §8 [S47]",
    document: "SECONDMENT_LETTER",
    legalSource: "INTRA_CORPORATE_TRANSFER",
    appliesTo: isCategory("INTRA_CORPORATE_TRANSFEREE"),
    reason: reason("secondmentLetter"),
  },
  {
    id: "checklist.vacancy-evidence.2019",
    ...SINCE_2019,
    source: "REFERENCE.md §3, §8 [S21][S22][S51]",
    document: "VACANCY_EVIDENCE",
    legalSource: "LABOUR_MARKET_TEST",
    appliesTo: isCategory("OTHER"),
    reason: reason("vacancyEvidence"),
  },
  {
    id: "checklist.legal-stay-proof.2019",
    ...SINCE_2019,
    source: "Seed 001 (Aanvraag vanuit België?); seed 003 (bijlage 41bis); REFERENCE.md §3 [S24]",
    document: "LEGAL_STAY_PROOF",
    legalSource: "APPLICATION_FROM_BELGIUM",
    appliesTo: ({ answers }) => answers.workerLocation === "BELGIUM",
    reason: reason("legalStayProof"),
  },
  {
    id: "checklist.long-term-resident-permit.2019",
    ...SINCE_2019,
    source: "Seed 001 (langdurig ingezetene, tweede verblijf); REFERENCE.md [S10][S34]",
    document: "LONG_TERM_RESIDENT_PERMIT",
    legalSource: "EU_LONG_TERM_RESIDENT",
    appliesTo: ({ answers }) => answers.euLongTermResidentSeekingSecondResidence,
    reason: reason("longTermResidentPermit"),
  },
];

/** The first day the checklist knows rules for: the start of the combined-permit procedure. */
export const FIRST_FILING_DAY: IsoDay = "2019-01-01";

export function checklistFor(answers: ChecklistAnswers, day: IsoDay): Checklist {
  const inCountry = inCountryFiling(answers, day);
  const filingAllowed = !inCountry.applies || inCountry.allowed;
  const context: Context = { answers, day };
  const rules = filingAllowed ? inForce(CHECKLIST_RULES, day).filter((rule) => rule.appliesTo(context)) : [];
  const items = rules.map(
    (rule): ChecklistItem => ({
      code: rule.document,
      acceptedInsteadOf: rule.acceptedInsteadOf ?? [],
      reason: rule.reason(context),
      source: rule.legalSource,
      ruleId: rule.id,
    }),
  );
  return {
    filingDate: day,
    filingAllowed,
    diplomaticPostRequired: diplomaticPostRequired(answers.workerLocation),
    inCountry,
    items,
    ruleIds: [...(inCountry.applies ? [inCountry.ruleId] : []), ...rules.flatMap((rule) => [rule.id, ...(rule.usesRows?.(context) ?? [])])],
  };
}

/**
 * The other item whose files stand in for this one, when this one has none: the alternative accepted
 * instead of it (the employer's commitment for the health insurance), or the item it is an alternative to.
 */
export function coveredBy(checklist: Pick<Checklist, "items">, item: ChecklistItem, uploaded: readonly DocumentKind[]): DocumentKind | null {
  const have = new Set(uploaded);
  if (have.has(item.code)) return null;
  const other = checklist.items.find(
    (candidate) => have.has(candidate.code) && (candidate.acceptedInsteadOf.includes(item.code) || item.acceptedInsteadOf.includes(candidate.code)),
  );
  return other?.code ?? null;
}

/**
 * The required documents not among the uploaded ones. An item is satisfied by its own document or
 * by an alternative that lists it in `acceptedInsteadOf` (on a first application, the employer's
 * commitment for the health insurance).
 */
export function missingDocuments(checklist: Pick<Checklist, "items">, uploaded: readonly DocumentKind[]): ChecklistItem[] {
  const have = new Set(uploaded);
  const required = checklist.items.filter((item) => item.acceptedInsteadOf.length === 0);
  return required.filter(
    (item) => !have.has(item.code) && !checklist.items.some((alternative) => alternative.acceptedInsteadOf.includes(item.code) && have.has(alternative.code)),
  );
}
