"use client";

import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { CONFIRMATION_STEP_FIELD } from "@/lib/forms/form-intent";
import { initialFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "@/components/forms/error-summary";
import { IntentButton } from "@/components/forms/intent-button";
import { Field, fieldId, inputClass } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/use-server-form";

/** The reason's limit, as requestStopSchema checks it on the server. */
const REASON_MAX_LENGTH = 2_000;

/**
 * Stops a submitted application (seed 000): before treatment a cancellation request, after it a
 * withdrawal request with an optional reason, asked once. In two steps so that one slip of the mouse cannot end it: the
 * first button asks, the second confirms by posting to `action`. With JavaScript the first step
 * happens in the page; without it, it is a round trip that changes nothing (the action answers
 * `values.step`).
 */
export function WithdrawApplicationForm({
  action,
  applicationId,
  version,
  stop,
}: {
  action: FormAction;
  applicationId: string;
  version: number;
  stop: "cancellation" | "withdrawal";
}) {
  const t = useTranslations() as unknown as Translate;
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [confirming, setConfirming] = useState(state.values?.[CONFIRMATION_STEP_FIELD] === "ask");
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The message keys of the two stops: dossier.withdraw* (cancellation) and dossier.withdrawal*.
  const key = (name: "Title" | "Intro" | "" | "Question" | "Confirm") => `dossier.${stop === "cancellation" ? "withdraw" : "withdrawal"}${name}`;
  const reasonError = state.fieldErrors.find((e) => e.path === "reason");
  const reason = state.values?.reason;

  return (
    <form action={formAction} aria-labelledby="withdraw-title" className="mb-8 rounded border border-slate-300 p-4">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary
        errors={[
          ...(state.formError && !reasonError ? [{ message: t(state.formError, state.formErrorValues) }] : []),
          ...(reasonError ? [{ message: t(reasonError.message), fieldId: fieldId("reason") }] : []),
        ]}
        submission={state.submission}
      />
      <h2 id="withdraw-title" className="mb-2 text-xl font-semibold">
        {t(key("Title"))}
      </h2>
      <p className="mb-4">{t(key("Intro"))}</p>
      {stop === "withdrawal" ? (
        <Field path="reason" label={t("dossier.withdrawalReason")} hint={t("dossier.withdrawalReasonHint")} error={reasonError ? t(reasonError.message) : undefined}>
          {(props) => <textarea {...props} name="reason" rows={3} maxLength={REASON_MAX_LENGTH} defaultValue={typeof reason === "string" ? reason : ""} className={inputClass} />}
        </Field>
      ) : null}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-4">
          <p className="font-semibold">{t(key("Question"))}</p>
          <button
            ref={confirmButton}
            type="submit"
            name={CONFIRMATION_STEP_FIELD}
            value="confirm"
            disabled={pending}
            className="rounded bg-danger-600 px-5 py-2 font-semibold text-white disabled:opacity-60"
          >
            {t(key("Confirm"))}
          </button>
          <IntentButton name={CONFIRMATION_STEP_FIELD} intent="cancel" onClick={() => setConfirming(false)} className="underline">
            {t("dossier.withdrawCancel")}
          </IntentButton>
        </div>
      ) : (
        <IntentButton
          name={CONFIRMATION_STEP_FIELD}
          intent="ask"
          onClick={() => {
            setConfirming(true);
            // The confirmation replaces this button: move focus to it rather than lose it.
            requestAnimationFrame(() => confirmButton.current?.focus());
          }}
          className="rounded border-2 border-danger-600 px-4 py-2 font-semibold text-danger-600"
        >
          {t(key(""))}
        </IntentButton>
      )}
    </form>
  );
}
