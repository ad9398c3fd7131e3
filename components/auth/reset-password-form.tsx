"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/auth/password-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, buttonClass, inputClass } from "@/components/forms/field";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

/** Sets a new password with the e-mailed link's token (a hidden field); passwords never come back in the page. */
export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const t = useTranslations("accounts.resetPassword");
  const { formAction, onSubmit, field, errorFor, summary, submission, pending } = useServerForm<ResetPasswordInput>({
    action,
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "", confirmation: "" },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} submission={submission} />
      <input type="hidden" {...field("token")} />
      <Field path="password" label={t("password")} hint={t("passwordHint")} error={errorFor("password")}>
        {(props) => <input {...props} {...field("password")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field path="confirmation" label={t("confirmation")} error={errorFor("confirmation")}>
        {(props) => <input {...props} {...field("confirmation")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
