"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import { saveFilingStep } from "@/lib/filing/save-filing-step";
import { employmentFieldKinds, feeFieldKinds, residenceFieldKinds } from "@/lib/filing/step-schemas";
import { FILING_STEPS, isFormStep, stepHref, type FormStep } from "@/lib/filing/task-list";
import type { FieldKinds } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";

const kindsOf: Record<FormStep, FieldKinds> = { residence: residenceFieldKinds, worker: {}, employment: employmentFieldKinds, fee: feeFieldKinds };

/** Saves one step of the guided filing ("Save and continue"), then goes on to the next step. */
export async function saveStepAction(previous: FormState, formData: FormData): Promise<FormState> {
  formData = postedForm(formData);
  const posted = formData.get("step");
  // An unknown step is left to the use case's own schema, which refuses it.
  const kinds = isFormStep(posted) ? kindsOf[posted] : {};
  return runFormAction("application.save-step", previous, formData, {
    kinds: { ...kinds, numbers: [...(kinds.numbers ?? []), "version"] },
    useCase: (actor, { applicationId, version, step, ...values }) => saveFilingStep({ actor, input: { applicationId, version, step, values } }),
    onSuccess: ({ id, step }) => redirectAfterSuccess(stepHref(id, FILING_STEPS[FILING_STEPS.indexOf(step) + 1]!)),
  });
}
