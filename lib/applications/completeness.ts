import type { FieldError } from "@/lib/errors/app-error";
import { totalShare } from "./draft-application-input";

interface DossierForCompleteness {
  jobTitle: string | null;
  iscoCode: string | null;
  employmentStartDate: Date | null;
  diplomaticPostCode: string | null;
  worker: { residesInBelgium: boolean };
  workplaces: { sharePercent: number }[];
}

/**
 * Only complete applications can be submitted (seed 000). What is still missing, as field errors.
 * Required documents join this list when document upload arrives.
 */
export function missingForSubmission(dossier: DossierForCompleteness): FieldError[] {
  const missing: FieldError[] = [];
  if (!dossier.jobTitle) missing.push({ path: "jobTitle", message: "validation.jobTitleRequired" });
  if (!dossier.iscoCode) missing.push({ path: "iscoCode", message: "validation.iscoCodeFormat" });
  if (!dossier.employmentStartDate) missing.push({ path: "employmentStartDate", message: "validation.employmentStartDateRequired" });
  if (!dossier.worker.residesInBelgium && !dossier.diplomaticPostCode) {
    missing.push({ path: "diplomaticPostCode", message: "validation.diplomaticPostRequired" });
  }
  if (dossier.workplaces.length === 0) missing.push({ path: "workplaces", message: "validation.workplaceRequired" });
  else if (totalShare(dossier.workplaces) !== 100) missing.push({ path: "workplaces", message: "validation.sharesMustTotal100" });
  return missing;
}
