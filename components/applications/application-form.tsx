"use client";

import { useEffect, useRef } from "react";
import { Controller, useFieldArray } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { addRowIntent, INTENT_FIELD, refreshIntent, removeRowIntent } from "@/lib/forms/form-intent";
import { PermitCategory } from "@/lib/generated/prisma/enums";
import { draftApplicationSchema, draftApplicationTypes, totalShare, type DraftApplicationInput } from "@/lib/applications/draft-application-input";
import type { FilingEmployer } from "@/lib/applications/get-filing-options";
import { isThirdCountryNational } from "@/lib/reference/countries";
import { RoutingPreview } from "./routing-preview";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Choices, Field, buttonClass, fieldId, fieldsetClass, inputClass, legendClass } from "@/components/forms/field";
import { DefaultSubmit, IntentButton } from "@/components/forms/intent-button";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

/** Options with their labels already in the reader's language, made on the server so that the
 * browser's own ICU data cannot make the page differ from what the server rendered. */
export interface Option {
  code: string;
  label: string;
}


const secondaryButtonClass = "rounded border-2 border-brand-600 px-4 py-1 font-semibold text-brand-600";

/** A new application, or changes to a draft (its id, the version read and the stored values). */
export type FormMode = { kind: "create" } | { kind: "edit"; applicationId: string; version: number; values: DraftApplicationInput };

/**
 * The filing form: the worker, the job and where the worker will work, with the competent region
 * live. It posts to `action` (creating a draft, or changing one: then with the draft's id and the
 * version read) and works without JavaScript: the questions that depend on an answer are all
 * shown, and adding or removing a workplace, or showing the units of the employer picked, is a
 * round trip to the server.
 */
export function ApplicationForm({
  action,
  mode,
  employers,
  choosesEmployer,
  countries,
  diplomaticPosts,
}: {
  action: FormAction;
  mode: FormMode;
  employers: FilingEmployer[];
  choosesEmployer: boolean;
  countries: Option[];
  diplomaticPosts: Option[];
}) {
  const t = useTranslations() as unknown as Translate;
  const hydrated = useHydrated();
  const { form, formAction, onSubmit, field, checkbox, errorFor, summary, submission, pending } = useServerForm<DraftApplicationInput>({
    action,
    resolver: zodResolver(draftApplicationSchema),
    defaultValues:
      mode.kind === "edit"
        ? mode.values
        : {
            employerId: choosesEmployer ? "" : undefined,
            type: "COMBINED_PERMIT_FIXED",
            worker: { givenNames: "", familyName: "", dateOfBirth: "", nationality: "", passportNumber: "", email: "", residenceCountry: "" },
            jobTitle: "",
            iscoCode: "",
            employmentStartDate: "",
            diplomaticPostCode: "",
            workplaces: [{ sharePercent: 100 }],
          },
  });
  const { control, setValue, getValues, watch } = form;
  const workplaces = useFieldArray({ control, name: "workplaces" });

  const residesInBelgium = watch("worker.residesInBelgium");
  useEffect(() => {
    if (residesInBelgium === true) {
      setValue("worker.residenceCountry", "BE");
      setValue("diplomaticPostCode", "");
    } else if (residesInBelgium === false && getValues("worker.residenceCountry") === "BE") {
      // The country of residence is asked anew; "Belgium" was only implied by the other answer.
      setValue("worker.residenceCountry", "");
    }
  }, [residesInBelgium, setValue, getValues]);
  const addWorkplaceButton = useRef<HTMLButtonElement>(null);

  const employerId = watch("employerId");
  const employer = choosesEmployer && mode.kind === "create" ? employers.find((e) => e.id === employerId) : employers[0];
  const units = employer?.units ?? [];
  // An employer without establishment units names the places of work by postal code instead.
  const byPostalCode = employer !== undefined && units.length === 0;
  const watchedWorkplaces = watch("workplaces") ?? [];
  const shareTotal = totalShare(watchedWorkplaces);
  const routingInput = {
    registeredOffice: employer?.registeredOfficePostalCode ? { postalCode: employer.registeredOfficePostalCode } : null,
    establishments: byPostalCode
      ? []
      : watchedWorkplaces.map((w) => {
          const unit = units.find((u) => u.id === w.establishmentUnitId);
          return { postalCode: unit?.postalCode ?? "", share: w.sharePercent, ...(unit ? { label: unit.city } : {}) };
        }),
    placesOfWork: byPostalCode ? watchedWorkplaces.map((w) => ({ postalCode: w.postalCode ?? "", share: w.sharePercent })) : [],
  };
  const workplaceKind = useRef(byPostalCode);
  useEffect(() => {
    // Switching between units and postal codes (another employer) starts the workplaces afresh;
    // the rows the page was rendered with (perhaps refused and shown again) are kept.
    if (workplaceKind.current === byPostalCode) return;
    workplaceKind.current = byPostalCode;
    if (mode.kind === "create") workplaces.replace([byPostalCode ? { postalCode: "", sharePercent: 100 } : { establishmentUnitId: "", sharePercent: 100 }]);
  }, [byPostalCode, mode.kind, workplaces]);
  // Without JavaScript every question that depends on an answer is asked; the server ignores what does not apply.
  const asksLegalStay = residesInBelgium === true || !hydrated;
  const asksResidenceAbroad = residesInBelgium === false || !hydrated;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <DefaultSubmit />
      {mode.kind === "edit" ? (
        <>
          <input type="hidden" name="applicationId" value={mode.applicationId} />
          <input type="hidden" name="version" value={mode.version} />
        </>
      ) : null}
      <ErrorSummary errors={summary} submission={submission} />

      {choosesEmployer && mode.kind === "create" ? (
        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>{t("newApplication.employerSection")}</legend>
          <Field path="employerId" label={t("newApplication.employer")} error={errorFor("employerId")}>
            {(props) => (
              <select {...props} {...field("employerId")} className={inputClass}>
                <Choices prompt={t("forms.choose")} options={employers.map((e) => ({ value: e.id, label: e.name }))} />
              </select>
            )}
          </Field>
          {hydrated ? null : (
            // With JavaScript the units follow the choice at once; without it, the server shows them.
            <button type="submit" name={INTENT_FIELD} value={refreshIntent} className={`${secondaryButtonClass} mb-2`}>
              {t("newApplication.showEmployerUnits")}
            </button>
          )}
        </fieldset>
      ) : null}

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("newApplication.residenceSection")}</legend>
        <Controller
          control={control}
          name="worker.residesInBelgium"
          render={({ field: radio }) => (
            <fieldset
              id={fieldId("worker.residesInBelgium")}
              tabIndex={-1}
              aria-describedby={errorFor("worker.residesInBelgium") ? `${fieldId("worker.residesInBelgium")}-error` : undefined}
              className="mb-5"
            >
              <legend className="mb-1 font-semibold">{t("newApplication.residesInBelgium")}</legend>
              {errorFor("worker.residesInBelgium") ? (
                <p id={`${fieldId("worker.residesInBelgium")}-error`} className="mb-1 font-semibold text-danger-600">
                  {errorFor("worker.residesInBelgium")}
                </p>
              ) : null}
              {[true, false].map((option) => (
                <label key={String(option)} className="mr-6 inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name={radio.name}
                    value={String(option)}
                    checked={radio.value === option}
                    onChange={() => radio.onChange(option)}
                    onBlur={radio.onBlur}
                    className="h-5 w-5"
                  />
                  {t(option ? "forms.yes" : "forms.no")}
                </label>
              ))}
            </fieldset>
          )}
        />
        {asksLegalStay ? (
          <div className={`mb-5 ${errorFor("worker.legalStay") ? "border-l-4 border-danger-600 pl-3" : ""}`}>
            <p id={`${fieldId("worker.legalStay")}-hint`} className="mb-1 text-sm text-slate-600">
              {t("newApplication.legalStayHint")}
            </p>
            {errorFor("worker.legalStay") ? (
              <p id={`${fieldId("worker.legalStay")}-error`} className="mb-1 font-semibold text-danger-600">
                {errorFor("worker.legalStay")}
              </p>
            ) : null}
            <label className="flex items-start gap-2">
              <input
                id={fieldId("worker.legalStay")}
                type="checkbox"
                {...checkbox("worker.legalStay")}
                aria-describedby={[`${fieldId("worker.legalStay")}-hint`, errorFor("worker.legalStay") ? `${fieldId("worker.legalStay")}-error` : ""].join(" ").trim()}
                aria-invalid={errorFor("worker.legalStay") ? true : undefined}
                className="mt-1 h-5 w-5 shrink-0"
              />
              <span>{t("newApplication.legalStay")}</span>
            </label>
          </div>
        ) : null}
        {asksResidenceAbroad ? (
          <>
            <Field path="worker.residenceCountry" label={t("newApplication.residenceCountry")} error={errorFor("worker.residenceCountry")}>
              {(props) => (
                <select {...props} {...field("worker.residenceCountry")} className={inputClass}>
                  <Choices prompt={t("forms.choose")} options={countries.filter((c) => c.code !== "BE").map(({ code, label }) => ({ value: code, label }))} />
                </select>
              )}
            </Field>
            <Field
              path="diplomaticPostCode"
              label={t("newApplication.diplomaticPost")}
              hint={t("newApplication.diplomaticPostHint")}
              error={errorFor("diplomaticPostCode")}
            >
              {(props) => (
                <select {...props} {...field("diplomaticPostCode")} className={inputClass}>
                  <Choices prompt={t("forms.choose")} options={diplomaticPosts.map(({ code, label }) => ({ value: code, label }))} />
                </select>
              )}
            </Field>
          </>
        ) : null}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("newApplication.workerSection")}</legend>
        <Field path="worker.givenNames" label={t("newApplication.givenNames")} error={errorFor("worker.givenNames")}>
          {(props) => <input {...props} {...field("worker.givenNames")} autoComplete="off" className={inputClass} />}
        </Field>
        <Field path="worker.familyName" label={t("newApplication.familyName")} error={errorFor("worker.familyName")}>
          {(props) => <input {...props} {...field("worker.familyName")} autoComplete="off" className={inputClass} />}
        </Field>
        <Field path="worker.dateOfBirth" label={t("newApplication.dateOfBirth")} error={errorFor("worker.dateOfBirth")}>
          {(props) => <input {...props} {...field("worker.dateOfBirth")} type="date" className={inputClass} />}
        </Field>
        <Field path="worker.nationality" label={t("newApplication.nationality")} hint={t("newApplication.nationalityHint")} error={errorFor("worker.nationality")}>
          {(props) => (
            <select {...props} {...field("worker.nationality")} className={inputClass}>
              <Choices prompt={t("forms.choose")} options={countries.filter((c) => isThirdCountryNational(c.code)).map(({ code, label }) => ({ value: code, label }))} />
            </select>
          )}
        </Field>
        <Field path="worker.passportNumber" label={t("newApplication.passportNumber")} error={errorFor("worker.passportNumber")}>
          {(props) => <input {...props} {...field("worker.passportNumber")} autoComplete="off" className={inputClass} />}
        </Field>
        <Field path="worker.email" label={t("newApplication.workerEmail")} hint={t("forms.optional")} error={errorFor("worker.email")}>
          {(props) => <input {...props} {...field("worker.email")} type="email" autoComplete="off" className={inputClass} />}
        </Field>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("newApplication.applicationSection")}</legend>
        <Field path="type" label={t("newApplication.type")} error={errorFor("type")}>
          {(props) => (
            <select {...props} {...field("type")} className={inputClass}>
              {draftApplicationTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`applicationTypes.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field path="category" label={t("newApplication.category")} error={errorFor("category")}>
          {(props) => (
            <select {...props} {...field("category")} className={inputClass}>
              <Choices prompt={t("forms.choose")} options={Object.values(PermitCategory).map((category) => ({ value: category, label: t(`categories.${category}`) }))} />
            </select>
          )}
        </Field>
        <Field path="jobTitle" label={t("newApplication.jobTitle")} error={errorFor("jobTitle")}>
          {(props) => <input {...props} {...field("jobTitle")} className={inputClass} />}
        </Field>
        <Field path="iscoCode" label={t("newApplication.iscoCode")} hint={t("newApplication.iscoCodeHint")} error={errorFor("iscoCode")}>
          {(props) => <input {...props} {...field("iscoCode")} inputMode="numeric" className={`${inputClass} max-w-32`} />}
        </Field>
        <Field path="employmentStartDate" label={t("newApplication.employmentStartDate")} error={errorFor("employmentStartDate")}>
          {(props) => <input {...props} {...field("employmentStartDate")} type="date" className={inputClass} />}
        </Field>
      </fieldset>

      <fieldset
        className={fieldsetClass}
        id={fieldId("workplaces")}
        tabIndex={-1}
        aria-describedby={errorFor("workplaces") ? `${fieldId("workplaces")}-error` : undefined}
      >
        <legend className={legendClass}>{t("newApplication.workplacesSection")}</legend>
        <p className="mb-4 text-slate-700">{t("newApplication.workplacesHint")}</p>
        {errorFor("workplaces") ? (
          <p id={`${fieldId("workplaces")}-error`} className="mb-4 font-semibold text-danger-600">
            {errorFor("workplaces")}
          </p>
        ) : null}
        {byPostalCode ? <p className="mb-4">{t("newApplication.noUnits")}</p> : null}
        {workplaces.fields.map((row, index) => (
          <div key={row.id} className="mb-4 flex flex-wrap items-end gap-4 border-b border-slate-200 pb-4">
            <div className="min-w-64 flex-1">
              {byPostalCode ? (
                <Field
                  path={`workplaces.${index}.postalCode`}
                  label={t("newApplication.placeOfWork", { number: index + 1 })}
                  hint={t("newApplication.placeOfWorkHint")}
                  error={errorFor(`workplaces.${index}.postalCode`)}
                >
                  {(props) => (
                    <input {...props} {...field(`workplaces.${index}.postalCode`)} inputMode="numeric" autoComplete="postal-code" className={`${inputClass} max-w-32`} />
                  )}
                </Field>
              ) : (
                <Field
                  path={`workplaces.${index}.establishmentUnitId`}
                  label={t("newApplication.establishmentUnit", { number: index + 1 })}
                  error={errorFor(`workplaces.${index}.establishmentUnitId`)}
                >
                  {(props) => (
                    <select {...props} {...field(`workplaces.${index}.establishmentUnitId`)} className={inputClass}>
                      <Choices
                        prompt={t("forms.choose")}
                        options={units.map((unit) => ({ value: unit.id, label: `${unit.name} — ${unit.street}, ${unit.postalCode} ${unit.city}` }))}
                      />
                    </select>
                  )}
                </Field>
              )}
            </div>
            <div className="w-40">
              <Field path={`workplaces.${index}.sharePercent`} label={t("newApplication.share")} error={errorFor(`workplaces.${index}.sharePercent`)}>
                {(props) => (
                  <input
                    {...props}
                    {...field(`workplaces.${index}.sharePercent`, { valueAsNumber: true })}
                    type="number"
                    min={1}
                    max={100}
                    inputMode="numeric"
                    className={inputClass}
                  />
                )}
              </Field>
            </div>
            {workplaces.fields.length > 1 ? (
              <IntentButton
                intent={removeRowIntent("workplaces", index)}
                onClick={() => {
                  workplaces.remove(index);
                  // The removed row's button is gone: keep keyboard focus in the list.
                  addWorkplaceButton.current?.focus();
                }}
                className="mb-5 underline"
              >
                {t(byPostalCode ? "newApplication.removePlaceOfWork" : "newApplication.removeWorkplace", { number: index + 1 })}
              </IntentButton>
            ) : null}
          </div>
        ))}
        <p className="mb-4 font-semibold" aria-live="polite">
          {t("newApplication.shareTotal", { total: shareTotal })}
        </p>
        <IntentButton
          ref={addWorkplaceButton}
          intent={addRowIntent("workplaces")}
          onClick={() => workplaces.append(byPostalCode ? { postalCode: "", sharePercent: Number.NaN } : { establishmentUnitId: "", sharePercent: Number.NaN })}
          className={secondaryButtonClass}
        >
          {t(byPostalCode ? "newApplication.addPlaceOfWork" : "newApplication.addWorkplace")}
        </IntentButton>
      </fieldset>

      <RoutingPreview input={routingInput} />

      <button type="submit" className={buttonClass} disabled={pending}>
        {t(mode.kind === "create" ? "newApplication.save" : "newApplication.saveChanges")}
      </button>
    </form>
  );
}
