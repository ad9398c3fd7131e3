"use client";

import { useEffect, useRef } from "react";
import type { DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, buttonClass, inputClass } from "@/components/forms/field";
import { DefaultSubmit } from "@/components/forms/intent-button";
import { RadioGroup } from "@/components/forms/radio-group";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";
import type { IsoDay } from "@/lib/dates";
import type { EligibilityAnswer } from "@/lib/eligibility/assess-eligibility";
import { eligibilityRequestSchema } from "@/lib/eligibility/eligibility-request";
import { ButtonForm } from "@/components/forms/button-form";
import { fileFromCalculatorSchema } from "@/lib/filing/start-draft-application-input";
import { EligibilityResult } from "./eligibility-result";
import { EMPTY_WORK_PERIOD, WorkPeriodsFieldset, type WorkPeriodsForm } from "./work-periods-fieldset";

type Values = z.input<ReturnType<typeof eligibilityRequestSchema>>;
type Parsed = z.output<ReturnType<typeof eligibilityRequestSchema>>;

/**
 * The public eligibility calculator's form. It posts to a server action (passed in by the page), so
 * it works before and without JavaScript: the answer comes back above the form with the answers
 * kept, or the problems per field; adding or removing a work period or an incapacity period posts
 * the form too and shows it again (lib/forms/form-intent). With JavaScript react-hook-form checks
 * the fields with the request's own schema first, rows are added in the page, and the same action
 * answers without a page load. An eligible answer offers to file the application with these answers
 * (`fileAction`, which starts a worker's draft, signing them in first).
 */
export function EligibilityForm({ action, fileAction, today }: { action: FormAction<EligibilityAnswer>; fileAction: FormAction; today: IsoDay }) {
  const t = useTranslations("eligibility.form");
  const server = useServerForm<Values, Parsed, EligibilityAnswer>({
    action,
    resolver: zodResolver(eligibilityRequestSchema(today)),
    defaultValues: { applicationDate: today, workPeriods: [EMPTY_WORK_PERIOD] } as DefaultValues<Values>,
  });
  const { form, state, formAction, onSubmit, field, errorFor, summary, submission, pending } = server;
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
      {state.answer?.eligible && state.values ? (
        <section aria-labelledby="file-title" className="mb-10 max-w-3xl">
          <h2 id="file-title" className="mb-2 text-2xl font-semibold">
            {t("file.title")}
          </h2>
          <p className="mb-4">{t("file.intro")}</p>
          {/* The answers travel in the post's body (a hidden field), never in the address. */}
          <ButtonForm action={fileAction} schema={fileFromCalculatorSchema} values={{ eligibility: JSON.stringify(state.values) }} label={t("file.button")} buttonClassName={buttonClass} />
        </section>
      ) : null}
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

        <WorkPeriodsFieldset server={{ control: form.control as unknown as WorkPeriodsForm["control"], field: field as WorkPeriodsForm["field"], errorFor }} />
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
