"use client";

import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { CONFIRMATION_STEP_FIELD } from "@/lib/forms/form-intent";
import { initialFormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "@/components/forms/error-summary";
import { IntentButton } from "@/components/forms/intent-button";
import type { FormAction } from "@/components/forms/use-server-form";

/**
 * Stops a submitted application, in two steps so that one slip of the mouse cannot end it: the
 * first button asks, the second confirms by posting to `action`. With JavaScript the first step
 * happens in the page; without it, it is a round trip that changes nothing (the action answers
 * `values.step`).
 */
export function WithdrawApplicationForm({ action, applicationId, version }: { action: FormAction; applicationId: string; version: number }) {
  const t = useTranslations() as unknown as Translate;
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [confirming, setConfirming] = useState(state.values?.[CONFIRMATION_STEP_FIELD] === "ask");
  const confirmButton = useRef<HTMLButtonElement>(null);

  return (
    <form action={formAction} aria-labelledby="withdraw-title" className="mb-8 rounded border border-slate-300 p-4">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary errors={state.formError ? [{ message: t(state.formError, state.formErrorValues) }] : []} submission={state.submission} />
      <h2 id="withdraw-title" className="mb-2 text-xl font-semibold">
        {t("dossier.withdrawTitle")}
      </h2>
      <p className="mb-4">{t("dossier.withdrawIntro")}</p>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-4">
          <p className="font-semibold">{t("dossier.withdrawQuestion")}</p>
          <button
            ref={confirmButton}
            type="submit"
            name={CONFIRMATION_STEP_FIELD}
            value="confirm"
            disabled={pending}
            className="rounded bg-danger-600 px-5 py-2 font-semibold text-white disabled:opacity-60"
          >
            {t("dossier.withdrawConfirm")}
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
          {t("dossier.withdraw")}
        </IntentButton>
      )}
    </form>
  );
}
