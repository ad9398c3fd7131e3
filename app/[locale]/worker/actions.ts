"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import { carriedEligibilityCookie } from "@/app/_server/carried-eligibility-cookie";
import { filesInOwnName } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { startDraftApplication } from "@/lib/filing/start-draft-application";
import { carriedAnswers } from "@/lib/filing/start-draft-application-input";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The worker's "apply for the permit of unlimited duration": starts their own draft, with the
 * calculator's answers when they were carried across the sign-in (the cookie, then cleared), else
 * from their earlier dossiers; then shows its task list.
 */
export async function startOwnApplicationAction(previous: FormState, formData: FormData): Promise<FormState> {
  formData = postedForm(formData);
  return runFormAction("application.create", previous, formData, {
    useCase: async (actor) => {
      // Only the worker files in their own name; an organisation's draft starts on its own page.
      if (!filesInOwnName(actor)) throw new AppError("FORBIDDEN");
      const draft = await startDraftApplication({ actor, input: { eligibility: carriedAnswers(await carriedEligibilityCookie.read()) } });
      await carriedEligibilityCookie.clear();
      return draft;
    },
    onSuccess: ({ id }) => redirectAfterSuccess(`/dossiers/${id}`),
  });
}
