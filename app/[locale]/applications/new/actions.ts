"use server";

import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import { startDraftApplication } from "@/lib/filing/start-draft-application";
import type { FormState } from "@/lib/forms/form-state";

export async function startApplicationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("application.create", previous, formData, {
    useCase: (actor, values) => startDraftApplication({ actor, input: values }),
    onSuccess: ({ id }) => redirectAfterSuccess(`/dossiers/${id}`),
  });
}
