import * as z from "@/lib/forms/zod-mini";
import { dayField, optionalDayField } from "@/lib/forms/plausible";
import { kboNumber } from "@/lib/organisations/organisation-input";

/**
 * The mandate forms, the same in the browser (react-hook-form's resolver) and on the server
 * (lib/mandates/*). Messages are catalog keys; a wrong enterprise number says which rule it breaks.
 */

/** An employer's administrator grants a mandate: to whom (by enterprise number), from when, until when (optional). */
export const grantMandateSchema = z
  .object({
    enterpriseNumber: kboNumber("enterprise", "validation.mandataryEnterpriseNumberRequired"),
    validFrom: dayField("validation.mandateStartRequired"),
    validUntil: optionalDayField(),
  })
  .check(z.refine((value) => value.validUntil === null || value.validUntil >= value.validFrom, { path: ["validUntil"], message: "validation.mandateEndsBeforeStart" }));
export type GrantMandateValues = z.input<typeof grantMandateSchema>;

/** Accepting, or ending (withdrawing, refusing) a mandate: which one, as the administrator saw it. */
export const mandateStepSchema = z.object({
  mandateId: z.uuid("validation.mandateRequired"),
  version: z.coerce.number({ error: "validation.mandateRequired" }).check(z.int("validation.mandateRequired"), z.minimum(0, "validation.mandateRequired")),
});
export type MandateStepValues = z.input<typeof mandateStepSchema>;
