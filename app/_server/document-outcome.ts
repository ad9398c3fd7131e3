import "server-only";
import { cookies, headers } from "next/headers";
import { z } from "@/lib/forms/zod";
import { DocumentKind } from "@/lib/generated/prisma/enums";
import type { FieldError } from "@/lib/errors/app-error";

/**
 * What happened to the last upload or deletion, shown once the browser is back on the documents
 * page. Without JavaScript the form posts and the answer is a redirect (303): the outcome rides
 * along in a short-lived cookie, never in the URL, where it would be logged and bookmarked.
 */
const COOKIE = "wib-document-outcome";
const MAX_AGE_SECONDS = 60;

const outcomeSchema = z.object({
  applicationId: z.string(),
  action: z.enum(["uploaded", "deleted", "failed"]),
  kind: z.enum(DocumentKind).nullable(),
  fileName: z.string().max(300).nullable(),
  // Only message keys of our catalogs: the cookie comes back from the browser and is not trusted.
  errors: z.array(z.object({ message: z.string().regex(/^(documents\.errors|errors)\.\w+$/), values: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
});

export type DocumentOutcome = z.infer<typeof outcomeSchema>;

/** An outcome's errors as they are carried: message keys with their values, or the form's one message. */
export function outcomeErrors(errors: readonly FieldError[], formError: string): DocumentOutcome["errors"] {
  return errors.length > 0 ? errors.map(({ message, values }) => ({ message, values })) : [{ message: formError }];
}

function encode(outcome: DocumentOutcome): string {
  return Buffer.from(JSON.stringify(outcome)).toString("base64url");
}

/** Secure cookies over HTTPS; the posting page's origin says which (every POST carries it). */
function isHttps(requestHeaders: Headers): boolean {
  return requestHeaders.get("origin")?.startsWith("https://") === true;
}

/** The Set-Cookie value for a route handler's redirect. */
export function outcomeCookieHeader(outcome: DocumentOutcome, requestHeaders: Headers): string {
  return `${COOKIE}=${encode(outcome)}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${isHttps(requestHeaders) ? "; Secure" : ""}`;
}

/** The same, from a server action. */
export async function setDocumentOutcome(outcome: DocumentOutcome): Promise<void> {
  const secure = isHttps(await headers());
  (await cookies()).set(COOKIE, encode(outcome), { path: "/", maxAge: MAX_AGE_SECONDS, httpOnly: true, sameSite: "lax", secure });
}

/** The outcome for this dossier's page, if there is a fresh one. */
export async function readDocumentOutcome(applicationId: string): Promise<DocumentOutcome | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const outcome = outcomeSchema.parse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return outcome.applicationId === applicationId ? outcome : null;
  } catch {
    return null;
  }
}
