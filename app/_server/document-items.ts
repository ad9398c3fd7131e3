import "server-only";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import type { Dossier } from "@/lib/applications/get-dossier";

/**
 * The checklist items a dossier's documents are uploaded under. For now the general documents of
 * seed 001, for every dossier; the dated checklist (lib/checklist/) replaces this one function.
 */
export function documentItemsForDossier(_dossier: Dossier): DocumentKind[] {
  return ["PASSPORT", "FEE_PAYMENT_PROOF", "CRIMINAL_RECORD", "MEDICAL_CERTIFICATE", "HEALTH_INSURANCE_PROOF", "EMPLOYER_ID", "EMPLOYMENT_CONTRACT"];
}
