"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";

export type DeleteDraftState = { formError: string } | null;

/**
 * Deleting a draft, in two steps that need no JavaScript: the first is a disclosure (<details>),
 * which opens on the question and the confirming button; only that button posts. The page passes
 * the server action, which redirects home on success and answers an error otherwise.
 */
export function DeleteDraftForm({
  action,
  applicationId,
  version,
  locale,
  documentCount,
}: {
  action: (state: DeleteDraftState, formData: FormData) => Promise<DeleteDraftState>;
  applicationId: string;
  version: number;
  locale: string;
  documentCount: number;
}) {
  const t = useTranslations() as unknown as Translate;
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <details className="mb-8 rounded border border-slate-300 p-4" open={state !== null}>
      <summary className="cursor-pointer font-semibold text-danger-600">{t("documents.deleteDraft.open")}</summary>
      <form action={formAction} className="mt-3">
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="locale" value={locale} />
        {state ? (
          <p role="alert" className="mb-3 font-semibold text-danger-600">
            {t(state.formError)}
          </p>
        ) : null}
        <p className="mb-3">{t("documents.deleteDraft.question", { count: documentCount })}</p>
        <button type="submit" disabled={pending} className="rounded bg-danger-600 px-5 py-2 font-semibold text-white disabled:opacity-60">
          {t("documents.deleteDraft.confirm")}
        </button>
      </form>
    </details>
  );
}
