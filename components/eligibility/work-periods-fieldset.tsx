"use client";

import { useRef } from "react";
import { useFieldArray, type Control } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { Choices, Field, fieldId, fieldsetClass, inputClass, legendClass } from "@/components/forms/field";
import { IntentButton } from "@/components/forms/intent-button";
import { RadioGroup } from "@/components/forms/radio-group";
import type { eligibilityRequestSchema } from "@/lib/eligibility/eligibility-request";
import { INCAPACITY_CAUSES, WORK_BASES } from "@/lib/eligibility/eligibility-rules";
import { addRowIntent, removeRowIntent } from "@/lib/forms/form-intent";

/** The part of the calculator's question this fieldset edits; the worker's eligibility step asks it too. */
type Values = Pick<z.input<ReturnType<typeof eligibilityRequestSchema>>, "workPeriods">;
type Parsed = Pick<z.output<ReturnType<typeof eligibilityRequestSchema>>, "workPeriods">;
/** What the fieldset needs of its form (useServerForm's answer). */
export interface WorkPeriodsForm {
  control: Control<Values, unknown, Parsed>;
  field: (name: `workPeriods.${number}.${"from" | "to" | "basis"}` | `workPeriods.${number}.incapacityPeriods.${number}.${"from" | "to" | "cause"}`) => object;
  errorFor: (path: string) => string | undefined;
}

const secondaryButtonClass = "rounded border-2 border-brand-600 bg-white px-4 py-1 font-semibold text-brand-700 hover:bg-brand-50";

/** A new row as the browser holds it: days and choices unanswered. */
export const EMPTY_WORK_PERIOD = { from: "", to: "", basis: "", incapacityPeriods: [] } as unknown as Values["workPeriods"][number];
const EMPTY_INCAPACITY = { from: "", to: "", cause: "" } as unknown as NonNullable<Values["workPeriods"][number]["incapacityPeriods"]>[number];

/** A period's first and last day, side by side. */
function Days({ server, path, labels }: { server: WorkPeriodsForm; path: `workPeriods.${number}` | `workPeriods.${number}.incapacityPeriods.${number}`; labels: { from: string; to: string } }) {
  const { field, errorFor } = server;
  return (
    <div className="flex flex-wrap gap-x-6">
      {(["from", "to"] as const).map((end) => (
        <Field key={end} path={`${path}.${end}`} label={labels[end]} error={errorFor(`${path}.${end}`)}>
          {(props) => <input {...props} {...field(`${path}.${end}`)} type="date" className={`${inputClass} max-w-xs`} />}
        </Field>
      ))}
    </div>
  );
}

/** The incapacity periods inside one work period, added and removed like the work periods. */
function IncapacityPeriods({ server, period }: { server: WorkPeriodsForm; period: number }) {
  const t = useTranslations("eligibility.form");
  const common = useTranslations("forms");
  const list = `workPeriods.${period}.incapacityPeriods` as const;
  const rows = useFieldArray({ control: server.control, name: list });
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
              control={server.control}
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
 * The work periods of the calculator's question, each with its basis and its incapacity periods;
 * rows are added and removed in the page with JavaScript, by posting the form without it
 * (lib/forms/form-intent). Shared by the public calculator and the worker's eligibility step.
 */
export function WorkPeriodsFieldset({ server }: { server: WorkPeriodsForm }) {
  const t = useTranslations("eligibility.form");
  const common = useTranslations("forms");
  const { field, errorFor } = server;
  const periods = useFieldArray({ control: server.control, name: "workPeriods" });
  const addPeriodButton = useRef<HTMLButtonElement>(null);
  return (
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
            <IncapacityPeriods server={server} period={index} />
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
  );
}
