"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { initialFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "@/components/forms/error-summary";
import { buttonClass, describedByOf, FieldMessages, fieldsetClass, inputClass, legendClass } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/use-server-form";

/** The caseworker's acts on a dossier, each one form posting to its own server action. */
export type DossierActionKind = "takeIntoTreatment" | "requestInformation" | "admissibility" | "workPart" | "extendTerm" | "processStop" | "residence";

/** The buttons that submit each form: their `outcome` value (none for a single-act form) and label key. */
const submitButtons: Record<DossierActionKind, { outcome?: string; label: string; danger?: true }[]> = {
  takeIntoTreatment: [{ label: "backOffice.takeIntoTreatment.submit" }],
  requestInformation: [{ label: "backOffice.requestInformation.submit" }],
  admissibility: [
    { outcome: "ADMISSIBLE", label: "backOffice.admissibility.admissible" },
    { outcome: "INADMISSIBLE", label: "backOffice.admissibility.inadmissible", danger: true },
  ],
  workPart: [
    { outcome: "GRANTED", label: "backOffice.workPart.grant" },
    { outcome: "REFUSED", label: "backOffice.workPart.refuse", danger: true },
  ],
  extendTerm: [{ label: "backOffice.extendTerm.submit" }],
  processStop: [{ label: "backOffice.processStop.submit", danger: true }],
  residence: [
    { outcome: "GRANTED", label: "backOffice.residence.grant" },
    { outcome: "REFUSED", label: "backOffice.residence.refuse", danger: true },
  ],
};

/**
 * One act on a dossier as a form that works without JavaScript: the dossier and the version it
 * showed go along hidden (a dossier changed meanwhile is refused as a conflict), the errors come
 * back per field with a summary on top. Ids carry the form's kind, as several forms share a page.
 */
export function DossierActionForm({
  kind,
  action,
  applicationId,
  version,
  documentKinds = [],
}: {
  kind: DossierActionKind;
  action: FormAction;
  applicationId: string;
  version: number;
  /** The document kinds a request for information may ask for. */
  documentKinds?: readonly string[];
}) {
  const t = useTranslations() as unknown as Translate;
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const idOf = (path: string) => `${kind}-${path}`;
  const errorOf = (path: string) => {
    const error = state.fieldErrors.find((e) => e.path === path);
    return error ? t(error.message, error.values) : undefined;
  };
  const fieldErrors = state.fieldErrors.filter((e) => e.path !== "applicationId" && e.path !== "version");
  const summary = [
    ...(state.formError && fieldErrors.length === 0 ? [{ message: t(state.formError, state.formErrorValues) }] : []),
    ...fieldErrors.map((e) => ({ fieldId: e.path === "outcome" ? undefined : idOf(e.path), message: t(e.message, e.values) })),
  ];
  const text = (path: string) => (typeof state.values?.[path] === "string" ? (state.values[path] as string) : "");
  const checked = new Set([state.values?.items ?? []].flat().map(String));

  const textArea = (path: string, label: string, hint?: string): ReactNode => {
    const error = errorOf(path);
    return (
      <div className={`mb-4 ${error ? "border-l-4 border-danger-600 pl-3" : ""}`}>
        <label htmlFor={idOf(path)} className="mb-1 block font-semibold">
          {label}
        </label>
        <FieldMessages id={idOf(path)} hint={hint} error={error} />
        <textarea id={idOf(path)} name={path} rows={4} defaultValue={text(path)} aria-describedby={describedByOf(idOf(path), hint, error)} aria-invalid={error ? true : undefined} className={inputClass} />
      </div>
    );
  };

  let fields: ReactNode = null;
  if (kind === "requestInformation") {
    const error = errorOf("items");
    fields = (
      <>
        <fieldset id={idOf("items")} tabIndex={-1} aria-describedby={describedByOf(idOf("items"), undefined, error)} className={`mb-4 ${error ? "border-l-4 border-danger-600 pl-3" : ""}`}>
          <legend className="mb-1 font-semibold">{t("backOffice.requestInformation.items")}</legend>
          <FieldMessages id={idOf("items")} error={error} />
          <div className="grid gap-1 sm:grid-cols-2">
            {documentKinds.map((documentKind) => (
              <label key={documentKind} className="flex items-start gap-2">
                <input type="checkbox" name="items" value={documentKind} defaultChecked={checked.has(documentKind)} className="mt-1 h-5 w-5 shrink-0" />
                <span>{t(`documents.kinds.${documentKind}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {textArea("message", t("backOffice.requestInformation.message"))}
      </>
    );
  } else if (kind === "admissibility" || kind === "workPart" || kind === "residence") {
    fields = textArea("motivation", t("backOffice.motivation"), t("backOffice.motivationHint"));
  } else if (kind === "extendTerm") {
    const error = errorOf("until");
    fields = (
      <>
        <div className={`mb-4 ${error ? "border-l-4 border-danger-600 pl-3" : ""}`}>
          <label htmlFor={idOf("until")} className="mb-1 block font-semibold">
            {t("backOffice.extendTerm.until")}
          </label>
          <FieldMessages id={idOf("until")} error={error} />
          <input type="date" id={idOf("until")} name="until" defaultValue={text("until")} aria-describedby={describedByOf(idOf("until"), undefined, error)} aria-invalid={error ? true : undefined} className={`${inputClass} max-w-xs`} />
        </div>
        {textArea("reason", t("backOffice.extendTerm.reason"))}
      </>
    );
  }

  return (
    <form action={formAction} aria-labelledby={idOf("title")} className={fieldsetClass}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary errors={summary} submission={state.submission} />
      <h3 id={idOf("title")} className={`${legendClass} mb-2`}>
        {t(`backOffice.${kind}.title`)}
      </h3>
      {fields}
      <div className="flex flex-wrap gap-4">
        {submitButtons[kind].map((button) => (
          <button
            key={button.label}
            type="submit"
            {...(button.outcome ? { name: "outcome", value: button.outcome } : {})}
            disabled={pending}
            className={button.danger ? "rounded bg-danger-600 px-5 py-2 font-semibold text-white disabled:opacity-60" : buttonClass}
          >
            {t(button.label)}
          </button>
        ))}
      </div>
    </form>
  );
}
