import { addMonths, dateToDay, type IsoDay } from "@/lib/dates";
import type { FieldError } from "@/lib/errors/app-error";
import { checkFilingRules, type FilingRulesResult } from "@/lib/checklist/filing-rules";
import type { DocumentKind, Region, SalaryPeriod } from "@/lib/generated/prisma/enums";
import { DATED_CERTIFICATES } from "@/lib/documents/upload-input";
import { FORM_STEPS, taskList, type DraftForFiling } from "./task-list";

/** A draft with what the submission's rules read besides the steps' answers. */
export interface DraftForSubmission extends DraftForFiling {
  salaryPeriod: SalaryPeriod | null;
  documents: readonly { kind: DocumentKind }[];
}

/**
 * What stands between a draft and its submission on a day, for the check page and the submission
 * alike: first the steps not completed (each a problem at `steps.<step>`); once they all are, every
 * rule the submission re-checks (checkFilingRules), with the competent region's category rules
 * when the region is known.
 */
export function filingReadiness(draft: DraftForSubmission, competentRegion: Region | null, on: IsoDay): FilingRulesResult {
  const tasks = taskList(draft, draft.documents, on);
  const incomplete = tasks.filter((task) => (FORM_STEPS as readonly string[]).includes(task.step) && task.status !== "COMPLETED");
  const { worker, workerResidesInBelgium } = draft;
  if (incomplete.length > 0 || worker === null || workerResidesInBelgium === null) {
    return { problems: incomplete.map((task) => ({ path: `steps.${task.step}`, message: `filing.incomplete.${task.step}` })), notices: [], appliedRuleIds: [], checklist: null };
  }
  return checkFilingRules({ ...draft, worker, workerResidesInBelgium, competentRegion }, on);
}

/**
 * Warnings for the check page — informative, never a block: a passport that expires before the
 * contract ends (the permit cannot outlast it), and a certificate issued more than six months
 * before the day (it may be refused as too old).
 */
export function filingWarnings(
  draft: Pick<DraftForFiling, "worker" | "employmentEndDate">,
  documents: readonly { kind: DocumentKind; fileName: string; issuedOn: Date | null }[],
  on: IsoDay,
): FieldError[] {
  const warnings: FieldError[] = [];
  const expires = draft.worker?.passportExpiresOn;
  if (expires && draft.employmentEndDate && expires < draft.employmentEndDate) {
    warnings.push({ path: "worker.passportExpiresOn", message: "filing.warnings.passportBeforeContractEnd", values: { expiresOn: dateToDay(expires), endsOn: dateToDay(draft.employmentEndDate) } });
  }
  const oldest = addMonths(on, -6);
  for (const document of documents) {
    if (DATED_CERTIFICATES.includes(document.kind) && document.issuedOn && dateToDay(document.issuedOn) < oldest) {
      warnings.push({ path: `documents.${document.kind}`, message: "filing.warnings.certificateOlderThanSixMonths", values: { fileName: document.fileName, issuedOn: dateToDay(document.issuedOn) } });
    }
  }
  return warnings;
}
