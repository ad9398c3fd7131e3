import { z } from "@/lib/forms/zod";
import { dayField, passportNumberField } from "@/lib/filing/step-schemas";

/** A worker's claim of a dossier: its reference number, the passport number and birth date it names. */
export const claimDossierSchema = z.object({
  referenceNumber: z
    .string({ error: "accounts.validation.referenceNumberRequired" })
    .trim()
    .min(1, "accounts.validation.referenceNumberRequired")
    .transform((reference) => reference.toUpperCase())
    .pipe(z.string().regex(/^WIB-\d{4}-\d{6}$/, "accounts.validation.referenceNumberFormat")),
  passportNumber: passportNumberField,
  dateOfBirth: dayField("accounts.validation.dateOfBirthRequired"),
});
export type ClaimDossierInput = z.input<typeof claimDossierSchema>;
