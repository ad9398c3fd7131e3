"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { DefaultValues } from "react-hook-form";
import type { z } from "zod";
import type { Translate } from "@/lib/i18n/locales";
import { StayType } from "@/lib/generated/prisma/enums";
import { residenceStepSchema } from "@/lib/filing/step-schemas";
import type { IsoDay } from "@/lib/dates";
import { Choices, Field, fieldId, inputClass } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/radio-group";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";
import { StepFormFrame, type StepFormTarget } from "./step-form-frame";
import type { Option } from "./options";

type Values = z.input<ReturnType<typeof residenceStepSchema>>;
type Parsed = z.output<ReturnType<typeof residenceStepSchema>>;

/**
 * Where the worker lives. Abroad: the country and the Belgian diplomatic post. In Belgium: the
 * kind of stay — an illegal stay or a procedure document is refused here, with its reason, before
 * anything else is asked. Without JavaScript both branches are asked; the server keeps the one
 * that applies.
 */
export function ResidenceStepForm({
  action,
  target,
  today,
  values,
  countries,
  diplomaticPosts,
}: {
  action: FormAction;
  target: StepFormTarget;
  today: IsoDay;
  values: DefaultValues<Values> | undefined;
  countries: Option[];
  diplomaticPosts: Option[];
}) {
  const t = useTranslations() as unknown as Translate;
  const hydrated = useHydrated();
  const server = useServerForm<Values, Parsed>({
    action,
    resolver: zodResolver(residenceStepSchema(today)),
    defaultValues: values ?? { residenceCountry: "", diplomaticPostCode: "", stayType: "" },
  });
  const { form, field, checkbox, errorFor } = server;
  const residesInBelgium = form.watch("residesInBelgium");
  const asksAbroad = residesInBelgium === false || !hydrated;
  const asksBelgium = residesInBelgium === true || !hydrated;
  const ltrId = fieldId("euLongTermResidentSecondResidence");

  return (
    <StepFormFrame step="residence" target={target} form={server}>
      <RadioGroup
        control={form.control}
        name="residesInBelgium"
        legend={t("filing.form.residesInBelgium")}
        error={errorFor("residesInBelgium")}
        options={[
          { value: true, label: t("forms.yes") },
          { value: false, label: t("forms.no") },
        ]}
      />
      {asksAbroad ? (
        <>
          <Field path="residenceCountry" label={t("filing.form.residenceCountry")} error={errorFor("residenceCountry")}>
            {(props) => (
              <select {...props} {...field("residenceCountry")} className={inputClass}>
                <Choices prompt={t("forms.choose")} options={countries.filter((c) => c.code !== "BE").map(({ code, label }) => ({ value: code, label }))} />
              </select>
            )}
          </Field>
          <Field path="diplomaticPostCode" label={t("filing.form.diplomaticPost")} hint={t("filing.form.diplomaticPostHint")} error={errorFor("diplomaticPostCode")}>
            {(props) => (
              <select {...props} {...field("diplomaticPostCode")} className={inputClass}>
                <Choices prompt={t("forms.choose")} options={diplomaticPosts.map(({ code, label }) => ({ value: code, label }))} />
              </select>
            )}
          </Field>
        </>
      ) : null}
      {asksBelgium ? (
        <>
          <RadioGroup
            control={form.control}
            name="stayType"
            legend={t("checklist.form.stayType.legend")}
            hint={hydrated ? undefined : t("checklist.form.stayType.hint")}
            error={errorFor("stayType")}
            options={Object.values(StayType).map((stay) => ({ value: stay, label: t(`checklist.form.stayType.${stay}`) }))}
          />
          <div className="mb-5 flex items-start gap-2">
            <input id={ltrId} type="checkbox" {...checkbox("euLongTermResidentSecondResidence")} className="mt-1 h-5 w-5 shrink-0" />
            <label htmlFor={ltrId}>{t("checklist.form.euLongTermResident")}</label>
          </div>
        </>
      ) : null}
    </StepFormFrame>
  );
}
