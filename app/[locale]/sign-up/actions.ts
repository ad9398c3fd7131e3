"use server";

import type { FormState } from "@/lib/forms/form-state";
import { signUpFieldKinds } from "@/lib/organisations/organisation-input";
import { signUpOrganisation } from "@/lib/organisations/sign-up";
import { redirectAfterSuccess, runPublicFormAction } from "@/app/_server/action";

/** The public sign-up form posts here, with or without JavaScript; the password never comes back in the page. */
export async function signUpAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runPublicFormAction("organisation.sign-up", previous, formData, {
    kinds: signUpFieldKinds,
    secrets: ["administrator.password"],
    useCase: (values) => signUpOrganisation(values),
    onSuccess: () => redirectAfterSuccess("/sign-up/sent"),
  });
}
