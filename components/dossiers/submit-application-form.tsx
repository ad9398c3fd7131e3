"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { initialFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "@/components/forms/error-summary";
import { buttonClass, fieldId } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/use-server-form";

/**
 * Submits a draft by posting to `action`. When the routing rules cannot decide, the filer picks one
 * of the tied regions here; the pick is stored and shown to the caseworker.
 */
export function SubmitApplicationForm({
  action,
  applicationId,
  version,
  submissionKey,
  candidates,
}: {
  action: FormAction;
  applicationId: string;
  version: number;
  /** Drawn once per page: a double click or a retry submits once (see submitApplication). */
  submissionKey: string;
  candidates: string[];
}) {
  const t = useTranslations() as unknown as Translate;
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const pickError = state.fieldErrors.find((e) => e.path === "regionPick");
  const summary = [
    ...(state.formError && state.fieldErrors.length === 0 ? [{ message: t(state.formError, state.formErrorValues) }] : []),
    // Only the region choice is on this page; what else is missing is changed on the draft's edit page.
    ...state.fieldErrors.map((e) => ({ fieldId: e.path === "regionPick" ? fieldId(e.path) : undefined, message: t(e.message, e.values) })),
  ];

  return (
    <form action={formAction} noValidate className="rounded border-2 border-brand-600 p-4">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <ErrorSummary errors={summary} submission={state.submission} />
      <h2 className="mb-2 text-xl font-semibold">{t("dossier.submitTitle")}</h2>
      <p className="mb-4">{t("dossier.submitIntro")}</p>
      {candidates.length > 0 ? (
        <fieldset id={fieldId("regionPick")} tabIndex={-1} className="mb-4" aria-describedby={pickError ? `${fieldId("regionPick")}-error` : undefined}>
          <legend className="mb-1 font-semibold">{t("dossier.regionPick")}</legend>
          {pickError ? (
            <p id={`${fieldId("regionPick")}-error`} className="mb-1 font-semibold text-danger-600">
              {t(pickError.message)}
            </p>
          ) : null}
          {candidates.map((region) => (
            <label key={region} className="mb-1 flex items-center gap-2">
              <input type="radio" name="regionPick" value={region} defaultChecked={state.values?.regionPick === region} className="h-5 w-5" />
              {t(`routing.regions.${region}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("dossier.submit")}
      </button>
    </form>
  );
}
