"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { initialFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, buttonClass, fieldId, inputClass } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/use-server-form";

/** The note's limit, as answerInformationSchema checks it on the server. */
const ANSWER_MAX_LENGTH = 5_000;

/**
 * Sends the answer to an information request: the files uploaded above, with an optional note.
 * A plain form posting to its server action, so it works without JavaScript; a document asked for
 * and missing is named in the summary, linked to its upload control on the same page.
 */
export function AnswerInformationForm({ action, applicationId, version }: { action: FormAction; applicationId: string; version: number }) {
  const t = useTranslations() as unknown as Translate;
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const answerError = state.fieldErrors.find((e) => e.path === "answer");
  const summary = [
    ...(state.formError && state.fieldErrors.length === 0 ? [{ message: t(state.formError, state.formErrorValues) }] : []),
    ...state.fieldErrors.map((e) => ({
      message: e.path.startsWith("documents.") ? t(e.message, { document: t(`documents.kinds.${e.path.slice("documents.".length)}`) }) : t(e.message, e.values),
      // The missing document's upload control (components/documents/upload-form.tsx), else the field.
      fieldId: e.path.startsWith("documents.") ? fieldId(`file.${e.path.slice("documents.".length)}`) : fieldId(e.path),
    })),
  ];
  const answer = state.values?.answer;

  return (
    <form action={formAction} aria-labelledby="answer-title" className="mb-8 rounded border border-slate-300 p-4">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary errors={summary} submission={state.submission} />
      <h2 id="answer-title" className="mb-2 text-2xl font-semibold">
        {t("informationRequest.answerTitle")}
      </h2>
      <p className="mb-4 max-w-3xl">{t("informationRequest.answerIntro")}</p>
      <Field path="answer" label={t("informationRequest.answerLabel")} hint={t("informationRequest.answerHint")} error={answerError ? t(answerError.message) : undefined}>
        {(props) => <textarea {...props} name="answer" rows={4} maxLength={ANSWER_MAX_LENGTH} defaultValue={typeof answer === "string" ? answer : ""} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("informationRequest.send")}
      </button>
    </form>
  );
}
