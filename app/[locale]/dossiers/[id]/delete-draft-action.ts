"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { auditTargetOf, runAction } from "@/app/_server/action";
import type { DeleteDraftState } from "@/components/dossiers/delete-draft-form";
import { redirect } from "@/i18n/navigation";
import { homePathOf } from "@/lib/auth/actor";
import { deleteDraftApplication } from "@/lib/applications/delete-draft-application";
import { isLocale } from "@/lib/i18n/locales";

function withTargetOf(formData: FormData) {
  const target = auditTargetOf({ applicationId: formData.get("applicationId") });
  return target ? { target } : {};
}

/** Deletes a draft with its files and goes home; answers the error when it cannot. */
export async function deleteDraftAction(_state: DeleteDraftState, formData: FormData): Promise<DeleteDraftState> {
  formData = postedForm(formData);
  let home = "/";
  const result = await runAction("application.delete-draft", async (actor) => {
    await deleteDraftApplication({ actor, input: { applicationId: formData.get("applicationId"), version: formData.get("version") } });
    home = homePathOf(actor);
  }, withTargetOf(formData));
  if (!result.ok) return { formError: result.formError };
  const locale = String(formData.get("locale") ?? "");
  return redirect({ href: home, locale: isLocale(locale) ? locale : "nl" });
}
