"use server";

import { requestPasswordReset } from "@/lib/auth/password-reset";
import type { FormState } from "@/lib/forms/form-state";
import { answerLinkRequest } from "@/app/_server/link-request";

export async function requestPasswordResetAction(previous: FormState<"sent">, formData: FormData): Promise<FormState<"sent">> {
  return answerLinkRequest("auth.request-password-reset", previous, formData, (values, clientAddress) => requestPasswordReset(values, clientAddress));
}
