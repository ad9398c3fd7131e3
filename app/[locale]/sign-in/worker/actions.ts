"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { requestWorkerSignInLink } from "@/lib/auth/worker-accounts";
import type { FormState } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/locales";
import { answerLinkRequest } from "@/app/_server/link-request";

export async function requestWorkerSignInLinkAction(locale: string, previous: FormState<"sent">, formData: FormData): Promise<FormState<"sent">> {
  formData = postedForm(formData);
  return answerLinkRequest("auth.request-sign-in-link", previous, formData, (values, clientAddress) =>
    requestWorkerSignInLink(values, { clientAddress, locale: isLocale(locale) ? locale : "nl" }),
  );
}
