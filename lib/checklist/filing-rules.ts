import { checkCategoryRules } from "@/lib/category-rules/check-category-rules";
import { dateToDay, type IsoDay } from "@/lib/dates";
import type { FieldError } from "@/lib/errors/app-error";
import type { DocumentKind, FeeExemptionGround, PermitCategory, Region, SalaryPeriod, StayType } from "@/lib/generated/prisma/enums";
import type { ChecklistAnswers } from "./answers";
import { checklistFor, isAdultOn, missingDocuments, type Checklist } from "./checklist";
import { checkDiplomaticPost } from "./diplomatic-post-rule";
import { checkEmploymentStart } from "./employment-start";
import { EARLIEST_DAY } from "@/lib/forms/plausible";

/** The columns of a dossier (Application with its worker and documents) the filing rules read. */
export interface DossierForFilingRules {
  category: PermitCategory | null;
  isRenewal: boolean;
  isPosting: boolean;
  regulatedProfession: boolean | null;
  stayType: StayType | null;
  euLongTermResidentSecondResidence: boolean;
  diplomaticPostCode: string | null;
  feeExemptionClaimed: boolean | null;
  feeExemptionGround: FeeExemptionGround | null;
  feeExemptionDetails: string | null;
  /** Set by routing before the rules run; without it the category rules cannot be checked. */
  competentRegion: Region | null;
  grossSalaryCents: bigint | number | null;
  salaryPeriod: SalaryPeriod | null;
  employmentStartDate: Date | null;
  employmentEndDate: Date | null;
  /** Where the worker lives (the filing's first step). */
  workerResidesInBelgium: boolean;
  /** ISO 3166-1 alpha-2 country of a worker living abroad. */
  workerResidenceCountry: string | null;
  worker: { dateOfBirth: Date; nationality: string; passportExpiresOn: Date | null };
  documents: readonly { kind: DocumentKind }[];
}

export interface FilingRulesResult {
  /** What stops the submission, per field (catalog keys); empty when it may be submitted. */
  problems: FieldError[];
  /** What could not be checked, and why (e.g. no verified salary threshold); not blocking. */
  notices: FieldError[];
  /** The dated rows that judged the dossier, for Application.appliedRuleIds. */
  appliedRuleIds: string[];
  /** The checklist the dossier was judged by; null until the questions it needs are answered. */
  checklist: Checklist | null;
}

/**
 * Everything the submission re-checks on the day of submission, with the rules in force that day:
 * the in-country rule, the diplomatic post, the category rules (salary threshold, Blue Card
 * contract), the checklist against the uploaded documents, the fee (its proof, or the exemption
 * with a ground that fits the worker), and a passport still valid on the day.
 */
export function checkFilingRules(dossier: DossierForFilingRules, day: IsoDay): FilingRulesResult {
  const problems: FieldError[] = [];
  const notices: FieldError[] = [];
  const ruleIds: string[] = [];
  const { worker } = dossier;
  const birthDate = dateToDay(worker.dateOfBirth);

  if (dossier.category === null) problems.push({ path: "category", message: "validation.categoryRequired" });
  if (dossier.regulatedProfession === null) problems.push({ path: "regulatedProfession", message: "checklist.problems.regulatedProfessionRequired" });
  if (dossier.feeExemptionClaimed === null) problems.push({ path: "feeExemptionClaimed", message: "checklist.problems.feeAnswerRequired" });
  if (dossier.workerResidesInBelgium && dossier.stayType === null) problems.push({ path: "stayType", message: "checklist.problems.stayTypeRequired" });
  if (worker.passportExpiresOn && dateToDay(worker.passportExpiresOn) < day) {
    problems.push({ path: "worker.passportExpiresOn", message: "checklist.problems.passportExpired" });
  }
  // Plausible days only (the filing's steps say so at once; a draft saved before the bounds is caught here).
  if (birthDate < EARLIEST_DAY) problems.push({ path: "worker.dateOfBirth", message: "validation.dateOfBirthTooEarly" });
  if (dossier.employmentStartDate) {
    // The competent region's window (Flanders: at most 4.5 months ahead), or the portal's bound before routing.
    const start = checkEmploymentStart(dateToDay(dossier.employmentStartDate), dossier.competentRegion, day);
    ruleIds.push(start.ruleId);
    if (start.problem) problems.push({ path: "employmentStartDate", message: start.problem.message, values: start.problem.values });
  }

  const post = checkDiplomaticPost(
    { residesInBelgium: dossier.workerResidesInBelgium, residenceCountry: dossier.workerResidenceCountry ?? "", diplomaticPostCode: dossier.diplomaticPostCode },
    day,
  );
  problems.push(...post.problems);
  ruleIds.push(...post.ruleIds);

  problems.push(...feeExemptionProblems({ ...dossier, worker: { dateOfBirth: birthDate, nationality: worker.nationality } }, day));

  const category = dossier.category;
  if (category === null || dossier.regulatedProfession === null || dossier.feeExemptionClaimed === null) {
    return { problems, notices, appliedRuleIds: ruleIds, checklist: null };
  }

  const checklist = checklistFor(checklistAnswersOf({ ...dossier, category, regulatedProfession: dossier.regulatedProfession, feeExemptionClaimed: dossier.feeExemptionClaimed }), day);
  ruleIds.push(...checklist.ruleIds);
  const { inCountry } = checklist;
  if (inCountry.applies && !inCountry.allowed && dossier.stayType !== null) {
    const onStay = inCountry.reason === "ILLEGAL_STAY" || inCountry.reason === "PROCEDURE_DOCUMENT";
    problems.push({ path: onStay ? "stayType" : "category", message: `checklist.problems.notFromBelgium.${inCountry.exception ?? inCountry.reason}` });
  }
  for (const item of missingDocuments(checklist, dossier.documents.map((d) => d.kind))) {
    const alternative = checklist.items.some((other) => other.acceptedInsteadOf.includes(item.code));
    problems.push({ path: `documents.${item.code}`, message: `checklist.missing.${item.code}${alternative ? "_OR_ALTERNATIVE" : ""}` });
  }

  if (dossier.competentRegion) {
    const categoryRules = checkCategoryRules(
      {
        region: dossier.competentRegion,
        category,
        workerBirthDate: birthDate,
        grossSalaryCents: dossier.grossSalaryCents === null ? null : Number(dossier.grossSalaryCents),
        salaryPeriod: dossier.salaryPeriod,
        employmentStartDate: dossier.employmentStartDate ? dateToDay(dossier.employmentStartDate) : null,
        employmentEndDate: dossier.employmentEndDate ? dateToDay(dossier.employmentEndDate) : null,
      },
      day,
    );
    problems.push(...categoryRules.problems);
    notices.push(...categoryRules.notices);
    ruleIds.push(...categoryRules.ruleIds);
  }
  return { problems, notices, appliedRuleIds: [...new Set(ruleIds)], checklist };
}

/** The answers the checklist needs, as a dossier holds them (once its category and the fee are answered). */
export function checklistAnswersOf(
  dossier: Pick<DossierForFilingRules, "workerResidesInBelgium" | "stayType" | "euLongTermResidentSecondResidence" | "isRenewal" | "isPosting"> & {
    category: PermitCategory;
    regulatedProfession: boolean;
    feeExemptionClaimed: boolean;
    worker: { dateOfBirth: Date };
  },
): ChecklistAnswers {
  return {
    workerLocation: dossier.workerResidesInBelgium ? "BELGIUM" : "ABROAD",
    stayType: dossier.workerResidesInBelgium ? dossier.stayType : null,
    euLongTermResidentSeekingSecondResidence: dossier.euLongTermResidentSecondResidence,
    workerBirthDate: dateToDay(dossier.worker.dateOfBirth),
    category: dossier.category,
    applicationType: dossier.isRenewal ? "RENEWAL" : "FIRST",
    employmentType: dossier.isPosting ? "POSTING" : "BELGIAN_EMPLOYMENT",
    regulatedProfession: dossier.regulatedProfession,
    feeExemptionClaimed: dossier.feeExemptionClaimed,
  };
}

export interface FeeExemptionAnswers {
  feeExemptionClaimed: boolean | null;
  feeExemptionGround: FeeExemptionGround | null;
  feeExemptionDetails: string | null;
  worker: { dateOfBirth: IsoDay; nationality: string };
}

/**
 * Whether a claimed exemption from the fee has a ground that fits the worker on the day: the
 * filing's fee step and the submission ask the same.
 */
export function feeExemptionProblems(answers: FeeExemptionAnswers, day: IsoDay): FieldError[] {
  if (answers.feeExemptionClaimed !== true) return [];
  const ground = answers.feeExemptionGround;
  if (ground === null) return [{ path: "feeExemptionGround", message: "checklist.problems.feeExemptionGroundRequired" }];
  if (ground === "MINOR" && isAdultOn(answers.worker.dateOfBirth, day)) return [{ path: "feeExemptionGround", message: "checklist.problems.feeExemptionNotMinor" }];
  if (ground === "TURKISH_NATIONAL" && answers.worker.nationality !== "TR") return [{ path: "feeExemptionGround", message: "checklist.problems.feeExemptionNotTurkish" }];
  if (ground === "OTHER" && !answers.feeExemptionDetails?.trim()) return [{ path: "feeExemptionDetails", message: "checklist.problems.feeExemptionDetailsRequired" }];
  return [];
}
