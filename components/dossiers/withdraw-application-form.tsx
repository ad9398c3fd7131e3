"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import { withdrawApplicationAction } from "@/app/[locale]/dossiers/[id]/actions";
import { ErrorSummary } from "@/components/forms/error-summary";

/**
 * Stops a submitted application, in two steps so that one slip of the mouse cannot end it: the
 * first button asks, the second confirms.
 */
export function WithdrawApplicationForm({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submissions, setSubmissions] = useState(0);
  const confirmButton = useRef<HTMLButtonElement>(null);

  async function withdraw() {
    setPending(true);
    const result = await withdrawApplicationAction({ applicationId, version });
    setPending(false);
    if (result.ok) {
      router.refresh();
      return;
    }
    setError(result.formError);
    setSubmissions((count) => count + 1);
  }

  return (
    <section aria-labelledby="withdraw-title" className="mb-8 rounded border border-slate-300 p-4">
      <ErrorSummary errors={error ? [{ message: t(error) }] : []} submission={submissions} />
      <h2 id="withdraw-title" className="mb-2 text-xl font-semibold">
        {t("dossier.withdrawTitle")}
      </h2>
      <p className="mb-4">{t("dossier.withdrawIntro")}</p>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-4">
          <p className="font-semibold">{t("dossier.withdrawQuestion")}</p>
          <button
            ref={confirmButton}
            type="button"
            onClick={withdraw}
            disabled={pending}
            className="rounded bg-danger-600 px-5 py-2 font-semibold text-white disabled:opacity-60"
          >
            {t("dossier.withdrawConfirm")}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="underline">
            {t("dossier.withdrawCancel")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
            // The confirmation replaces this button: move focus to it rather than lose it.
            requestAnimationFrame(() => confirmButton.current?.focus());
          }}
          className="rounded border-2 border-danger-600 px-4 py-2 font-semibold text-danger-600"
        >
          {t("dossier.withdraw")}
        </button>
      )}
    </section>
  );
}
