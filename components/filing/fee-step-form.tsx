"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { DefaultValues } from "react-hook-form";
import type { z } from "zod";
import type { Translate } from "@/lib/i18n/locales";
import { FeeExemptionGround } from "@/lib/generated/prisma/enums";
import { feeStepSchema, type WorkerContext } from "@/lib/filing/step-schemas";
import type { IsoDay } from "@/lib/dates";
import { Choices, Field, inputClass } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/radio-group";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";
import { StepFormFrame, type StepFormTarget } from "./step-form-frame";

type Values = z.input<ReturnType<typeof feeStepSchema>>;
type Parsed = z.output<ReturnType<typeof feeStepSchema>>;

/** The fee to pay, as the page worked it out from dated reference data and the worker's data. */
export interface FeeFacts {
  /** The figure's text, translated (which year's figure it is when the year has none verified). */
  amountText: string;
  holder: string;
  iban: string;
  bic: string;
  paymentMessage: string;
}

/**
 * The fee: the amount, the Immigration Office's account and the payment message, ready to copy;
 * then whether the fee is paid or an exemption is claimed, with its ground.
 */
export function FeeStepForm({ action, target, today, worker, values, facts }: { action: FormAction; target: StepFormTarget; today: IsoDay; worker: WorkerContext; values: DefaultValues<Values> | undefined; facts: FeeFacts }) {
  const t = useTranslations() as unknown as Translate;
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  const server = useServerForm<Values, Parsed>({
    action,
    resolver: zodResolver(feeStepSchema(today, worker)),
    defaultValues: values ?? { feeExemptionGround: "", feeExemptionDetails: "" },
  });
  const { form, field, errorFor } = server;
  const claimed = form.watch("feeExemptionClaimed");
  const asksGround = claimed === true || !hydrated;

  return (
    <StepFormFrame step="fee" target={target} form={server}>
      <p className="mb-4">{t("filing.fee.intro")}</p>
      <section aria-labelledby="fee-account-title" className="mb-8 rounded bg-brand-50 p-4">
        <h2 id="fee-account-title" className="mb-2 text-xl font-semibold">
          {t("filing.fee.accountTitle")}
        </h2>
        <p className="mb-3 font-semibold">{facts.amountText}</p>
        <dl className="mb-3 grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("filing.fee.holder")}</dt>
          <dd>{facts.holder}</dd>
          <dt className="font-semibold">{t("filing.fee.iban")}</dt>
          <dd className="font-mono">{facts.iban}</dd>
          <dt className="font-semibold">{t("filing.fee.bic")}</dt>
          <dd className="font-mono">{facts.bic}</dd>
          <dt className="font-semibold">{t("filing.fee.message")}</dt>
          <dd>
            <code id="payment-message" className="font-mono text-lg break-all">
              {facts.paymentMessage}
            </code>
          </dd>
        </dl>
        <p className="mb-2 text-sm text-slate-700">{t("filing.fee.messageHint")}</p>
        {hydrated ? (
          <button
            type="button"
            className="rounded border-2 border-brand-600 px-4 py-1 font-semibold text-brand-600"
            onClick={() => void navigator.clipboard?.writeText(facts.paymentMessage).then(() => setCopied(true))}
          >
            {t("filing.fee.copy")}
          </button>
        ) : null}
        <p role="status" className="mt-2 font-semibold text-success-700">
          {copied ? t("filing.fee.copied") : ""}
        </p>
      </section>
      <RadioGroup
        control={form.control}
        name="feeExemptionClaimed"
        legend={t("checklist.form.fee.legend")}
        hint={t("checklist.form.fee.hint")}
        error={errorFor("feeExemptionClaimed")}
        options={[
          { value: false, label: t("checklist.form.fee.paid") },
          { value: true, label: t("checklist.form.fee.exempt") },
        ]}
      />
      {asksGround ? (
        <>
          <Field path="feeExemptionGround" label={t("filing.fee.ground")} error={errorFor("feeExemptionGround")}>
            {(props) => (
              <select {...props} {...field("feeExemptionGround")} className={inputClass}>
                <Choices prompt={t("forms.choose")} options={Object.values(FeeExemptionGround).map((ground) => ({ value: ground, label: t(`filing.fee.grounds.${ground}`) }))} />
              </select>
            )}
          </Field>
          <Field path="feeExemptionDetails" label={t("filing.fee.details")} hint={t("filing.fee.detailsHint")} error={errorFor("feeExemptionDetails")}>
            {(props) => <textarea {...props} {...field("feeExemptionDetails")} rows={3} className={inputClass} />}
          </Field>
        </>
      ) : null}
    </StepFormFrame>
  );
}
