"use server";

import { acceptMandate } from "@/lib/mandates/accept-mandate";
import { endMandate } from "@/lib/mandates/end-mandate";
import { grantMandate } from "@/lib/mandates/grant-mandate";
import type { FormState } from "@/lib/forms/form-state";
import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";

const mandatesPage = () => redirectAfterSuccess("/organisation/mandates");

export async function grantMandateAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("mandate.grant", previous, formData, { useCase: (actor, values) => grantMandate({ actor, input: values }), onSuccess: mandatesPage });
}

export async function acceptMandateAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("mandate.accept", previous, formData, { useCase: (actor, values) => acceptMandate({ actor, input: values }), onSuccess: mandatesPage });
}

export async function endMandateAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("mandate.end", previous, formData, { useCase: (actor, values) => endMandate({ actor, input: values }), onSuccess: mandatesPage });
}
