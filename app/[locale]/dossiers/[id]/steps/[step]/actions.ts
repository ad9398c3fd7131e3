"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import { saveFilingStep } from "@/lib/filing/save-filing-step";
import { employmentFieldKinds, feeFieldKinds, residenceFieldKinds } from "@/lib/filing/step-schemas";
import { eligibilityFieldKinds, identityFieldKinds } from "@/lib/filing/person-filing";
import { isFormStep, isPersonFormStep, stepAfter, stepHref, type FormStep, type PersonFormStep } from "@/lib/filing/steps";
import type { FieldKinds } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";

const kindsOf: Record<FormStep | PersonFormStep, FieldKinds> = {
  residence: residenceFieldKinds,
  worker: {},
  employment: employmentFieldKinds,
  fee: feeFieldKinds,
  eligibility: eligibilityFieldKinds,
  identity: identityFieldKinds,
};

/** Saves one step of the guided filing ("Save and continue"), then goes on to the next step. */
export async function saveStepAction(previous: FormState, formData: FormData): Promise<FormState> {
  formData = postedForm(formData);
  const posted = formData.get("step");
  // An unknown step is left to the use case's own schema, which refuses it.
  const kinds = isFormStep(posted) || isPersonFormStep(posted) ? kindsOf[posted] : {};
  return runFormAction("application.save-step", previous, formData, {
    kinds: { ...kinds, numbers: [...(kinds.numbers ?? []), "version"] },
    useCase: (actor, { applicationId, version, step, ...values }) => saveFilingStep({ actor, input: { applicationId, version, step, values } }),
    onSuccess: ({ id, step, applicantKind }) => redirectAfterSuccess(stepHref(id, stepAfter(step, applicantKind))),
  });
}
