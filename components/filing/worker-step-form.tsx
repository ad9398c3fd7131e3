"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { DefaultValues } from "react-hook-form";
import type { z } from "zod";
import type { Translate } from "@/lib/i18n/locales";
import { workerStepSchema } from "@/lib/filing/step-schemas";
import { isThirdCountryNational } from "@/lib/reference/countries";
import type { IsoDay } from "@/lib/dates";
import { Choices, Field, inputClass } from "@/components/forms/field";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";
import { StepFormFrame, type StepFormTarget } from "./step-form-frame";
import type { Option } from "./options";

type Values = z.input<ReturnType<typeof workerStepSchema>>;
type Parsed = z.output<ReturnType<typeof workerStepSchema>>;

type WorkerField = "givenNames" | "familyName" | "dateOfBirth" | "nationality" | "passportNumber" | "passportExpiresOn" | "email";
/** What the worker's fields need of their form (useServerForm's answer); the person's identity step has them too. */
export interface WorkerFieldsForm {
  field: (name: `worker.${WorkerField}`) => object;
  errorFor: (path: string) => string | undefined;
}

/** The worker's names, date of birth, nationality, passport and its expiry, e-mail address. */
export function WorkerFields({ field, errorFor, countries }: WorkerFieldsForm & { countries: Option[] }) {
  const t = useTranslations() as unknown as Translate;
  return (
    <>
      <Field path="worker.givenNames" label={t("filing.form.givenNames")} error={errorFor("worker.givenNames")}>
        {(props) => <input {...props} {...field("worker.givenNames")} autoComplete="off" className={inputClass} />}
      </Field>
      <Field path="worker.familyName" label={t("filing.form.familyName")} error={errorFor("worker.familyName")}>
        {(props) => <input {...props} {...field("worker.familyName")} autoComplete="off" className={inputClass} />}
      </Field>
      <Field path="worker.dateOfBirth" label={t("filing.form.dateOfBirth")} error={errorFor("worker.dateOfBirth")}>
        {(props) => <input {...props} {...field("worker.dateOfBirth")} type="date" className={`${inputClass} max-w-56`} />}
      </Field>
      <Field path="worker.nationality" label={t("filing.form.nationality")} hint={t("filing.form.nationalityHint")} error={errorFor("worker.nationality")}>
        {(props) => (
          <select {...props} {...field("worker.nationality")} className={inputClass}>
            <Choices prompt={t("forms.choose")} options={countries.filter((c) => isThirdCountryNational(c.code)).map(({ code, label }) => ({ value: code, label }))} />
          </select>
        )}
      </Field>
      <Field path="worker.passportNumber" label={t("filing.form.passportNumber")} error={errorFor("worker.passportNumber")}>
        {(props) => <input {...props} {...field("worker.passportNumber")} autoComplete="off" className={`${inputClass} max-w-72`} />}
      </Field>
      <Field path="worker.passportExpiresOn" label={t("filing.form.passportExpiresOn")} error={errorFor("worker.passportExpiresOn")}>
        {(props) => <input {...props} {...field("worker.passportExpiresOn")} type="date" className={`${inputClass} max-w-56`} />}
      </Field>
      <Field path="worker.email" label={t("filing.form.workerEmail")} hint={t("forms.optional")} error={errorFor("worker.email")}>
        {(props) => <input {...props} {...field("worker.email")} type="email" autoComplete="off" className={inputClass} />}
      </Field>
    </>
  );
}

/** The worker: names, date of birth, nationality, passport and its expiry, e-mail address. */
export function WorkerStepForm({ action, target, today, values, countries }: { action: FormAction; target: StepFormTarget; today: IsoDay; values: DefaultValues<Values> | undefined; countries: Option[] }) {
  const server = useServerForm<Values, Parsed>({
    action,
    resolver: zodResolver(workerStepSchema(today)),
    defaultValues: values ?? { worker: { givenNames: "", familyName: "", dateOfBirth: "", nationality: "", passportNumber: "", passportExpiresOn: "", email: "" } },
  });
  const { field, errorFor } = server;
  return (
    <StepFormFrame step="worker" target={target} form={server}>
      <WorkerFields field={field as WorkerFieldsForm["field"]} errorFor={errorFor} countries={countries} />
    </StepFormFrame>
  );
}
