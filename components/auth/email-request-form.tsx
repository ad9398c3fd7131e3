"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { emailOnlySchema, type EmailOnlyInput } from "@/lib/auth/password-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, buttonClass, inputClass } from "@/components/forms/field";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

/**
 * Asks for a link by e-mail (the worker's sign-in, the forgotten password). Once sent, the form
 * gives way to the same confirmation whatever the address, so the page tells nothing of accounts.
 */
export function EmailRequestForm({ action, namespace }: { action: FormAction<"sent">; namespace: "accounts.workerSignIn" | "accounts.forgotPassword" }) {
  const t = useTranslations(namespace);
  const { formAction, onSubmit, field, errorFor, summary, submission, pending, state } = useServerForm<EmailOnlyInput, EmailOnlyInput, "sent">({
    action,
    resolver: zodResolver(emailOnlySchema),
    defaultValues: { email: "" },
  });
  if (state.answer === "sent") {
    return (
      <section aria-labelledby="link-sent" role="status">
        <h2 id="link-sent" className="mb-2 text-xl font-semibold">
          {t("sentTitle")}
        </h2>
        <p>{t("sent")}</p>
      </section>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} submission={submission} />
      <Field path="email" label={t("email")} error={errorFor("email")}>
        {(props) => <input {...props} {...field("email")} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
