"use server";

import { postedForm, submissionsBefore } from "@/lib/forms/action-arguments";
import { getTranslations } from "next-intl/server";
import type { WhatToUploadState } from "@/components/checklist/what-to-upload-state";
import { explainChecklist } from "@/lib/checklist/explain-checklist";
import { checklistQuestionsFromForm } from "@/lib/checklist/questions";
import { dayInBelgium } from "@/lib/dates";
import { isAppError } from "@/lib/errors/app-error";
import { translateFieldErrors } from "@/lib/errors/validation";
import { isLocale, type Translate } from "@/lib/i18n/locales";

/**
 * The public "What must I upload?" form posts here, with or without JavaScript: the answer (or one
 * translated error per field) comes back as the form's state, with what was entered, and the page
 * renders it. Public: no session is read. Same use case as POST /api/v1/checklist.
 */
export async function askChecklistAction(locale: string, previous: WhatToUploadState, form: FormData): Promise<WhatToUploadState> {
  form = postedForm(form);
  const t = (await getTranslations({ locale: isLocale(locale) ? locale : "nl" })) as unknown as Translate;
  const values = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$")));
  const submission = submissionsBefore(previous) + 1;
  try {
    return { submission, values, errors: [], answer: explainChecklist(checklistQuestionsFromForm(form), t, dayInBelgium()) };
  } catch (error) {
    if (isAppError(error)) return { submission, values, errors: translateFieldErrors(error.fieldErrors, t), answer: null };
    console.error("[checklist.ask]", error);
    return { submission, values, errors: [{ path: "", message: t("errors.UNEXPECTED") }], answer: null };
  }
}
