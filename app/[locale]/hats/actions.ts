"use server";

import { homePathOf } from "@/lib/auth/actor";
import { chooseHat } from "@/lib/auth/choose-hat";
import type { FormState } from "@/lib/forms/form-state";
import { redirectAfterSuccess, runPublicFormAction } from "@/app/_server/action";
import { getSignedIn } from "@/app/_server/session";

/**
 * Acts from now on in the chosen hat, and goes to that hat's home. Public in the wrapper's sense:
 * a person who has not chosen yet has no actor; the use case requires their session instead.
 */
export async function chooseHatAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runPublicFormAction("auth.choose-hat", previous, formData, {
    useCase: async (values) => chooseHat({ sessionId: (await getSignedIn())?.sessionId, input: values }),
    onSuccess: (actor) => redirectAfterSuccess(homePathOf(actor)),
  });
}
