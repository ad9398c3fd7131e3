"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { Translate } from "@/lib/i18n/locales";
import { startDraftSchema } from "@/lib/filing/start-draft-application-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Choices, Field, buttonClass, inputClass } from "@/components/forms/field";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

/**
 * Starts a draft. A mandatary first names the employer it files for (one with a mandate in force);
 * an employer's user files for its own organisation and only presses the button.
 */
export function StartApplicationForm({ action, employers }: { action: FormAction; employers: { id: string; name: string }[] | null }) {
  const t = useTranslations() as unknown as Translate;
  const { formAction, onSubmit, field, errorFor, summary, submission, pending } = useServerForm<z.input<typeof startDraftSchema>, z.output<typeof startDraftSchema>>({
    action,
    resolver: zodResolver(startDraftSchema),
    defaultValues: employers ? { employerId: "" } : {},
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} submission={submission} />
      {employers ? (
        <Field path="employerId" label={t("filing.form.employer")} error={errorFor("employerId")}>
          {(props) => (
            <select {...props} {...field("employerId")} className={`${inputClass} max-w-xl`}>
              <Choices prompt={t("forms.choose")} options={employers.map((e) => ({ value: e.id, label: e.name }))} />
            </select>
          )}
        </Field>
      ) : null}
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("filing.start.start")}
      </button>
    </form>
  );
}
