import { z } from "zod";
import { isRealDay } from "@/lib/dates";
import { kboNumber } from "@/lib/organisations/organisation-input";

/**
 * The mandate forms, the same in the browser (react-hook-form's resolver) and on the server
 * (lib/mandates/*). Messages are catalog keys; a wrong enterprise number says which rule it breaks.
 */

const day = (requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, { message: requiredKey, abort: true })
    .refine(isRealDay, "validation.invalidDate");

/** An employer's administrator grants a mandate: to whom (by enterprise number), from when, until when (optional). */
export const grantMandateSchema = z
  .object({
    enterpriseNumber: kboNumber("enterprise", "validation.mandataryEnterpriseNumberRequired"),
    validFrom: day("validation.mandateStartRequired"),
    validUntil: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : null))
      .refine((value) => value === null || isRealDay(value), "validation.invalidDate"),
  })
  .refine((value) => value.validUntil === null || value.validUntil >= value.validFrom, { path: ["validUntil"], message: "validation.mandateEndsBeforeStart" });
export type GrantMandateValues = z.input<typeof grantMandateSchema>;

/** Accepting, or ending (withdrawing, refusing) a mandate: which one, as the administrator saw it. */
export const mandateStepSchema = z.object({
  mandateId: z.uuid("validation.mandateRequired"),
  version: z.coerce.number({ error: "validation.mandateRequired" }).int("validation.mandateRequired").min(0, "validation.mandateRequired"),
});
export type MandateStepValues = z.input<typeof mandateStepSchema>;
