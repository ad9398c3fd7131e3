"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { claimDossierSchema, type ClaimDossierInput } from "@/lib/auth/claim-dossier-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, buttonClass, inputClass } from "@/components/forms/field";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

/** A worker adds a dossier filed for them: its reference number, their passport number and birth date. */
export function ClaimDossierForm({ action }: { action: FormAction }) {
  const t = useTranslations("accounts.claim");
  const { formAction, onSubmit, field, errorFor, summary, submission, pending } = useServerForm<ClaimDossierInput>({
    action,
    resolver: zodResolver(claimDossierSchema),
    defaultValues: { referenceNumber: "", passportNumber: "", dateOfBirth: "" },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} submission={submission} />
      <Field path="referenceNumber" label={t("referenceNumber")} hint={t("referenceNumberHint")} error={errorFor("referenceNumber")}>
        {(props) => <input {...props} {...field("referenceNumber")} type="text" autoComplete="off" className={`${inputClass} max-w-72`} />}
      </Field>
      <Field path="passportNumber" label={t("passportNumber")} error={errorFor("passportNumber")}>
        {(props) => <input {...props} {...field("passportNumber")} type="text" autoComplete="off" className={`${inputClass} max-w-72`} />}
      </Field>
      <Field path="dateOfBirth" label={t("dateOfBirth")} error={errorFor("dateOfBirth")}>
        {(props) => <input {...props} {...field("dateOfBirth")} type="date" autoComplete="bday" className={`${inputClass} max-w-56`} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
