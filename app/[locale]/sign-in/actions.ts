"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { EmailNotVerified, signIn, signOut, TooManySignInAttempts } from "@/auth";
import { signInSchema } from "@/lib/auth/sign-in-input";
import type { FieldError } from "@/lib/errors/app-error";
import { fieldErrorsFromZod } from "@/lib/errors/validation";
import { formDataToObject } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/locales";
import { refusedForm } from "@/app/_server/action";

export async function signInAction(previous: FormState, formData: FormData): Promise<FormState> {
  formData = postedForm(formData);
  const { password, ...kept } = formDataToObject(formData);
  // Only the email address is shown again: a password never travels back to the page.
  const refuse = (formError: string, fieldErrors: FieldError[] = [], formErrorValues?: Record<string, number>) =>
    refusedForm(previous, { ok: false, formError, fieldErrors, ...(formErrorValues ? { formErrorValues } : {}) }, kept);
  const parsed = signInSchema.safeParse({ ...kept, password });
  if (!parsed.success) return refuse("errors.VALIDATION", fieldErrorsFromZod(parsed.error));
  const locale = await getLocale();
  try {
    // Lands on /home, which sends each role on to its own home page.
    await signIn("credentials", { ...parsed.data, redirectTo: `/${isLocale(locale) ? locale : "nl"}/home` });
  } catch (error) {
    // Only a refused sign-in is answered here; Next's redirect must keep propagating.
    if (error instanceof AuthError) {
      if (error instanceof TooManySignInAttempts) return refuse("signIn.tooManyAttempts", [], { minutes: Math.ceil(error.retryAfterSeconds / 60) });
      return error instanceof EmailNotVerified ? refuse("signIn.emailNotVerified") : refuse("signIn.invalidCredentials");
    }
    throw error;
  }
  return refuse("errors.UNEXPECTED");
}

export async function signOutAction(formData: FormData): Promise<void> {
  formData = postedForm(formData);
  const locale = formData.get("locale");
  await signOut({ redirectTo: `/${isLocale(locale) ? locale : "nl"}` });
}
