"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import * as z from "@/lib/forms/zod-mini";
import { locales } from "@/lib/i18n/locales";
import { acceptInvitationSchema } from "@/lib/organisations/organisation-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Choices, Field, buttonClass, inputClass } from "@/components/forms/field";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

/** The invitee without an account: name, password and language; the address is the invited one. */
export function AcceptInvitationForm({ action, token }: { action: FormAction; token: string }) {
  const t = useTranslations();
  const { formAction, onSubmit, field, errorFor, summary, submission, pending } = useServerForm<z.input<typeof acceptInvitationSchema>>({
    action,
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token, name: "", password: "", locale: undefined },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} submission={submission} />
      <input type="hidden" {...field("token")} />
      <Field path="name" label={t("organisation.signUp.personName")} error={errorFor("name")}>
        {(props) => <input {...props} {...field("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <Field path="password" label={t("organisation.signUp.password")} hint={t("organisation.signUp.passwordHint")} error={errorFor("password")}>
        {(props) => <input {...props} {...field("password")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field path="locale" label={t("organisation.signUp.language")} error={errorFor("locale")}>
        {(props) => (
          <select {...props} {...field("locale")} className={`${inputClass} max-w-64`}>
            <Choices prompt={t("forms.choose")} options={locales.map((locale) => ({ value: locale, label: t(`common.languages.${locale}`) }))} />
          </select>
        )}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("organisation.invitation.submit")}
      </button>
    </form>
  );
}

const joinSchema = z.object({ token: z.string() });

/** The signed-in invitee joins with their own account. */
export function JoinWithAccountForm({ action, token, label }: { action: FormAction; token: string; label: string }) {
  const { formAction, onSubmit, field, summary, submission, pending } = useServerForm<z.input<typeof joinSchema>>({
    action,
    resolver: zodResolver(joinSchema),
    defaultValues: { token },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} submission={submission} />
      <input type="hidden" {...field("token")} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {label}
      </button>
    </form>
  );
}
