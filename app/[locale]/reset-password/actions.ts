"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { resetPassword } from "@/lib/auth/password-reset";
import { isAppError } from "@/lib/errors/app-error";
import { formDataToObject } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { redirectAfterSuccess, refusedForm } from "@/app/_server/action";

/** Public: sets the new password with the link's token; only the token is shown again, never a password. */
export async function resetPasswordAction(previous: FormState, formData: FormData): Promise<FormState> {
  formData = postedForm(formData);
  const values = formDataToObject(formData);
  const kept = { token: values.token };
  try {
    await resetPassword(values);
  } catch (error) {
    if (isAppError(error)) return refusedForm(previous, { ok: false, formError: `errors.${error.code}`, fieldErrors: error.fieldErrors }, kept);
    console.error("[auth.reset-password]", error);
    return refusedForm(previous, { ok: false, formError: "errors.UNEXPECTED", fieldErrors: [] }, kept);
  }
  return redirectAfterSuccess("/reset-password/done");
}
