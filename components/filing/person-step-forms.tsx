"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { DefaultValues } from "react-hook-form";
import type { z } from "zod";
import type { Translate } from "@/lib/i18n/locales";
import { eligibilityStepSchema, identityStepSchema } from "@/lib/filing/person-filing";
import type { IsoDay } from "@/lib/dates";
import { Field, inputClass } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/radio-group";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";
import { EMPTY_WORK_PERIOD, WorkPeriodsFieldset, type WorkPeriodsForm } from "@/components/eligibility/work-periods-fieldset";
import { StepFormFrame, type StepFormTarget } from "./step-form-frame";
import { WorkerFields, type WorkerFieldsForm } from "./worker-step-form";
import type { Option } from "./options";

type EligibilityValues = z.input<ReturnType<typeof eligibilityStepSchema>>;
type EligibilityParsed = z.output<ReturnType<typeof eligibilityStepSchema>>;

/**
 * The worker's own eligibility step: the calculator's questions (without its date: the day of
 * submission judges them), pre-filled from the calculator or the worker's earlier dossiers, and
 * whether they have a current employment contract (else the checklist asks for proof of means).
 */
export function EligibilityStepForm({ action, target, today, values }: { action: FormAction; target: StepFormTarget; today: IsoDay; values: DefaultValues<EligibilityValues> | undefined }) {
  const t = useTranslations() as unknown as Translate;
  const server = useServerForm<EligibilityValues, EligibilityParsed>({
    action,
    resolver: zodResolver(eligibilityStepSchema(today)),
    defaultValues: values ?? ({ workPeriods: [EMPTY_WORK_PERIOD] } as DefaultValues<EligibilityValues>),
  });
  const { form, field, errorFor } = server;
  const yesNo = [
    { value: true, label: t("forms.yes") },
    { value: false, label: t("forms.no") },
  ];
  return (
    <StepFormFrame step="eligibility" target={target} form={server}>
      <p className="mb-6">{t("filing.form.eligibilityIntro")}</p>
      <RadioGroup control={form.control} name="legalResidenceInBelgium" legend={t("eligibility.form.legalResidenceInBelgium")} error={errorFor("legalResidenceInBelgium")} options={yesNo} />
      <RadioGroup
        control={form.control}
        name="euLongTermResidentInOtherMemberState"
        legend={t("eligibility.form.euLongTermResidentInOtherMemberState")}
        error={errorFor("euLongTermResidentInOtherMemberState")}
        options={yesNo}
      />
      <WorkPeriodsFieldset server={{ control: form.control as unknown as WorkPeriodsForm["control"], field: field as WorkPeriodsForm["field"], errorFor }} />
      <RadioGroup
        control={form.control}
        name="hasCurrentEmploymentContract"
        legend={t("filing.form.hasCurrentEmploymentContract")}
        hint={t("filing.form.hasCurrentEmploymentContractHint")}
        error={errorFor("hasCurrentEmploymentContract")}
        options={yesNo}
      />
    </StepFormFrame>
  );
}

type IdentityValues = z.input<ReturnType<typeof identityStepSchema>>;
type IdentityParsed = z.output<ReturnType<typeof identityStepSchema>>;

/**
 * The worker's own identity and residence: who they are as on their passport, whether they are in
 * Belgium now (which identity document the checklist asks for), and the postal code of where they
 * live in Belgium, which decides the competent region.
 */
export function IdentityStepForm({ action, target, today, values, countries }: { action: FormAction; target: StepFormTarget; today: IsoDay; values: DefaultValues<IdentityValues> | undefined; countries: Option[] }) {
  const t = useTranslations() as unknown as Translate;
  const server = useServerForm<IdentityValues, IdentityParsed>({
    action,
    resolver: zodResolver(identityStepSchema(today)),
    defaultValues: values ?? { worker: { givenNames: "", familyName: "", dateOfBirth: "", nationality: "", passportNumber: "", passportExpiresOn: "", email: "" }, residencePostalCode: "" },
  });
  const { form, field, errorFor } = server;
  return (
    <StepFormFrame step="identity" target={target} form={server}>
      <WorkerFields field={field as WorkerFieldsForm["field"]} errorFor={errorFor} countries={countries} />
      <RadioGroup
        control={form.control}
        name="residesInBelgium"
        legend={t("filing.form.residesInBelgiumSelf")}
        error={errorFor("residesInBelgium")}
        options={[
          { value: true, label: t("forms.yes") },
          { value: false, label: t("forms.no") },
        ]}
      />
      <Field path="residencePostalCode" label={t("filing.form.residencePostalCode")} hint={t("filing.form.residencePostalCodeHint")} error={errorFor("residencePostalCode")}>
        {(props) => <input {...props} {...field("residencePostalCode")} inputMode="numeric" autoComplete="postal-code" className={`${inputClass} max-w-32`} />}
      </Field>
    </StepFormFrame>
  );
}
