import { z } from "@/lib/forms/zod";

/** The start page's form: only a mandatary names the employer; an employer's user files for its own organisation. */
export const startDraftSchema = z.object({
  employerId: z.uuid("validation.employerRequired").optional(),
});
