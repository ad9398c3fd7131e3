"use server";

import { postedForm, submissionsBefore } from "@/lib/forms/action-arguments";
import { isAppError } from "@/lib/errors/app-error";
import { eligibilityForRequest, type EligibilityAnswer } from "@/lib/eligibility/assess-eligibility";
import { eligibilityValuesFromForm } from "@/lib/eligibility/eligibility-request";
import { applyIntent, readIntent } from "@/lib/forms/form-intent";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The public eligibility calculator's form posts here, with or without JavaScript. A row button's
 * intent (add or remove a work period or an incapacity period) shows the form again with it
 * applied, judging nothing; a submission comes back with the answer (or the errors per field) and
 * what was entered. Public: no session is read. Same use case as POST /api/v1/eligibility/unlimited-duration.
 */
export async function checkEligibilityAction(previous: FormState<EligibilityAnswer>, form: FormData): Promise<FormState<EligibilityAnswer>> {
  form = postedForm(form);
  const values = eligibilityValuesFromForm(form);
  const intent = readIntent(form);
  if (intent) return { submission: submissionsBefore(previous), fieldErrors: [], values: applyIntent(values, intent) };
  const submission = submissionsBefore(previous) + 1;
  try {
    return { submission, fieldErrors: [], values, answer: eligibilityForRequest(values) };
  } catch (error) {
    if (isAppError(error)) return { submission, fieldErrors: error.fieldErrors, values };
    console.error("[eligibility.check]", error);
    return { submission, fieldErrors: [], values, formError: "errors.UNEXPECTED" };
  }
}
