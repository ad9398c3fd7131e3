"use server";

import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import { submitApplication, submitApplicationFieldKinds } from "@/lib/applications/submit-application";
import type { FormState } from "@/lib/forms/form-state";

/** Submits the draft from its check page (with the declaration), then shows the submitted dossier. */
export async function submitApplicationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("application.submit", previous, formData, {
    kinds: submitApplicationFieldKinds,
    useCase: (actor, values) => submitApplication({ actor, input: values }),
    onSuccess: (_, values) => redirectAfterSuccess(`/dossiers/${String(values.applicationId)}`),
  });
}
