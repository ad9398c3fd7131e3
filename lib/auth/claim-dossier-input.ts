import * as z from "@/lib/forms/zod-mini";
import { dayField, passportNumberField } from "@/lib/filing/step-schemas";

/** A worker's claim of a dossier: its reference number, the passport number and birth date it names. */
export const claimDossierSchema = z.object({
  referenceNumber: z.pipe(
    z.pipe(
      z.string({ error: "accounts.validation.referenceNumberRequired" }).check(z.trim(), z.minLength(1, "accounts.validation.referenceNumberRequired")),
      z.transform((reference: string) => reference.toUpperCase()),
    ),
    z.string().check(z.regex(/^WIB-\d{4}-\d{6}$/, "accounts.validation.referenceNumberFormat")),
  ),
  passportNumber: passportNumberField,
  dateOfBirth: dayField("accounts.validation.dateOfBirthRequired"),
});
export type ClaimDossierInput = z.input<typeof claimDossierSchema>;
