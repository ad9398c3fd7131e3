"use client";

import { useRef } from "react";
import { useFieldArray } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { DefaultValues } from "react-hook-form";
import type { z } from "zod";
import type { Translate } from "@/lib/i18n/locales";
import { PermitCategory } from "@/lib/generated/prisma/enums";
import { employmentStepSchema, totalShare, type ResidenceContext } from "@/lib/filing/step-schemas";
import type { FilingEmployer } from "@/lib/applications/get-filing-options";
import { salaryPeriodOf } from "@/lib/category-rules/salary-thresholds";
import type { LocalityNames } from "@/lib/reference/postal-codes/postal-codes";
import { applyCompetentRegionRule, type RoutingInput } from "@/lib/routing/competent-region-rule";
import { routingInputSchema } from "@/lib/routing/routing-input";
import { addRowIntent, removeRowIntent } from "@/lib/forms/form-intent";
import type { IsoDay } from "@/lib/dates";
import { Choices, Field, fieldId, fieldsetClass, inputClass, legendClass } from "@/components/forms/field";
import { IntentButton } from "@/components/forms/intent-button";
import { RadioGroup } from "@/components/forms/radio-group";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";
import { useLocalityNames } from "@/components/routing/use-locality-names";
import type { LocalityNamesAction } from "@/components/routing/which-region-state";
import { RoutingPreview } from "./routing-preview";
import { StepFormFrame, type StepFormTarget } from "./step-form-frame";

type Values = z.input<ReturnType<typeof employmentStepSchema>>;
type Parsed = z.output<ReturnType<typeof employmentStepSchema>>;

const secondaryButtonClass = "rounded border-2 border-brand-600 px-4 py-1 font-semibold text-brand-600";

/**
 * The employment: category, first application or renewal, employment in Belgium or posting, the
 * job, the gross salary, the contract's dates and where the worker will work, with the competent
 * region live. The salary is asked in the unit of the region the workplaces route to (Brussels per
 * month, the others per year). Adding or removing a workplace works without JavaScript too.
 * The browser has no postal-code table: the preview names places after `localityNames` (the
 * names of the codes the page was rendered with, then the server's answer for codes typed since).
 */
export function EmploymentStepForm({
  action,
  target,
  today,
  residence,
  employer,
  values,
  localityNames,
  askLocalityNames,
}: {
  action: FormAction;
  target: StepFormTarget;
  today: IsoDay;
  residence: ResidenceContext;
  employer: FilingEmployer;
  values: DefaultValues<Values> | undefined;
  localityNames: LocalityNames;
  askLocalityNames: LocalityNamesAction;
}) {
  const t = useTranslations() as unknown as Translate;
  const units = employer.units;
  // An employer without establishment units names the places of work by postal code instead.
  const byPostalCode = units.length === 0;
  const server = useServerForm<Values, Parsed>({
    action,
    resolver: zodResolver(employmentStepSchema(today, residence)),
    defaultValues: values ?? {
      category: undefined,
      jobTitle: "",
      iscoCode: "",
      grossSalary: "",
      employmentStartDate: "",
      employmentEndDate: "",
      workplaces: [byPostalCode ? { postalCode: "", sharePercent: 100 } : { establishmentUnitId: "", sharePercent: 100 }],
    },
  });
  const { form, field, errorFor } = server;
  const workplaces = useFieldArray({ control: form.control, name: "workplaces" });
  const addWorkplaceButton = useRef<HTMLButtonElement>(null);
  const watched = form.watch("workplaces") ?? [];
  const routingInput: RoutingInput = {
    registeredOffice: employer.registeredOfficePostalCode ? { postalCode: employer.registeredOfficePostalCode } : null,
    establishments: byPostalCode
      ? []
      : watched.map((w) => {
          const unit = units.find((u) => u.id === w.establishmentUnitId);
          return { postalCode: unit?.postalCode ?? "", share: w.sharePercent, ...(unit ? { label: unit.city } : {}) };
        }),
    placesOfWork: byPostalCode ? watched.map((w) => ({ postalCode: w.postalCode ?? "", share: w.sharePercent })) : [],
  };
  const localityOf = useLocalityNames(
    [routingInput.registeredOffice?.postalCode ?? "", ...routingInput.establishments.map((p) => p.postalCode), ...routingInput.placesOfWork.map((p) => p.postalCode)],
    localityNames,
    askLocalityNames,
  );
  const routed = routingInputSchema.safeParse(routingInput);
  const routing = routed.success ? applyCompetentRegionRule(routed.data, localityOf) : null;
  // The unit the server stores the salary in: the routed region's (annual until a region is known).
  const perMonth = salaryPeriodOf(routing?.region ?? null) === "MONTHLY";
  const yesNo = (no: string, yes: string) => [
    { value: false, label: no },
    { value: true, label: yes },
  ];

  return (
    <StepFormFrame step="employment" target={target} form={server}>
      <Field path="category" label={t("filing.form.category")} error={errorFor("category")}>
        {(props) => (
          <select {...props} {...field("category")} className={inputClass}>
            <Choices prompt={t("forms.choose")} options={Object.values(PermitCategory).map((category) => ({ value: category, label: t(`categories.${category}`) }))} />
          </select>
        )}
      </Field>
      <RadioGroup
        control={form.control}
        name="isRenewal"
        legend={t("checklist.form.applicationType.legend")}
        error={errorFor("isRenewal")}
        options={yesNo(t("checklist.form.applicationType.FIRST"), t("checklist.form.applicationType.RENEWAL"))}
      />
      <RadioGroup
        control={form.control}
        name="isPosting"
        legend={t("checklist.form.employmentType.legend")}
        error={errorFor("isPosting")}
        options={yesNo(t("checklist.form.employmentType.BELGIAN_EMPLOYMENT"), t("checklist.form.employmentType.POSTING"))}
      />
      <Field path="jobTitle" label={t("filing.form.jobTitle")} error={errorFor("jobTitle")}>
        {(props) => <input {...props} {...field("jobTitle")} className={inputClass} />}
      </Field>
      <Field path="iscoCode" label={t("filing.form.iscoCode")} hint={t("filing.form.iscoCodeHint")} error={errorFor("iscoCode")}>
        {(props) => <input {...props} {...field("iscoCode")} inputMode="numeric" className={`${inputClass} max-w-32`} />}
      </Field>
      <RadioGroup
        control={form.control}
        name="regulatedProfession"
        legend={t("checklist.form.regulatedProfession.legend")}
        hint={t("checklist.form.regulatedProfession.hint")}
        error={errorFor("regulatedProfession")}
        options={[
          { value: true, label: t("forms.yes") },
          { value: false, label: t("forms.no") },
        ]}
      />
      <Field path="employmentStartDate" label={t("filing.form.employmentStartDate")} error={errorFor("employmentStartDate")}>
        {(props) => <input {...props} {...field("employmentStartDate")} type="date" className={`${inputClass} max-w-56`} />}
      </Field>
      <Field path="employmentEndDate" label={t("filing.form.employmentEndDate")} hint={t("filing.form.employmentEndDateHint")} error={errorFor("employmentEndDate")}>
        {(props) => <input {...props} {...field("employmentEndDate")} type="date" className={`${inputClass} max-w-56`} />}
      </Field>

      <fieldset className={fieldsetClass} id={fieldId("workplaces")} tabIndex={-1} aria-describedby={errorFor("workplaces") ? `${fieldId("workplaces")}-error` : undefined}>
        <legend className={legendClass}>{t("filing.form.workplacesSection")}</legend>
        <p className="mb-4 text-slate-700">{t("filing.form.workplacesHint")}</p>
        {errorFor("workplaces") ? (
          <p id={`${fieldId("workplaces")}-error`} className="mb-4 font-semibold text-danger-600">
            {errorFor("workplaces")}
          </p>
        ) : null}
        {byPostalCode ? <p className="mb-4">{t("filing.form.noUnits")}</p> : null}
        {workplaces.fields.map((row, index) => (
          <div key={row.id} className="mb-4 flex flex-wrap items-end gap-4 border-b border-slate-200 pb-4">
            <div className="min-w-64 flex-1">
              {byPostalCode ? (
                <Field
                  path={`workplaces.${index}.postalCode`}
                  label={t("filing.form.placeOfWork", { number: index + 1 })}
                  hint={t("filing.form.placeOfWorkHint")}
                  error={errorFor(`workplaces.${index}.postalCode`)}
                >
                  {(props) => <input {...props} {...field(`workplaces.${index}.postalCode`)} inputMode="numeric" autoComplete="postal-code" className={`${inputClass} max-w-32`} />}
                </Field>
              ) : (
                <Field path={`workplaces.${index}.establishmentUnitId`} label={t("filing.form.establishmentUnit", { number: index + 1 })} error={errorFor(`workplaces.${index}.establishmentUnitId`)}>
                  {(props) => (
                    <select {...props} {...field(`workplaces.${index}.establishmentUnitId`)} className={inputClass}>
                      <Choices prompt={t("forms.choose")} options={units.map((unit) => ({ value: unit.id, label: `${unit.name} — ${unit.street}, ${unit.postalCode} ${unit.city}` }))} />
                    </select>
                  )}
                </Field>
              )}
            </div>
            <div className="w-40">
              <Field path={`workplaces.${index}.sharePercent`} label={t("filing.form.share")} error={errorFor(`workplaces.${index}.sharePercent`)}>
                {(props) => (
                  <input {...props} {...field(`workplaces.${index}.sharePercent`, { valueAsNumber: true })} type="number" min={1} max={100} inputMode="numeric" className={inputClass} />
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
                {t(byPostalCode ? "filing.form.removePlaceOfWork" : "filing.form.removeWorkplace", { number: index + 1 })}
              </IntentButton>
            ) : null}
          </div>
        ))}
        <p className="mb-4 font-semibold" aria-live="polite">
          {t("filing.form.shareTotal", { total: totalShare(watched) })}
        </p>
        <IntentButton
          ref={addWorkplaceButton}
          intent={addRowIntent("workplaces")}
          onClick={() => workplaces.append(byPostalCode ? { postalCode: "", sharePercent: Number.NaN } : { establishmentUnitId: "", sharePercent: Number.NaN })}
          className={secondaryButtonClass}
        >
          {t(byPostalCode ? "filing.form.addPlaceOfWork" : "filing.form.addWorkplace")}
        </IntentButton>
      </fieldset>

      <RoutingPreview result={routing} />

      <Field
        path="grossSalary"
        label={t(perMonth ? "filing.form.grossSalaryMonthly" : "filing.form.grossSalaryAnnual")}
        hint={t(perMonth ? "filing.form.grossSalaryHintMonthly" : "filing.form.grossSalaryHintAnnual")}
        error={errorFor("grossSalary")}
      >
        {(props) => <input {...props} {...field("grossSalary")} inputMode="decimal" className={`${inputClass} max-w-56`} />}
      </Field>
    </StepFormFrame>
  );
}
