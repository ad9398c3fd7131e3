import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/auth/client-address";
import type { LinkRequestAnswer } from "@/lib/auth/worker-accounts";
import { isAppError } from "@/lib/errors/app-error";
import { formDataToObject } from "@/lib/forms/form-data";
import { submissionsBefore } from "@/lib/forms/action-arguments";
import type { FormState } from "@/lib/forms/form-state";
import { refusedForm } from "./action";

/**
 * The public forms that mail a link (the worker's sign-in, the forgotten password): no session,
 * the client address for the throttle, and one answer — "sent" — whoever the address belongs to.
 */
export async function answerLinkRequest(
  action: string,
  previous: FormState<"sent">,
  formData: FormData,
  request: (values: Record<string, unknown>, clientAddress: string | null) => Promise<LinkRequestAnswer>,
): Promise<FormState<"sent">> {
  const values = formDataToObject(formData);
  try {
    const answer = await request(values, clientAddressFrom(await headers()));
    if (answer.ok) return { submission: submissionsBefore(previous) + 1, fieldErrors: [], answer: "sent" };
    const minutes = Math.ceil(answer.retryAfterSeconds / 60);
    return refusedForm(previous, { ok: false, formError: "accounts.tooManyRequests", formErrorValues: { minutes }, fieldErrors: [] }, values);
  } catch (error) {
    if (isAppError(error)) return refusedForm(previous, { ok: false, formError: `errors.${error.code}`, fieldErrors: error.fieldErrors }, values);
    console.error(`[${action}]`, error);
    return refusedForm(previous, { ok: false, formError: "errors.UNEXPECTED", fieldErrors: [] }, values);
  }
}
