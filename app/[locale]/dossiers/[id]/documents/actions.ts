"use server";

import { auditTargetOf, redirectAfterSuccess, runAction, runFormAction } from "@/app/_server/action";
import { outcomeErrors, setDocumentOutcome } from "@/app/_server/document-outcome";
import { redirect } from "@/i18n/navigation";
import { deleteDocument } from "@/lib/documents/delete-document";
import { answerInformation } from "@/lib/dossier-life/answer-information";
import { dossierCommandFieldKinds } from "@/lib/dossier-life/dossier-command";
import type { FormState } from "@/lib/forms/form-state";
import { isUuid } from "@/lib/documents/dossier-access";
import { isLocale } from "@/lib/i18n/locales";

/** Deletes one file of a draft or of an information request's answer not sent yet, then back to the documents page (with or without JavaScript). */
export async function deleteDocumentAction(formData: FormData): Promise<void> {
  const applicationId = String(formData.get("applicationId") ?? "");
  const locale = String(formData.get("locale") ?? "");
  const result = await runAction("document.delete", (actor) =>
    deleteDocument({ actor, input: { applicationId, documentId: String(formData.get("documentId") ?? "") } }),
    { target: auditTargetOf({ applicationId }) ?? { entityType: "Application", entityId: null } },
  );
  await setDocumentOutcome({
    applicationId,
    kind: null,
    fileName: null,
    ...(result.ok ? { action: "deleted", errors: [] } : { action: "failed", errors: outcomeErrors(result.fieldErrors, result.formError) }),
  });
  redirect({ href: isUuid(applicationId) ? `/dossiers/${applicationId}/documents` : "/", locale: isLocale(locale) ? locale : "nl" });
}

/** Sends the answer to the open information request, then back to the dossier (with or without JavaScript). */
export async function answerInformationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("dossier.answer-information", previous, formData, {
    kinds: dossierCommandFieldKinds,
    useCase: (actor, values) => answerInformation({ actor, input: values }),
    onSuccess: (_, values) => redirectAfterSuccess(`/dossiers/${String(values.applicationId)}`),
  });
}
