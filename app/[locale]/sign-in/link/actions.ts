"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { formDataToObject } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/locales";
import { refusedForm } from "@/app/_server/action";

/** Signs in with the token of an e-mailed link (auth.ts, provider "email-link"); a spent link is refused. */
export async function signInWithLinkAction(locale: string, previous: FormState, formData: FormData): Promise<FormState> {
  formData = postedForm(formData);
  const { token } = formDataToObject(formData);
  const language = isLocale(locale) ? locale : "nl";
  try {
    // Lands on /home, which sends the worker on to their own page.
    await signIn("email-link", { token: typeof token === "string" ? token : "", locale: language, redirectTo: `/${language}/home` });
  } catch (error) {
    // Only a refused sign-in is answered here; Next's redirect must keep propagating.
    if (error instanceof AuthError) return refusedForm(previous, { ok: false, formError: "accounts.validation.linkInvalid", fieldErrors: [] }, {});
    throw error;
  }
  return refusedForm(previous, { ok: false, formError: "errors.UNEXPECTED", fieldErrors: [] }, {});
}
