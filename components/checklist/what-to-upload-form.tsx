"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Choices, Field, FieldMessages, buttonClass, describedByOf, fieldId, fieldsetClass, inputClass, legendClass } from "@/components/forms/field";
import { ChecklistResult } from "./checklist-result";
import { initialWhatToUploadState, type WhatToUploadState } from "./what-to-upload-state";

interface Option {
  value: string;
  label: string;
}

/** A question answered by one radio button; the first one carries the id the error summary links to. */
function RadioQuestion({ name, legend, hint, options, value, error }: { name: string; legend: string; hint?: string; options: Option[]; value?: string; error?: string }) {
  const id = fieldId(name);
  return (
    <fieldset aria-describedby={describedByOf(id, hint, error)} className={`${fieldsetClass} ${error ? "border-l-4 border-l-danger-600" : ""}`}>
      <legend className={legendClass}>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="mb-2 flex items-start gap-2">
            <input type="radio" id={optionId} name={name} value={option.value} defaultChecked={value === option.value} className="mt-1 h-5 w-5 shrink-0" />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * The public "What must I upload?" form. It posts to a server action (passed in by the page), so it
 * works before and without JavaScript: the page comes back with the answer above the form and the
 * answers kept, or with the problems per field. With JavaScript the same action runs without a
 * page load, and focus moves to the answer or to the list of problems.
 */
export function WhatToUploadForm({
  action,
  categories,
}: {
  action: (state: WhatToUploadState, form: FormData) => Promise<WhatToUploadState>;
  categories: Option[];
}) {
  const t = useTranslations("checklist");
  const common = useTranslations("forms");
  const [state, formAction, pending] = useActionState(action, initialWhatToUploadState);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const { values, errors, answer } = state;

  useEffect(() => {
    if (state.submission > 0 && state.answer) resultHeading.current?.focus();
  }, [state]);

  const errorFor = (path: string) => errors.find((e) => e.path === path)?.message;
  const yesNo: Option[] = [
    { value: "true", label: common("yes") },
    { value: "false", label: common("no") },
  ];
  const enumOptions = (question: string, codes: string[]): Option[] => codes.map((code) => ({ value: code, label: t(`form.${question}.${code}` as never) }));
  const formError = errorFor("");

  return (
    <div>
      <ErrorSummary errors={errors.map((e) => ({ ...(e.path ? { fieldId: fieldId(e.path) } : {}), message: e.message }))} submission={state.submission} />
      {answer ? <ChecklistResult answer={answer} headingRef={resultHeading} /> : null}
      {/* A new key per answer: the fields start again from what was posted. */}
      <form key={state.submission} action={formAction} noValidate aria-label={t("title")} aria-busy={pending} className="max-w-3xl">
        {formError ? <p className="mb-4 font-semibold text-danger-600">{formError}</p> : null}
        <RadioQuestion
          name="workerLocation"
          legend={t("form.workerLocation.legend")}
          options={enumOptions("workerLocation", ["ABROAD", "BELGIUM"])}
          value={values.workerLocation}
          error={errorFor("workerLocation")}
        />
        <RadioQuestion
          name="stayType"
          legend={t("form.stayType.legend")}
          hint={t("form.stayType.hint")}
          options={enumOptions("stayType", ["LEGAL_SHORT_STAY", "LEGAL_LONG_STAY", "ILLEGAL_STAY", "PROCEDURE_DOCUMENT"])}
          value={values.stayType}
          error={errorFor("stayType")}
        />
        <div className={`mb-8 flex items-start gap-2 ${errorFor("euLongTermResidentSeekingSecondResidence") ? "border-l-4 border-danger-600 pl-3" : ""}`}>
          <input
            type="checkbox"
            id={fieldId("euLongTermResidentSeekingSecondResidence")}
            name="euLongTermResidentSeekingSecondResidence"
            value="true"
            defaultChecked={values.euLongTermResidentSeekingSecondResidence === "true"}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <label htmlFor={fieldId("euLongTermResidentSeekingSecondResidence")}>{t("form.euLongTermResident")}</label>
        </div>
        <Field path="workerBirthDate" label={t("form.workerBirthDate")} error={errorFor("workerBirthDate")}>
          {(props) => <input {...props} type="date" name="workerBirthDate" defaultValue={values.workerBirthDate ?? ""} className={`${inputClass} max-w-xs`} />}
        </Field>
        <Field path="category" label={t("form.category")} error={errorFor("category")}>
          {(props) => (
            <select {...props} name="category" defaultValue={values.category ?? ""} className={inputClass}>
              <Choices prompt={common("choose")} options={categories} />
            </select>
          )}
        </Field>
        <RadioQuestion
          name="applicationType"
          legend={t("form.applicationType.legend")}
          options={enumOptions("applicationType", ["FIRST", "RENEWAL"])}
          value={values.applicationType}
          error={errorFor("applicationType")}
        />
        <RadioQuestion
          name="employmentType"
          legend={t("form.employmentType.legend")}
          options={enumOptions("employmentType", ["BELGIAN_EMPLOYMENT", "POSTING"])}
          value={values.employmentType}
          error={errorFor("employmentType")}
        />
        <RadioQuestion
          name="regulatedProfession"
          legend={t("form.regulatedProfession.legend")}
          hint={t("form.regulatedProfession.hint")}
          options={yesNo}
          value={values.regulatedProfession}
          error={errorFor("regulatedProfession")}
        />
        <RadioQuestion
          name="feeExemptionClaimed"
          legend={t("form.fee.legend")}
          hint={t("form.fee.hint")}
          options={[
            { value: "false", label: t("form.fee.paid") },
            { value: "true", label: t("form.fee.exempt") },
          ]}
          value={values.feeExemptionClaimed}
          error={errorFor("feeExemptionClaimed")}
        />
        <Field path="filingDate" label={`${t("form.filingDate")} (${common("optional").toLowerCase()})`} hint={t("form.filingDateHint")} error={errorFor("filingDate")}>
          {(props) => <input {...props} type="date" name="filingDate" defaultValue={values.filingDate ?? ""} className={`${inputClass} max-w-xs`} />}
        </Field>
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("form.submit")}
        </button>
      </form>
    </div>
  );
}
