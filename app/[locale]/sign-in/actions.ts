"use server";

import { AuthError } from "next-auth";
import { signIn, signOut, TOO_MANY_ATTEMPTS } from "@/auth";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in-input";
import { signInThrottle } from "@/lib/auth/verify-credentials";
import { fieldErrorsFromZod } from "@/lib/errors/validation";
import { isLocale } from "@/lib/i18n/locales";
import type { ActionResult } from "@/app/_server/action";

export async function signInAction(locale: string, input: SignInInput): Promise<ActionResult<never>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "errors.VALIDATION", fieldErrors: fieldErrorsFromZod(parsed.error) };
  try {
    // Lands on /home, which sends each role on to its own home page.
    await signIn("credentials", { ...parsed.data, redirectTo: `/${isLocale(locale) ? locale : "nl"}/home` });
  } catch (error) {
    // Only a refused sign-in is answered here; Next's redirect must keep propagating.
    if (error instanceof AuthError) {
      const throttled = (error as { code?: string }).code === TOO_MANY_ATTEMPTS;
      return throttled
        ? { ok: false, formError: "signIn.tooManyAttempts", formErrorValues: { minutes: signInThrottle.windowMinutes }, fieldErrors: [] }
        : { ok: false, formError: "signIn.invalidCredentials", fieldErrors: [] };
    }
    throw error;
  }
  return { ok: false, formError: "errors.UNEXPECTED", fieldErrors: [] };
}

export async function signOutAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  await signOut({ redirectTo: `/${isLocale(locale) ? locale : "nl"}` });
}
