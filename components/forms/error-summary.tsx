"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

export interface SummaryError {
  /** The id of the field the error belongs to, or undefined for an error about the whole form. */
  fieldId?: string;
  message: string;
}

/**
 * The list of problems at the top of a form, each linked to its field; it takes focus when it
 * appears, so keyboard and screen-reader users hear what went wrong (GOV.UK error summary pattern).
 */
export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  const t = useTranslations("forms");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" className="mb-6 border-4 border-danger-600 p-4">
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">
        {t("errorSummaryTitle")}
      </h2>
      <ul className="list-disc pl-5">
        {errors.map((error, index) => (
          <li key={`${error.fieldId ?? "form"}-${index}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} className="font-semibold text-danger-600 underline">
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
