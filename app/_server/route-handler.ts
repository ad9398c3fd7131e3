import "server-only";
import { createTranslator } from "next-intl";
import type { Actor } from "@/lib/auth/actor";
import { auditClientFrom, withAuditClient } from "@/lib/audit/audit-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { noteIfDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/database-unavailable";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { StorageUnavailableError } from "@/lib/storage/object-storage";
import { isUuid } from "@/lib/documents/dossier-access";
import { translateFieldErrors } from "@/lib/errors/validation";
import { localeFromAcceptLanguage, type Locale, type Translate } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * Who may call a route handler. There is no default: each route states it, so a new route cannot
 * become public by omission. "public" routes never look at the session.
 */
export type RouteAccess = "public" | "signed-in";

export interface RouteRequest<Access extends RouteAccess, Params> {
  request: Request;
  /** From Accept-Language (nl, fr, de or en; English by default), also sent back as Content-Language. */
  locale: Locale;
  /** A translator over the whole catalog of `locale` (keys like `routing.errors.noPlace`). */
  t: Translate;
  actor: Access extends "signed-in" ? Actor : null;
  params: Params;
}

/** The answer bodies of a failure; a success answers whatever the handler returns, as JSON. */
export type RouteErrorBody = { errors: { path: string; message: string }[] } | { error: string };

async function translatorFor(locale: Locale): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  // next-intl types keys from the catalog; the keys carried by errors are known only at run time.
  return t as unknown as Translate;
}

async function actorFor(access: RouteAccess): Promise<Actor | null> {
  if (access === "public") return null;
  // Loaded only here so that public routes (and their tests) do not pull in next-auth.
  const { getActor } = await import("./session");
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/**
 * The one wrapper for route handlers (the API under app/api/v1, the document routes): runs the
 * handler and turns every outcome into a JSON answer in the caller's language.
 *  - the handler's result → 200 with it as JSON, or as it is when it is a Response (a file, a redirect);
 *  - an AppError carrying field errors (VALIDATION 400, PAYLOAD_TOO_LARGE 413) → its status with
 *    `{ errors: [{ path, message }] }`, one per field, translated;
 *  - any other AppError → its status with `{ error: code }`;
 *  - a database that cannot be reached (lib/db/database-unavailable.ts) or storage that cannot
 *    take or give a file (StorageUnavailableError) → 503 `{ error: "UNAVAILABLE" }`
 *    with Retry-After, so that a client waits and tries again rather than reporting a failure;
 *  - anything else (a bug, a failing dependency, even a catalog that cannot load) → 500
 *    `{ error: "UNEXPECTED" }`, logged here and never described to the caller.
 * A signed-in caller's refusal (403, 404) is audited with the dossier the path names (`params.id`),
 * and every audit entry of the request records the client's network and browser.
 * Answers are computed per request and may carry personal data later: never stored by caches.
 */
export function routeHandler<Access extends RouteAccess, Params = Record<string, never>>(
  name: string,
  options: { access: Access },
  handler: (route: RouteRequest<Access, Params>) => Promise<unknown> | unknown,
): (request: Request, context?: { params: Promise<Params> }) => Promise<Response> {
  return (request, context) => withAuditClient(auditClientFrom(request.headers), async () => {
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    const answer = (body: unknown, status: number, extra: Record<string, string> = {}) =>
      Response.json(body, {
        status,
        headers: { "Cache-Control": "no-store", "Content-Language": locale, Vary: "Accept-Language", ...extra },
      });
    try {
      const t = await translatorFor(locale);
      let actor: Actor | null = null;
      let params = {} as Params;
      try {
        actor = await actorFor(options.access);
        params = ((await context?.params) ?? {}) as Params;
        const result = await handler({ request, locale, t, actor: actor as RouteRequest<Access, Params>["actor"], params });
        return result instanceof Response ? result : answer(result, 200);
      } catch (error) {
        if (!isAppError(error)) throw error;
        if (actor && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) await auditRefusal(name, actor, params, error);
        return answer(appErrorBody(error, t), error.status);
      }
    } catch (error) {
      const storage = error instanceof StorageUnavailableError;
      if (storage || noteIfDatabaseUnavailable(error)) {
        console.warn(`[${name}] ${storage ? "storage" : "database"} unavailable`);
        return answer({ error: "UNAVAILABLE" } satisfies RouteErrorBody, 503, { "Retry-After": String(RETRY_AFTER_SECONDS) });
      }
      console.error(`[${name}]`, error);
      return answer({ error: "UNEXPECTED" } satisfies RouteErrorBody, 500);
    }
  });
}

/** The audit entry of a refused request: the dossier its path names (a well-formed id only). */
async function auditRefusal(name: string, actor: Actor, params: unknown, error: AppError): Promise<void> {
  const id = (params as { id?: unknown }).id;
  const named = typeof id === "string" && isUuid(id);
  await recordAudit(getDb(), {
    actor,
    action: name,
    entityType: id === undefined ? "Action" : "Application",
    entityId: named ? id.toLowerCase() : null,
    outcome: "DENIED",
    metadata: { code: error.code },
  });
}

function appErrorBody(error: AppError, t: Translate): RouteErrorBody {
  if (error.fieldErrors.length === 0) return { error: error.code };
  return { errors: translateFieldErrors(error.fieldErrors, t) };
}

/** The most a JSON request body may weigh: far more than any honest routing request needs. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** Message-catalog keys for what is wrong with the body as a whole (path ""). */
export interface JsonBodyMessages {
  /** The body is not JSON at all. */
  invalidJson: string;
  /** The body is over the limit; translated with `{ maxKiB }`. */
  tooLarge: string;
}

/**
 * The request body parsed as JSON, or an error on the whole input (path ""): PAYLOAD_TOO_LARGE
 * (413) when it is over `maxBytes`, VALIDATION when it is not JSON at all. Schemas then judge the
 * parsed value. The size is checked twice: a Content-Length over the limit is refused before
 * anything is read, and the bytes are counted while reading (the header may be absent, as with a
 * chunked body, or wrong), so that no more than `maxBytes` (plus one chunk) is ever held.
 */
export async function readJsonBody(request: Request, messages: JsonBodyMessages, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const tooLarge = () =>
    new AppError("PAYLOAD_TOO_LARGE", { fieldErrors: [{ path: "", message: messages.tooLarge, values: { maxKiB: Math.floor(maxBytes / 1024) } }] });
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const text = await readText(request, maxBytes, tooLarge);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("VALIDATION", { fieldErrors: [{ path: "", message: messages.invalidJson }] });
  }
}

/** The body as UTF-8 text (as Request.text() reads it), refused with `tooLarge` past `maxBytes`. */
async function readText(request: Request, maxBytes: number, tooLarge: () => AppError): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Refuses a state-changing request that another site made the browser send (CSRF): the session
 * cookie goes along with a cross-site form post, so a route handler checks that the page posting
 * is ours, as Next.js does for server actions: the Origin's host must be the host addressed.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    // "null" (a sandboxed page, a redirect across sites) or garbage: not ours.
  }
  if (!originHost || !host || originHost !== host) throw new AppError("FORBIDDEN");
}
