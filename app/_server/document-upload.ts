import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors/app-error";
import { StorageUnavailableError } from "@/lib/storage/object-storage";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { documentLimits } from "@/lib/documents/document-limits";
import { uploadDocument } from "@/lib/documents/upload-document";
import { DocumentKind } from "@/lib/generated/prisma/enums";
import { readMultipartUpload } from "./multipart-upload";
import { outcomeCookieHeader, outcomeErrors, type DocumentOutcome } from "./document-outcome";
import { assertSameOrigin } from "./route-handler";

/**
 * `POST /api/dossiers/:id/documents`, one file per request. Two kinds of caller:
 *  - the page's script (XMLHttpRequest, `Accept: application/json`) gets JSON: the document, or
 *    the route wrapper's field errors (400, 413, 409) translated by `Accept-Language`;
 *  - the same form posted without JavaScript gets a 303 back to the documents page, with the outcome
 *    in a short-lived cookie (./document-outcome.ts), so that the page shows it.
 */
export async function answerUpload({ request, actor, applicationId, locale }: { request: Request; actor: Actor; applicationId: string; locale: Locale }): Promise<unknown> {
  assertSameOrigin(request);
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  let fields: Record<string, string> = {};
  const back = (outcome: Omit<DocumentOutcome, "applicationId" | "kind">) => {
    const pageLocale = isLocale(fields.locale) ? fields.locale : locale;
    const kind = (Object.values(DocumentKind) as string[]).includes(fields.kind ?? "") ? (fields.kind as DocumentKind) : null;
    return new Response(null, {
      status: 303,
      headers: {
        // The fragment brings the reader back to the checklist item they were at.
        Location: `/${pageLocale}/dossiers/${encodeURIComponent(applicationId)}/documents${kind ? `#item-${kind}` : ""}`,
        "Set-Cookie": outcomeCookieHeader({ applicationId, kind, ...outcome }, request.headers),
        "Cache-Control": "no-store",
      },
    });
  };
  try {
    const document = await readMultipartUpload(
      request,
      (formFields, file, fileName) => {
        fields = formFields;
        return uploadDocument({ actor, input: { applicationId, kind: formFields.kind, fileName, issuedOn: formFields.issuedOn, content: file } });
      },
      documentLimits().maxDossierBytes,
    );
    if (wantsJson) return { document };
    return back({ action: "uploaded", fileName: document.fileName, errors: [] });
  } catch (error) {
    // A script reads the wrapper's JSON; anything unexpected is the wrapper's 500 for both, and
    // storage being away its 503, which the page posted without JavaScript shows as its outcome.
    if (!wantsJson && error instanceof StorageUnavailableError) return back({ action: "failed", fileName: null, errors: outcomeErrors([], "errors.UNAVAILABLE") });
    if (wantsJson || !isAppError(error)) throw error;
    return back({ action: "failed", fileName: null, errors: outcomeErrors(error.fieldErrors, `errors.${error.code}`) });
  }
}
