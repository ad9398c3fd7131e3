"use server";

import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import { draftApplicationFieldKinds } from "@/lib/applications/draft-application-input";
import { updateDraftApplication } from "@/lib/applications/update-draft-application";
import type { FormState } from "@/lib/forms/form-state";

/** The draft's own fields, with the id and the version read (for the optimistic lock) beside them. */
const kinds = { ...draftApplicationFieldKinds, numbers: [...(draftApplicationFieldKinds.numbers ?? []), "version"] };

export async function updateApplicationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("application.update-draft", previous, formData, {
    kinds,
    useCase: (actor, { applicationId, version, ...application }) => updateDraftApplication({ actor, input: { applicationId, version, application } }),
    onSuccess: ({ id }) => redirectAfterSuccess(`/dossiers/${id}`),
  });
}
