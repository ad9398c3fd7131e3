"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import type { FormState } from "@/lib/forms/form-state";
import { answerLinkRequest } from "@/app/_server/link-request";

export async function requestPasswordResetAction(previous: FormState<"sent">, formData: FormData): Promise<FormState<"sent">> {
  formData = postedForm(formData);
  return answerLinkRequest("auth.request-password-reset", previous, formData, (values, clientAddress) => requestPasswordReset(values, clientAddress));
}
