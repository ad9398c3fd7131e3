"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { initialFormState } from "@/lib/forms/form-state";
import { fixHref } from "@/lib/filing/steps";
import { ErrorSummary } from "@/components/forms/error-summary";
import { buttonClass, fieldId, fieldsetClass, legendClass } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/use-server-form";

/**
 * The end of the check page: the declaration and, when the routing rules cannot decide, the pick of
 * one of the tied regions; then the submission. What the submission refuses comes back as one
 * list, each problem linked to the step (or document) where it is put right.
 */
export function CheckAnswersSubmitForm({
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
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errorOf = (path: string) => state.fieldErrors.find((e) => e.path === path);
  const onPage = (path: string) => path === "regionPick" || path === "declaration";
  const summary = [
    ...(state.formError && state.fieldErrors.length === 0 ? [{ message: t(state.formError, state.formErrorValues) }] : []),
    ...state.fieldErrors.map((e) => {
      const elsewhere = onPage(e.path) ? null : fixHref(applicationId, e.path);
      return { fieldId: onPage(e.path) ? fieldId(e.path) : undefined, href: elsewhere ? `/${locale}${elsewhere}` : undefined, message: t(e.message, e.values) };
    }),
  ];
  const pickError = errorOf("regionPick");
  const declarationError = errorOf("declaration");

  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <ErrorSummary errors={summary} submission={state.submission} />
      {candidates.length > 0 ? (
        <fieldset id={fieldId("regionPick")} tabIndex={-1} className={fieldsetClass} aria-describedby={pickError ? `${fieldId("regionPick")}-error` : undefined}>
          <legend className={legendClass}>{t("dossier.regionPick")}</legend>
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
      <h2 className="mb-2 text-2xl font-semibold">{t("filing.check.declarationTitle")}</h2>
      <div className={`mb-6 ${declarationError ? "border-l-4 border-danger-600 pl-3" : ""}`}>
        {declarationError ? (
          <p id={`${fieldId("declaration")}-error`} className="mb-1 font-semibold text-danger-600">
            {t(declarationError.message)}
          </p>
        ) : null}
        <label className="flex items-start gap-2">
          <input
            id={fieldId("declaration")}
            type="checkbox"
            name="declaration"
            defaultChecked={state.values?.declaration === true}
            aria-describedby={declarationError ? `${fieldId("declaration")}-error` : undefined}
            aria-invalid={declarationError ? true : undefined}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <span>{t("filing.check.declaration")}</span>
        </label>
      </div>
      <p className="mb-4">{t("filing.check.submitIntro")}</p>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("dossier.submit")}
      </button>
    </form>
  );
}
