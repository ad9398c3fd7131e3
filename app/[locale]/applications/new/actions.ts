"use server";

import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import { createDraftApplication } from "@/lib/applications/create-draft-application";
import { draftApplicationFieldKinds } from "@/lib/applications/draft-application-input";
import type { FormState } from "@/lib/forms/form-state";

export async function createApplicationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("application.create", previous, formData, {
    kinds: draftApplicationFieldKinds,
    useCase: (actor, values) => createDraftApplication({ actor, input: values }),
    onSuccess: ({ id }) => redirectAfterSuccess(`/dossiers/${id}`),
  });
}
