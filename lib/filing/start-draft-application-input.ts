import { z } from "@/lib/forms/zod";

/**
 * The start page's form: only a mandatary names the employer; an employer's user files for its own
 * organisation. A worker starting their own application may bring the eligibility calculator's
 * answers (posted, never in the URL), which pre-fill its eligibility step.
 */
export const startDraftSchema = z.object({
  employerId: z.uuid("validation.employerRequired").optional(),
  eligibility: z.unknown().optional(),
});
