"use server";

import { postedForm, submissionsBefore } from "@/lib/forms/action-arguments";
import { isAppError } from "@/lib/errors/app-error";
import { eligibilityForRequest, type EligibilityAnswer } from "@/lib/eligibility/assess-eligibility";
import { eligibilityValuesFromForm } from "@/lib/eligibility/eligibility-request";
import { applyIntent, readIntent } from "@/lib/forms/form-intent";
import type { FormState } from "@/lib/forms/form-state";
import { getActor } from "@/app/_server/session";
import { redirectAfterSuccess, refusedForm, runFormAction } from "@/app/_server/action";
import { carriedEligibilityCookie } from "@/app/_server/carried-eligibility-cookie";
import { filesInOwnName } from "@/lib/auth/authorization";
import { startDraftApplication } from "@/lib/filing/start-draft-application";
import { carriedAnswers, fileFromCalculatorSchema } from "@/lib/filing/start-draft-application-input";

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

/**
 * The calculator's "file this application" button: a worker signed in starts their own draft with
 * the answers; anyone not signed in is sent to the worker's sign-in by e-mailed link, the answers
 * kept meanwhile in a short-lived cookie (the worker's home then starts the draft with them).
 * Signed in otherwise (an employer, a caseworker), they are told that only a worker files it.
 */
export async function fileFromCalculatorAction(previous: FormState, form: FormData): Promise<FormState> {
  form = postedForm(form);
  const posted = fileFromCalculatorSchema.safeParse({ eligibility: form.get("eligibility") });
  const answers = posted.success ? posted.data.eligibility : "";
  const actor = await getActor();
  if (!actor) {
    await carriedEligibilityCookie.store(answers);
    return redirectAfterSuccess("/sign-in/worker");
  }
  if (!filesInOwnName(actor)) return refusedForm(previous, { ok: false, formError: "eligibility.form.file.workersOnly", fieldErrors: [] }, {});
  return runFormAction("application.create", previous, form, {
    useCase: (worker) => startDraftApplication({ actor: worker, input: { eligibility: carriedAnswers(answers) } }),
    onSuccess: ({ id }) => redirectAfterSuccess(`/dossiers/${id}`),
  });
}
