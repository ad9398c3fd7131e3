"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, buttonClass, inputClass } from "@/components/forms/field";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

/** Signs in by posting to `action`; the password never comes back in the page or in a URL. */
export function SignInForm({ action }: { action: FormAction }) {
  const t = useTranslations("signIn");
  const { formAction, onSubmit, field, errorFor, summary, submission, pending } = useServerForm<SignInInput>({
    action,
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} submission={submission} />
      <Field path="email" label={t("email")} error={errorFor("email")}>
        {(props) => <input {...props} {...field("email")} type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <Field path="password" label={t("password")} error={errorFor("password")}>
        {(props) => <input {...props} {...field("password")} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
