"use server";

import { postedForm, submissionsBefore } from "@/lib/forms/action-arguments";
import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import { requestStop } from "@/lib/dossier-life/stop-dossier";
import { CONFIRMATION_STEP_FIELD } from "@/lib/forms/form-intent";
import type { FormState } from "@/lib/forms/form-state";

const kinds = { numbers: ["version"] };
const backToDossier = (_: unknown, values: Record<string, unknown>) => redirectAfterSuccess(`/dossiers/${String(values.applicationId)}`);

export async function withdrawApplicationAction(previous: FormState, formData: FormData): Promise<FormState> {
  formData = postedForm(formData);
  const step = formData.get(CONFIRMATION_STEP_FIELD);
  // Without JavaScript, asking for the confirmation (and taking it back) is a round trip that changes nothing.
  if (step !== "confirm") return { submission: submissionsBefore(previous), fieldErrors: [], values: { [CONFIRMATION_STEP_FIELD]: step === "ask" ? "ask" : "", reason: String(formData.get("reason") ?? "") } };
  return runFormAction("dossier.request-stop", previous, formData, {
    kinds,
    useCase: (actor, values) => requestStop({ actor, input: values }),
    onSuccess: backToDossier,
  });
}
