"use client";

import { useEffect, useRef } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Choices, Field, buttonClass, inputClass } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/radio-group";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";
import { deadlineFormSchema, type DeadlineFormValues } from "@/lib/terms/deadline-request";
import type { TermsAnswer } from "@/lib/terms/terms-after";
import { DeadlineResult } from "./deadline-result";

interface Option {
  value: string;
  label: string;
}

/** A question answered by choosing in a list, with a "choose" prompt that counts as unanswered. */
function SelectQuestion({ registered, options, ...field }: { path: string; label: string; hint: string; error?: string; options: Option[]; registered: object }) {
  const common = useTranslations("forms");
  return (
    <Field {...field}>
      {(props) => (
        <select {...props} {...registered} className={`${inputClass} max-w-xl`}>
          <Choices prompt={common("choose")} options={options} />
        </select>
      )}
    </Field>
  );
}

const EMPTY: DeadlineFormValues = { event: "", eventDate: "", region: "", category: "", submissionDate: "" };

/**
 * The public deadline calculator's form. It posts to a server action (passed in by the page), so it
 * works before and without JavaScript: the page comes back with the terms above the form and the
 * answers kept, or with the problems per field. With JavaScript react-hook-form checks the fields
 * with the request's own schema first, the same action answers without a page load, and focus
 * moves to the terms or to the list of problems. Every question is shown: which ones an event
 * needs is said in their hints, as a page without JavaScript cannot hide them.
 */
export function DeadlineForm({ action, options }: { action: FormAction<TermsAnswer>; options: { events: Option[]; regions: Option[]; categories: Option[] } }) {
  const t = useTranslations("deadlines.form");
  const { form, state, formAction, onSubmit, field, errorFor, summary, submission, pending } = useServerForm<DeadlineFormValues, z.output<typeof deadlineFormSchema>, TermsAnswer>({
    action,
    resolver: zodResolver(deadlineFormSchema),
    defaultValues: EMPTY,
  });
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.answer) resultHeading.current?.focus();
  }, [state]);

  return (
    <div>
      <ErrorSummary errors={summary} submission={submission} />
      {state.answer ? <DeadlineResult answer={state.answer} headingRef={resultHeading} /> : null}
      <form action={formAction} onSubmit={onSubmit} noValidate aria-label={t("submit")} aria-busy={pending} className="max-w-3xl">
        <RadioGroup control={form.control} name="event" legend={t("event")} options={options.events} error={errorFor("event")} />
        <Field path="eventDate" label={t("eventDate")} hint={t("eventDateHint")} error={errorFor("eventDate")}>
          {(props) => <input {...props} {...field("eventDate")} type="date" className={`${inputClass} max-w-xs`} />}
        </Field>
        <SelectQuestion path="region" label={t("region")} hint={t("regionHint")} error={errorFor("region")} options={options.regions} registered={field("region")} />
        <SelectQuestion path="category" label={t("category")} hint={t("categoryHint")} error={errorFor("category")} options={options.categories} registered={field("category")} />
        <Field path="submissionDate" label={t("submissionDate")} hint={t("submissionDateHint")} error={errorFor("submissionDate")}>
          {(props) => <input {...props} {...field("submissionDate")} type="date" className={`${inputClass} max-w-xs`} />}
        </Field>
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
