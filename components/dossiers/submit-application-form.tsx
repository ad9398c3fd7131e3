"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import { submitApplicationAction } from "@/app/[locale]/dossiers/[id]/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { buttonClass, fieldId } from "@/components/forms/field";
import type { FieldError } from "@/lib/errors/app-error";

/**
 * Submits a draft. When the routing rules cannot decide, the filer picks one of the tied regions
 * here; the pick is stored and shown to the caseworker.
 */
export function SubmitApplicationForm({
  applicationId,
  version,
  submissionKey,
  candidates,
}: {
  applicationId: string;
  version: number;
  /** Drawn once per page: a double click or a retry submits once (see submitApplication). */
  submissionKey: string;
  candidates: string[];
}) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [regionPick, setRegionPick] = useState<string>("");
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<{ formError?: string; fieldErrors: FieldError[] }>({ fieldErrors: [] });
  const [submissions, setSubmissions] = useState(0);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await submitApplicationAction({ applicationId, version, submissionKey, ...(regionPick ? { regionPick } : {}) });
    setPending(false);
    if (result.ok) {
      setErrors({ fieldErrors: [] });
      router.refresh();
      return;
    }
    setErrors({ formError: result.fieldErrors.length === 0 ? result.formError : undefined, fieldErrors: result.fieldErrors });
    setSubmissions((count) => count + 1);
  }

  const pickError = errors.fieldErrors.find((e) => e.path === "regionPick");
  const summary = [
    ...(errors.formError ? [{ message: t(errors.formError) }] : []),
    // Only the region choice is on this page; what else is missing is changed on the draft's edit page.
    ...errors.fieldErrors.map((e) => ({ fieldId: e.path === "regionPick" ? fieldId(e.path) : undefined, message: t(e.message, e.values) })),
  ];

  return (
    <form onSubmit={submit} noValidate className="rounded border-2 border-brand-600 p-4">
      <ErrorSummary errors={summary} submission={submissions} />
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
              <input type="radio" name="regionPick" value={region} checked={regionPick === region} onChange={() => setRegionPick(region)} className="h-5 w-5" />
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
