import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError, isAppError, type FieldError } from "@/lib/errors/app-error";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
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
  try {
    if (!actor) throw new AppError("UNAUTHENTICATED");
    return { ok: true, data: await perform(actor) };
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
