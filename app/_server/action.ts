import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { AppError, isAppError, type FieldError } from "@/lib/errors/app-error";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { postedForm, submissionsBefore } from "@/lib/forms/action-arguments";
import { formDataToObject, type FieldKinds } from "@/lib/forms/form-data";
import { applyIntent, INTENT_FIELD, readIntent } from "@/lib/forms/form-intent";
import type { FormState } from "@/lib/forms/form-state";
import { getActor } from "./session";

/** What a server action answers the form: its data, or errors keyed to fields and to the form. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; formError: string; formErrorValues?: Record<string, string | number>; fieldErrors: FieldError[] };

/**
 * The one wrapper for server actions: resolves the actor, runs the use case, and turns errors into
 * answers. Only AppErrors are shown (as message keys); anything else is logged and answered with a
 * generic message, so no internals reach the browser. Refused attempts are audited.
 */
export async function runAction<T>(action: string, perform: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  const actor = await getActor();
  return answer(action, actor, () => {
    if (!actor) throw new AppError("UNAUTHENTICATED");
    return perform(actor);
  });
}

/** The same for a public action (signing up, accepting an invitation): no actor is needed. */
export function runPublicAction<T>(action: string, perform: () => Promise<T>): Promise<ActionResult<T>> {
  return answer(action, null, perform);
}

async function answer<T>(action: string, actor: Actor | null, perform: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await perform() };
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND") {
        await recordAudit(getDb(), { actor, action, entityType: "Action", outcome: "DENIED", metadata: { code: error.code } });
      }
      return { ok: false, formError: `errors.${error.code}`, fieldErrors: error.fieldErrors };
    }
    console.error(`[${action}]`, error);
    return { ok: false, formError: "errors.UNEXPECTED", fieldErrors: [] };
  }
}

/** The form's state after a refused submission: the refusal, and what was entered to show again. */
export function refusedForm<Answer = never>(previous: FormState<Answer>, refusal: Extract<ActionResult<unknown>, { ok: false }>, values: Record<string, unknown>): FormState<Answer> {
  const { formError, formErrorValues, fieldErrors } = refusal;
  return { submission: submissionsBefore(previous) + 1, formError, ...(formErrorValues ? { formErrorValues } : {}), fieldErrors, values };
}

/** Moves on after a success: to a page of the portal, in the language of the page the form was on. */
export async function redirectAfterSuccess(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() });
}

/**
 * The one way a form's server action runs (`useActionState(action)` in the form, so the same
 * action answers a post without JavaScript and a submission from the enhanced form): reads the
 * posted fields into the schema's object, applies a button's intent (add or remove a row, show
 * the form again) without saving anything, or runs the use case through runAction, which parses
 * with the form's schema. A refusal comes back as the form's state; a success redirects.
 */
export async function runFormAction<T>(
  action: string,
  previous: FormState,
  formData: FormData,
  options: FormOptions<T> & { useCase: (actor: Actor, values: Record<string, unknown>) => Promise<T> },
): Promise<FormState> {
  return runForm(previous, formData, options, (values) => runAction(action, (actor) => options.useCase(actor, values)));
}

/** runFormAction for a public form (signing up, accepting an invitation): no actor is needed. */
export async function runPublicFormAction<T>(
  action: string,
  previous: FormState,
  formData: FormData,
  options: FormOptions<T> & { useCase: (values: Record<string, unknown>) => Promise<T> },
): Promise<FormState> {
  return runForm(previous, formData, options, (values) => runPublicAction(action, () => options.useCase(values)));
}

interface FormOptions<T> {
  kinds?: FieldKinds;
  /** Fields never shown again after a refusal (passwords): the person types them again. */
  secrets?: readonly string[];
  onSuccess: (data: T, values: Record<string, unknown>) => Promise<never>;
}

async function runForm<T>(previous: FormState, posted: FormData, options: FormOptions<T>, run: (values: Record<string, unknown>) => Promise<ActionResult<T>>): Promise<FormState> {
  // A hand-made call may carry anything: no form is judged as an empty one (lib/forms/action-arguments).
  const formData = postedForm(posted);
  const values = formDataToObject(formData, options.kinds);
  delete values[INTENT_FIELD];
  const shown = () => withoutSecrets(values, options.secrets ?? []);
  const intent = readIntent(formData);
  if (intent) return { submission: submissionsBefore(previous), fieldErrors: [], values: applyIntent(shown(), intent) };
  const result = await run(values);
  return result.ok ? options.onSuccess(result.data, values) : refusedForm(previous, result, shown());
}

/** A copy of what was entered without the fields at the `secrets` paths (`administrator.password`). */
function withoutSecrets(values: Record<string, unknown>, secrets: readonly string[]): Record<string, unknown> {
  if (secrets.length === 0) return values;
  const copy = structuredClone(values);
  for (const secret of secrets) {
    const path = secret.split(".");
    const key = path.pop()!;
    const container = path.reduce<unknown>((node, segment) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined), copy);
    if (typeof container === "object" && container !== null) delete (container as Record<string, unknown>)[key];
  }
  return copy;
}
