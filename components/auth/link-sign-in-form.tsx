"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/locales";
import { ErrorSummary } from "@/components/forms/error-summary";
import { buttonClass } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/use-server-form";

/**
 * The page an e-mailed sign-in link opens: a button that posts the link's token. Opening the link
 * uses nothing, so a mail scanner that fetches links cannot spend it; only the person pressing the
 * button signs in.
 */
export function LinkSignInForm({ action, token }: { action: FormAction; token: string }) {
  const t = useTranslations() as unknown as Translate;
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errors = state.formError ? [{ message: t(state.formError, state.formErrorValues) }] : [];
  return (
    <form action={formAction}>
      <ErrorSummary errors={errors} submission={state.submission} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("accounts.linkSignIn.submit")}
      </button>
    </form>
  );
}
