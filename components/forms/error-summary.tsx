"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useHydrated } from "./use-hydrated";

export interface SummaryError {
  /** The id of the field the error belongs to, or undefined for an error about the whole form. */
  fieldId?: string;
  /** Where the error is put right when that is on another page (a step of the filing), instead of the field. */
  href?: string;
  message: string;
}

/** Errors about the whole form first, then field errors in the order the fields appear on the page. */
function inPageOrder(a: SummaryError, b: SummaryError): number {
  const first = a.fieldId ? document.getElementById(a.fieldId) : null;
  const second = b.fieldId ? document.getElementById(b.fieldId) : null;
  if (!first || !second) return (first ? 1 : 0) - (second ? 1 : 0);
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * The list of problems at the top of a form, each linked to its field; it takes focus after each
 * submission that found problems, so keyboard and screen-reader users hear what went wrong
 * (GOV.UK error summary pattern) — and only then, never while they are correcting a field.
 * `submission` counts the form's submissions.
 */
export function ErrorSummary({ errors, submission }: { errors: SummaryError[]; submission: number }) {
  const t = useTranslations("forms");
  const ref = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
    // Only a new submission moves focus; a change of the errors while typing must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submission]);
  if (errors.length === 0) return null;
  // Ordered by the fields on the page once there is a page to look at; the server (a post without
  // JavaScript) and the hydrating browser keep the order given, so that both render the same.
  const ordered = hydrated ? [...errors].sort(inPageOrder) : errors;
  return (
    <div ref={ref} tabIndex={-1} role="region" aria-labelledby="error-summary-title" className="mb-6 border-4 border-danger-600 p-4">
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">
        {t("errorSummaryTitle")}
      </h2>
      <ul className="list-disc pl-5">
        {ordered.map((error, index) => (
          <li key={`${error.fieldId ?? "form"}-${index}`}>
            {error.fieldId || error.href ? (
              <a href={error.href ?? `#${error.fieldId}`} className="font-semibold text-danger-600 underline">
                {error.message}
              </a>
            ) : (
              <span className="font-semibold text-danger-600">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
