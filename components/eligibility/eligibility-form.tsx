"use client";

import { useEffect, useRef } from "react";
import { useFieldArray, type Control, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Choices, Field, buttonClass, fieldId, fieldsetClass, inputClass, legendClass } from "@/components/forms/field";
import { DefaultSubmit, IntentButton } from "@/components/forms/intent-button";
import { RadioGroup } from "@/components/forms/radio-group";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";
import type { IsoDay } from "@/lib/dates";
import type { EligibilityAnswer } from "@/lib/eligibility/assess-eligibility";
import { eligibilityRequestSchema } from "@/lib/eligibility/eligibility-request";
import { INCAPACITY_CAUSES, WORK_BASES } from "@/lib/eligibility/eligibility-rules";
import { addRowIntent, removeRowIntent } from "@/lib/forms/form-intent";
import { EligibilityResult } from "./eligibility-result";

type Values = z.input<ReturnType<typeof eligibilityRequestSchema>>;
type Parsed = z.output<ReturnType<typeof eligibilityRequestSchema>>;
type Server = ReturnType<typeof useServerForm<Values, Parsed, EligibilityAnswer>>;

const secondaryButtonClass = "rounded border-2 border-brand-600 bg-white px-4 py-1 font-semibold text-brand-700 hover:bg-brand-50";

/** A new row as the browser holds it: days and choices unanswered. */
const EMPTY_WORK_PERIOD = { from: "", to: "", basis: "", incapacityPeriods: [] } as unknown as Values["workPeriods"][number];
const EMPTY_INCAPACITY = { from: "", to: "", cause: "" } as unknown as NonNullable<Values["workPeriods"][number]["incapacityPeriods"]>[number];

/** A period's first and last day, side by side. */
function Days({ server, path, labels }: { server: Server; path: string; labels: { from: string; to: string } }) {
  const { field, errorFor } = server;
  return (
    <div className="flex flex-wrap gap-x-6">
      {(["from", "to"] as const).map((end) => (
        <Field key={end} path={`${path}.${end}`} label={labels[end]} error={errorFor(`${path}.${end}`)}>
          {(props) => <input {...props} {...field(`${path}.${end}` as `workPeriods.${number}.from`)} type="date" className={`${inputClass} max-w-xs`} />}
        </Field>
      ))}
    </div>
  );
}

/** The incapacity periods inside one work period, added and removed like the work periods. */
function IncapacityPeriods({ server, control, period }: { server: Server; control: Control<Values, unknown, Parsed>; period: number }) {
  const t = useTranslations("eligibility.form");
  const common = useTranslations("forms");
  const list = `workPeriods.${period}.incapacityPeriods` as const;
  const rows = useFieldArray({ control, name: list });
  const addButton = useRef<HTMLButtonElement>(null);
  const number = period + 1;
  return (
    <fieldset className="mt-4 rounded border border-slate-300 bg-white p-3">
      <legend className="px-1 font-semibold">{t("incapacityLegend", { number })}</legend>
      <p className="mb-3 text-sm text-slate-700">{t("incapacityHint")}</p>
      {rows.fields.map((row, index) => {
        const path = `${list}.${index}` as const;
        const names = { number, incapacity: index + 1 };
        return (
          <div key={row.id} className="mb-4 border-b border-slate-200 pb-3">
            <Days server={server} path={path} labels={{ from: t("incapacityFrom", names), to: t("incapacityTo", names) }} />
            <Field path={`${path}.cause`} label={t("cause", names)} error={server.errorFor(`${path}.cause`)}>
              {(props) => (
                <select {...props} {...server.field(`${path}.cause`)} className={`${inputClass} max-w-md`}>
                  <Choices prompt={common("choose")} options={INCAPACITY_CAUSES.map((cause) => ({ value: cause, label: t(`causes.${cause}`) }))} />
                </select>
              )}
            </Field>
            <RadioGroup
              control={control}
              name={`${path}.startedDuringRegularEmploymentByEmployerEstablishedInBelgium`}
              legend={t("startedDuringRegularEmployment", names)}
              error={server.errorFor(`${path}.startedDuringRegularEmploymentByEmployerEstablishedInBelgium`)}
              options={[
                { value: true, label: t("yes") },
                { value: false, label: t("no") },
              ]}
            />
            <IntentButton
              intent={removeRowIntent(list, index)}
              onClick={() => {
                rows.remove(index);
                addButton.current?.focus();
              }}
              className="underline"
            >
              {t("removeIncapacityPeriod", names)}
            </IntentButton>
          </div>
        );
      })}
      <IntentButton ref={addButton} intent={addRowIntent(list)} onClick={() => rows.append(EMPTY_INCAPACITY)} className={secondaryButtonClass}>
        {t("addIncapacityPeriod", { number })}
      </IntentButton>
    </fieldset>
  );
}

/**
 * The public eligibility calculator's form. It posts to a server action (passed in by the page), so
 * it works before and without JavaScript: the answer comes back above the form with the answers
 * kept, or the problems per field; adding or removing a work period or an incapacity period posts
 * the form too and shows it again (lib/forms/form-intent). With JavaScript react-hook-form checks
 * the fields with the request's own schema first, rows are added in the page, and the same action
 * answers without a page load.
 */
export function EligibilityForm({ action, today }: { action: FormAction<EligibilityAnswer>; today: IsoDay }) {
  const t = useTranslations("eligibility.form");
  const common = useTranslations("forms");
  const server = useServerForm<Values, Parsed, EligibilityAnswer>({
    action,
    resolver: zodResolver(eligibilityRequestSchema(today)),
    defaultValues: { applicationDate: today, workPeriods: [EMPTY_WORK_PERIOD] } as DefaultValues<Values>,
  });
  const { form, state, formAction, onSubmit, field, errorFor, summary, submission, pending } = server;
  const periods = useFieldArray({ control: form.control, name: "workPeriods" });
  const addPeriodButton = useRef<HTMLButtonElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.answer) resultHeading.current?.focus();
  }, [state]);
  const yesNo = [
    { value: true, label: t("yes") },
    { value: false, label: t("no") },
  ];

  return (
    <div>
      <ErrorSummary errors={summary} submission={submission} />
      {state.answer ? <EligibilityResult answer={state.answer} headingRef={resultHeading} /> : null}
      <form action={formAction} onSubmit={onSubmit} noValidate aria-label={t("submit")} aria-busy={pending} className="max-w-3xl">
        <DefaultSubmit />
        <Field path="applicationDate" label={t("applicationDate")} hint={t("applicationDateHint")} error={errorFor("applicationDate")}>
          {(props) => <input {...props} {...field("applicationDate")} type="date" max={today} className={`${inputClass} max-w-xs`} />}
        </Field>
        <RadioGroup control={form.control} name="legalResidenceInBelgium" legend={t("legalResidenceInBelgium")} error={errorFor("legalResidenceInBelgium")} options={yesNo} />
        <RadioGroup
          control={form.control}
          name="euLongTermResidentInOtherMemberState"
          legend={t("euLongTermResidentInOtherMemberState")}
          error={errorFor("euLongTermResidentInOtherMemberState")}
          options={yesNo}
        />

        <fieldset className={fieldsetClass} id={fieldId("workPeriods")} tabIndex={-1}>
          <legend className={legendClass}>{t("workPeriodsLegend")}</legend>
          <p className="mb-4 text-slate-700">{t("workPeriodsHint")}</p>
          {errorFor("workPeriods") ? <p className="mb-4 font-semibold text-danger-600">{errorFor("workPeriods")}</p> : null}
          {periods.fields.length === 0 ? <p className="mb-4 italic">{t("noWorkPeriods")}</p> : null}
          {periods.fields.map((row, index) => {
            const number = index + 1;
            return (
              <section key={row.id} aria-label={t("workPeriod", { number })} className="mb-6 rounded bg-slate-50 p-3">
                <h3 className="mb-3 text-lg font-semibold">{t("workPeriod", { number })}</h3>
                <Days server={server} path={`workPeriods.${index}`} labels={{ from: t("from", { number }), to: t("to", { number }) }} />
                <Field path={`workPeriods.${index}.basis`} label={t("basis", { number })} error={errorFor(`workPeriods.${index}.basis`)}>
                  {(props) => (
                    <select {...props} {...field(`workPeriods.${index}.basis`)} className={`${inputClass} max-w-md`}>
                      <Choices prompt={common("choose")} options={WORK_BASES.map((basis) => ({ value: basis, label: t(`bases.${basis}`) }))} />
                    </select>
                  )}
                </Field>
                <IncapacityPeriods server={server} control={form.control} period={index} />
                <IntentButton
                  intent={removeRowIntent("workPeriods", index)}
                  onClick={() => {
                    periods.remove(index);
                    // The removed row's button is gone: keep keyboard focus in the list.
                    addPeriodButton.current?.focus();
                  }}
                  className="mt-3 underline"
                >
                  {t("removeWorkPeriod", { number })}
                </IntentButton>
              </section>
            );
          })}
          <IntentButton ref={addPeriodButton} intent={addRowIntent("workPeriods")} onClick={() => periods.append(EMPTY_WORK_PERIOD)} className={secondaryButtonClass}>
            {t("addWorkPeriod")}
          </IntentButton>
        </fieldset>
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
