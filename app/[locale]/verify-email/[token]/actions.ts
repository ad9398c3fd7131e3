"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { isAppError } from "@/lib/errors/app-error";
import { verifyEmail } from "@/lib/organisations/email-verification";
import { redirectAfterSuccess } from "@/app/_server/action";

/**
 * The verification page's button posts the link's token here. Opening the link only shows the
 * page: a mail scanner that fetches links does not spend it.
 */
export async function verifyEmailAction(formData: FormData): Promise<void> {
  formData = postedForm(formData);
  try {
    await verifyEmail(formData.get("token"));
  } catch (error) {
    if (!isAppError(error)) throw error;
    return redirectAfterSuccess("/verify-email/done?outcome=invalid");
  }
  return redirectAfterSuccess("/verify-email/done");
}
