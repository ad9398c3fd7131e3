"use client";

import { useRef } from "react";
import { useFieldArray } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { Translate } from "@/lib/i18n/locales";
import { locales } from "@/lib/i18n/locales";
import { addRowIntent, removeRowIntent } from "@/lib/forms/form-intent";
import { signUpSchema } from "@/lib/organisations/organisation-input";
import { postalCodeRegion } from "@/lib/reference/postal-codes/postal-code-regions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Choices, Field, buttonClass, fieldId, fieldsetClass, inputClass, legendClass } from "@/components/forms/field";
import { DefaultSubmit, IntentButton } from "@/components/forms/intent-button";
import { RadioGroup } from "@/components/forms/radio-group";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";
import type { Option } from "@/components/filing/options";

type Values = z.input<typeof signUpSchema>;
type Parsed = z.output<typeof signUpSchema>;

const secondaryButtonClass = "rounded border-2 border-brand-600 px-4 py-1 font-semibold text-brand-600";
const emptyUnit = { unitNumber: "", name: "", street: "", postalCode: "", city: "" };

/**
 * An employer or a mandatary signs up: the organisation (the registered office's region shown as
 * its postal code is typed), its establishment units (rows added and removed, without JavaScript
 * too) and the first administrator. Without JavaScript, an employer that ticks "no office in
 * Belgium" gets the country of its office asked for when the server answers the post.
 */
export function SignUpForm({ action, countries }: { action: FormAction; countries: Option[] }) {
  const t = useTranslations() as unknown as Translate;
  const server = useServerForm<Values, Parsed>({
    action,
    resolver: zodResolver(signUpSchema),
    defaultValues: {
      kind: undefined,
      foreignEmployer: false,
      enterpriseNumber: "",
      name: "",
      registeredOffice: { street: "", postalCode: "", city: "" },
      registeredOfficeCountry: "",
      units: [],
      administrator: { name: "", email: "", password: "", locale: undefined },
    },
  });
  const { form, field, checkbox, errorFor, summary, submission, pending, formAction, onSubmit } = server;
  const units = useFieldArray({ control: form.control, name: "units" });
  const addUnitButton = useRef<HTMLButtonElement>(null);
  const kind = form.watch("kind");
  const foreign = kind !== "MANDATARY" && form.watch("foreignEmployer") === true;
  const officeRegion = postalCodeRegion(form.watch("registeredOffice.postalCode") ?? "");
  const s = (key: string, values?: Record<string, string | number>) => t(`organisation.signUp.${key}`, values);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <DefaultSubmit />
      <ErrorSummary errors={summary} submission={submission} />
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{s("organisationLegend")}</legend>
        <RadioGroup
          control={form.control}
          name="kind"
          legend={s("kindLegend")}
          error={errorFor("kind")}
          options={[
            { value: "EMPLOYER", label: s("kindEMPLOYER") },
            { value: "MANDATARY", label: s("kindMANDATARY") },
          ]}
        />
        {kind !== "MANDATARY" ? (
          <div id={fieldId("foreignEmployer")} className="mb-5">
            <label className="flex items-start gap-2">
              <input type="checkbox" {...checkbox("foreignEmployer")} aria-describedby={`${fieldId("foreignEmployer")}-hint`} className="mt-1 h-5 w-5" />
              <span className="font-semibold">{s("foreignEmployer")}</span>
            </label>
            <p id={`${fieldId("foreignEmployer")}-hint`} className="text-sm text-slate-600">
              {s("foreignEmployerHint")}
            </p>
            {errorFor("foreignEmployer") ? <p className="font-semibold text-danger-600">{errorFor("foreignEmployer")}</p> : null}
          </div>
        ) : null}
        <Field path="enterpriseNumber" label={s("enterpriseNumber")} hint={foreign ? s("enterpriseNumberOptionalHint") : s("enterpriseNumberHint")} error={errorFor("enterpriseNumber")}>
          {(props) => <input {...props} {...field("enterpriseNumber")} inputMode="numeric" className={`${inputClass} max-w-64`} />}
        </Field>
        <Field path="name" label={s("name")} error={errorFor("name")}>
          {(props) => <input {...props} {...field("name")} autoComplete="organization" className={inputClass} />}
        </Field>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{s("officeLegend")}</legend>
        {foreign ? (
          <Field path="registeredOfficeCountry" label={s("country")} error={errorFor("registeredOfficeCountry")}>
            {(props) => (
              <select {...props} {...field("registeredOfficeCountry")} className={inputClass}>
                <Choices prompt={t("forms.choose")} options={countries.filter((c) => c.code !== "BE").map(({ code, label }) => ({ value: code, label }))} />
              </select>
            )}
          </Field>
        ) : (
          <>
            <Field path="registeredOffice.street" label={s("street")} error={errorFor("registeredOffice.street")}>
              {(props) => <input {...props} {...field("registeredOffice.street")} autoComplete="street-address" className={inputClass} />}
            </Field>
            <Field path="registeredOffice.postalCode" label={s("postalCode")} error={errorFor("registeredOffice.postalCode")}>
              {(props) => <input {...props} {...field("registeredOffice.postalCode")} inputMode="numeric" autoComplete="postal-code" className={`${inputClass} max-w-32`} />}
            </Field>
            <p className="mb-5 font-semibold" aria-live="polite">
              {officeRegion?.region ? s("region", { region: t(`routing.regions.${officeRegion.region}`) }) : null}
            </p>
            <Field path="registeredOffice.city" label={s("city")} error={errorFor("registeredOffice.city")}>
              {(props) => <input {...props} {...field("registeredOffice.city")} className={inputClass} />}
            </Field>
          </>
        )}
      </fieldset>

      {foreign ? null : (
        <fieldset className={fieldsetClass} id={fieldId("units")} tabIndex={-1}>
          <legend className={legendClass}>{s("unitsLegend")}</legend>
          <p className="mb-4 text-slate-700">{s("unitsHint")}</p>
          {errorFor("units") ? <p className="mb-4 font-semibold text-danger-600">{errorFor("units")}</p> : null}
          {units.fields.map((row, index) => {
            const number = index + 1;
            const path = (name: keyof typeof emptyUnit) => `units.${index}.${name}` as const;
            return (
              <div key={row.id} className="mb-4 border-b border-slate-200 pb-4">
                <Field path={path("unitNumber")} label={s("unitNumber", { number })} hint={s("unitNumberHint")} error={errorFor(path("unitNumber"))}>
                  {(props) => <input {...props} {...field(path("unitNumber"))} inputMode="numeric" className={`${inputClass} max-w-64`} />}
                </Field>
                <Field path={path("name")} label={s("unitName", { number })} error={errorFor(path("name"))}>
                  {(props) => <input {...props} {...field(path("name"))} className={inputClass} />}
                </Field>
                <Field path={path("street")} label={s("unitStreet", { number })} error={errorFor(path("street"))}>
                  {(props) => <input {...props} {...field(path("street"))} className={inputClass} />}
                </Field>
                <Field path={path("postalCode")} label={s("unitPostalCode", { number })} error={errorFor(path("postalCode"))}>
                  {(props) => <input {...props} {...field(path("postalCode"))} inputMode="numeric" className={`${inputClass} max-w-32`} />}
                </Field>
                <Field path={path("city")} label={s("unitCity", { number })} error={errorFor(path("city"))}>
                  {(props) => <input {...props} {...field(path("city"))} className={inputClass} />}
                </Field>
                <IntentButton
                  intent={removeRowIntent("units", index)}
                  onClick={() => {
                    units.remove(index);
                    addUnitButton.current?.focus();
                  }}
                  className="underline"
                >
                  {s("removeUnit", { number })}
                </IntentButton>
              </div>
            );
          })}
          <IntentButton ref={addUnitButton} intent={addRowIntent("units")} onClick={() => units.append({ ...emptyUnit })} className={secondaryButtonClass}>
            {s("addUnit")}
          </IntentButton>
        </fieldset>
      )}

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{s("administratorLegend")}</legend>
        <Field path="administrator.name" label={s("personName")} error={errorFor("administrator.name")}>
          {(props) => <input {...props} {...field("administrator.name")} autoComplete="name" className={inputClass} />}
        </Field>
        <Field path="administrator.email" label={s("email")} hint={s("emailHint")} error={errorFor("administrator.email")}>
          {(props) => <input {...props} {...field("administrator.email")} type="email" autoComplete="email" className={inputClass} />}
        </Field>
        <Field path="administrator.password" label={s("password")} hint={s("passwordHint")} error={errorFor("administrator.password")}>
          {(props) => <input {...props} {...field("administrator.password")} type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
        <Field path="administrator.locale" label={s("language")} error={errorFor("administrator.locale")}>
          {(props) => (
            <select {...props} {...field("administrator.locale")} className={`${inputClass} max-w-64`}>
              <Choices prompt={t("forms.choose")} options={locales.map((locale) => ({ value: locale, label: t(`common.languages.${locale}`) }))} />
            </select>
          )}
        </Field>
      </fieldset>

      <button type="submit" className={buttonClass} disabled={pending}>
        {s("submit")}
      </button>
    </form>
  );
}
