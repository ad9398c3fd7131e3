"use server";

import { runAction } from "@/app/_server/action";
import { outcomeErrors, setDocumentOutcome } from "@/app/_server/document-outcome";
import { redirect } from "@/i18n/navigation";
import { deleteDocument } from "@/lib/documents/delete-document";
import { isUuid } from "@/lib/documents/dossier-access";
import { isLocale } from "@/lib/i18n/locales";

/** Deletes one file of a draft, then back to the documents page (with or without JavaScript). */
export async function deleteDocumentAction(formData: FormData): Promise<void> {
  const applicationId = String(formData.get("applicationId") ?? "");
  const locale = String(formData.get("locale") ?? "");
  const result = await runAction("document.delete", (actor) =>
    deleteDocument({ actor, input: { applicationId, documentId: String(formData.get("documentId") ?? "") } }),
  );
  await setDocumentOutcome({
    applicationId,
    kind: null,
    fileName: null,
    ...(result.ok ? { action: "deleted", errors: [] } : { action: "failed", errors: outcomeErrors(result.fieldErrors, result.formError) }),
  });
  redirect({ href: isUuid(applicationId) ? `/dossiers/${applicationId}/documents` : "/", locale: isLocale(locale) ? locale : "nl" });
}
