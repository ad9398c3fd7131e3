import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { AppError, isAppError, type FieldError } from "@/lib/errors/app-error";
import { getDb } from "@/lib/db";
import { auditClientFrom, withAuditClient } from "@/lib/audit/audit-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { noteIfDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { StorageUnavailableError } from "@/lib/storage/object-storage";
import { isUuid } from "@/lib/documents/dossier-access";
import { formDataToObject, type FieldKinds } from "@/lib/forms/form-data";
import { applyIntent, INTENT_FIELD, readIntent } from "@/lib/forms/form-intent";
import type { FormState } from "@/lib/forms/form-state";
import { getActor } from "./session";

/** What a server action answers the form: its data, or errors keyed to fields and to the form. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; formError: string; formErrorValues?: Record<string, string | number>; fieldErrors: FieldError[] };

/** What a refused action aimed at, for its audit entry: the dossier or membership the form named. */
export interface AuditTarget {
  entityType: string;
  entityId: string | null;
}

/** The fields by which a form names what it acts on, and the entity each names. */
const targetFields = [
  ["applicationId", "Application"],
  ["membershipId", "Membership"],
] as const;

/**
 * The entity a form's values name, for the audit entry of a refusal. Only a well-formed id is kept:
 * anything else in the field is the client's text, not an entity, and is not written to the log.
 */
export function auditTargetOf(values: Record<string, unknown>): AuditTarget | undefined {
  for (const [field, entityType] of targetFields) {
    const value = values[field];
    if (value === undefined || value === null || value === "") continue;
    return { entityType, entityId: typeof value === "string" && isUuid(value) ? value.toLowerCase() : null };
  }
  return undefined;
}

/**
 * The one wrapper for server actions: resolves the actor, runs the use case, and turns errors into
 * answers. Only AppErrors are shown (as message keys); a database that cannot be reached answers
 * "temporarily unavailable" (errors.UNAVAILABLE); anything else is logged and answered with a
 * generic message, so no internals reach the browser. Refused attempts are audited with the entity
 * they aimed at (`target`), and every audit entry of the request records the client's network and
 * browser (lib/audit/audit-client.ts).
 */
export async function runAction<T>(action: string, perform: (actor: Actor) => Promise<T>, options: { target?: AuditTarget } = {}): Promise<ActionResult<T>> {
  return withAuditClient(auditClientFrom(await headers()), async () => {
    let actor: Actor | null;
    try {
      actor = await getActor();
    } catch (error) {
      return failure(action, error);
    }
    return answer(action, actor, options.target, () => {
      if (!actor) throw new AppError("UNAUTHENTICATED");
      return perform(actor);
    });
  });
}

/** The same for a public action (signing up, accepting an invitation): no actor is needed. */
export async function runPublicAction<T>(action: string, perform: () => Promise<T>, options: { target?: AuditTarget } = {}): Promise<ActionResult<T>> {
  return withAuditClient(auditClientFrom(await headers()), () => answer(action, null, options.target, perform));
}

async function answer<T>(action: string, actor: Actor | null, target: AuditTarget | undefined, perform: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await perform() };
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND") {
        try {
          await recordAudit(getDb(), { actor, action, entityType: target?.entityType ?? "Action", entityId: target?.entityId ?? null, outcome: "DENIED", metadata: { code: error.code } });
        } catch (auditError) {
          return failure(action, auditError);
        }
      }
      return { ok: false, formError: `errors.${error.code}`, fieldErrors: error.fieldErrors };
    }
    return failure(action, error);
  }
}

/** The answer to an error that is not the user's: unavailable (the database is away) or unexpected. */
function failure(action: string, error: unknown): { ok: false; formError: string; fieldErrors: FieldError[] } {
  const storage = error instanceof StorageUnavailableError;
  if (storage || noteIfDatabaseUnavailable(error)) {
    console.warn(`[${action}] ${storage ? "storage" : "database"} unavailable`);
    return { ok: false, formError: "errors.UNAVAILABLE", fieldErrors: [] };
  }
  console.error(`[${action}]`, error);
  return { ok: false, formError: "errors.UNEXPECTED", fieldErrors: [] };
}

/** The form's state after a refused submission: the refusal, and what was entered to show again. */
export function refusedForm<Answer = never>(previous: FormState<Answer>, refusal: Extract<ActionResult<unknown>, { ok: false }>, values: Record<string, unknown>): FormState<Answer> {
  const { formError, formErrorValues, fieldErrors } = refusal;
  return { submission: previous.submission + 1, formError, ...(formErrorValues ? { formErrorValues } : {}), fieldErrors, values };
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
  return runForm(previous, formData, options, (values) => runAction(action, (actor) => options.useCase(actor, values), withTarget(auditTargetOf(values))));
}

/** runFormAction for a public form (signing up, accepting an invitation): no actor is needed. */
export async function runPublicFormAction<T>(
  action: string,
  previous: FormState,
  formData: FormData,
  options: FormOptions<T> & { useCase: (values: Record<string, unknown>) => Promise<T> },
): Promise<FormState> {
  return runForm(previous, formData, options, (values) => runPublicAction(action, () => options.useCase(values), withTarget(auditTargetOf(values))));
}

function withTarget(target: AuditTarget | undefined): { target?: AuditTarget } {
  return target ? { target } : {};
}

interface FormOptions<T> {
  kinds?: FieldKinds;
  /** Fields never shown again after a refusal (passwords): the person types them again. */
  secrets?: readonly string[];
  onSuccess: (data: T, values: Record<string, unknown>) => Promise<never>;
}

async function runForm<T>(previous: FormState, formData: FormData, options: FormOptions<T>, run: (values: Record<string, unknown>) => Promise<ActionResult<T>>): Promise<FormState> {
  const values = formDataToObject(formData, options.kinds);
  delete values[INTENT_FIELD];
  const shown = () => withoutSecrets(values, options.secrets ?? []);
  const intent = readIntent(formData);
  if (intent) return { submission: previous.submission, fieldErrors: [], values: applyIntent(shown(), intent) };
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
