"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in-input";
import { signInAction } from "@/app/[locale]/sign-in/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, buttonClass, fieldId, inputClass } from "@/components/forms/field";
import { applyServerErrors, flattenFormErrors } from "@/components/forms/form-errors";

export function SignInForm({ locale }: { locale: string }) {
  const t = useTranslations() as unknown as Translate;
  const [formError, setFormError] = useState<{ key: string; values?: Record<string, string | number> } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signInAction(locale, values);
    if (result && !result.ok) {
      applyServerErrors(setError, result.fieldErrors);
      if (result.fieldErrors.length === 0) setFormError({ key: result.formError, values: result.formErrorValues });
    }
  });

  const fieldErrors = flattenFormErrors(formState.errors);
  const message = (path: string) => {
    const error = fieldErrors.find((e) => e.path === path);
    return error ? t(error.message) : undefined;
  };
  const summary = [
    ...(formError ? [{ message: t(formError.key, formError.values) }] : []),
    ...fieldErrors.map((e) => ({ fieldId: fieldId(e.path), message: t(e.message) })),
  ];

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} submission={formState.submitCount} />
      <Field path="email" label={t("signIn.email")} error={message("email")}>
        {(props) => <input {...props} {...register("email")} type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <Field path="password" label={t("signIn.password")} error={message("password")}>
        {(props) => <input {...props} {...register("password")} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={formState.isSubmitting}>
        {t("signIn.submit")}
      </button>
    </form>
  );
}
