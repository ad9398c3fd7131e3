"use server";

import { postedForm, submissionsBefore } from "@/lib/forms/action-arguments";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { deadlineRequestFromForm } from "@/lib/terms/deadline-request";
import { termsForRequest, type TermsAnswer } from "@/lib/terms/terms-after";

/**
 * The public deadline calculator's form posts here, with or without JavaScript: the terms (or the
 * errors per field) come back as the form's state, with what was entered, and the page renders
 * them. Public: no session is read. Same use case as POST /api/v1/deadlines.
 */
export async function calculateDeadlinesAction(previous: FormState<TermsAnswer>, form: FormData): Promise<FormState<TermsAnswer>> {
  form = postedForm(form);
  const question = deadlineRequestFromForm(form);
  const values = Object.fromEntries(Object.entries(question).map(([name, value]) => [name, value ?? ""]));
  const submission = submissionsBefore(previous) + 1;
  try {
    return { submission, fieldErrors: [], values, answer: termsForRequest(question) };
  } catch (error) {
    if (isAppError(error)) return { submission, fieldErrors: error.fieldErrors, values };
    console.error("[deadlines.calculate]", error);
    return { submission, fieldErrors: [], values, formError: "errors.UNEXPECTED" };
  }
}
