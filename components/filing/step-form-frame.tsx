"use client";

import type { FormEvent, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary";
import { buttonClass } from "@/components/forms/field";
import { DefaultSubmit } from "@/components/forms/intent-button";

/** Which draft and step a step's form saves, and the version it was read at (optimistic lock). */
export interface StepFormTarget {
  applicationId: string;
  version: number;
  /** The page of the draft's task list, to leave the step without saving. */
  backHref: string;
}

/**
 * What every step's form has around its questions: the draft, step and version it saves, the
 * error summary, "Save and continue" (checked strictly: nothing is saved while a field is wrong)
 * and the way back to the task list without saving.
 */
export function StepFormFrame({
  step,
  target,
  form,
  children,
}: {
  step: string;
  target: StepFormTarget;
  form: { formAction: (formData: FormData) => void; onSubmit: (event: FormEvent<HTMLFormElement>) => void; summary: SummaryError[]; submission: number; pending: boolean };
  children: ReactNode;
}) {
  const t = useTranslations("filing.stepPage");
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="max-w-3xl">
      <DefaultSubmit />
      <input type="hidden" name="applicationId" value={target.applicationId} />
      <input type="hidden" name="version" value={target.version} />
      <input type="hidden" name="step" value={step} />
      <ErrorSummary errors={form.summary} submission={form.submission} />
      {children}
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className={buttonClass} disabled={form.pending}>
          {t("saveAndContinue")}
        </button>
        <Link href={target.backHref} className="font-semibold text-brand-600 underline">
          {t("backToTaskList")}
        </Link>
      </div>
    </form>
  );
}
