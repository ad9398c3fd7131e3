"use server";

import { auth } from "@/auth";
import { AppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { acceptInvitationAsUser, acceptInvitationWithNewAccount } from "@/lib/organisations/invitations";
import { redirectAfterSuccess, runPublicFormAction } from "@/app/_server/action";

/** The invitee without an account chooses name, password and language; then signs in. */
export async function acceptInvitationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runPublicFormAction("member.join", previous, formData, {
    secrets: ["password"],
    useCase: (values) => acceptInvitationWithNewAccount(values),
    onSuccess: () => redirectAfterSuccess("/invitation/joined"),
  });
}

/**
 * The signed-in invitee joins with their account. Read from the session rather than the actor:
 * someone removed from their only organisation has no actor, and may still be invited back.
 */
export async function joinWithAccountAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runPublicFormAction("member.join", previous, formData, {
    useCase: async (values) => {
      const userId = (await auth())?.user?.id;
      if (!userId) throw new AppError("UNAUTHENTICATED");
      return acceptInvitationAsUser(userId, values.token);
    },
    onSuccess: () => redirectAfterSuccess("/home"),
  });
}
