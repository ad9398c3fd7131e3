"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { grantMandateSchema, mandateStepSchema, type GrantMandateValues } from "@/lib/mandates/mandate-input";
import { ButtonForm } from "@/components/forms/button-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, buttonClass, inputClass } from "@/components/forms/field";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

/** An employer's administrator proposes a mandate to a mandatary organisation, found by its enterprise number. */
export function GrantMandateForm({ action, today }: { action: FormAction; today: string }) {
  const t = useTranslations("organisation.mandates");
  const { formAction, onSubmit, field, errorFor, summary, submission, pending } = useServerForm<GrantMandateValues, z.output<typeof grantMandateSchema>>({
    action,
    resolver: zodResolver(grantMandateSchema),
    defaultValues: { enterpriseNumber: "", validFrom: today, validUntil: "" },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl">
      <ErrorSummary errors={summary} submission={submission} />
      <Field path="enterpriseNumber" label={t("enterpriseNumber")} hint={t("enterpriseNumberHint")} error={errorFor("enterpriseNumber")}>
        {(props) => <input {...props} {...field("enterpriseNumber")} inputMode="numeric" autoComplete="off" className={`${inputClass} max-w-64`} />}
      </Field>
      <Field path="validFrom" label={t("validFrom")} error={errorFor("validFrom")}>
        {(props) => <input {...props} {...field("validFrom")} type="date" min={today} className={`${inputClass} max-w-xs`} />}
      </Field>
      <Field path="validUntil" label={t("validUntil")} hint={t("validUntilHint")} error={errorFor("validUntil")}>
        {(props) => <input {...props} {...field("validUntil")} type="date" min={today} className={`${inputClass} max-w-xs`} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("grantSubmit")}
      </button>
    </form>
  );
}

/** One button on one mandate (accept, refuse, withdraw, end), posting its id and the version shown. */
export function MandateStepForm({ action, mandateId, version, label }: { action: FormAction; mandateId: string; version: number; label: string }) {
  return (
    <ButtonForm
      action={action}
      schema={mandateStepSchema}
      values={{ mandateId, version }}
      label={label}
      className="inline-block"
      buttonClassName="rounded border-2 border-brand-600 px-3 py-1 font-semibold text-brand-600"
    />
  );
}
