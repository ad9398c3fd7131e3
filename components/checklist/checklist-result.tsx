"use client";

import type { Ref } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ChecklistExplanation } from "@/lib/checklist/explain-checklist";
import { dayToDate } from "@/lib/dates";

/** The answer of "What must I upload?": where the worker applies from, then each document with its reason and source. */
export function ChecklistResult({ answer, headingRef }: { answer: ChecklistExplanation; headingRef: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("checklist.result");
  const format = useFormatter();
  const nameOf = (code: string) => answer.documents.find((d) => d.code === code)?.name ?? code;
  return (
    <section aria-labelledby="checklist-result-title" data-testid="checklist-result" className="mb-10 rounded border-2 border-brand-600 bg-brand-50 p-4">
      <h2 id="checklist-result-title" ref={headingRef} tabIndex={-1} className="mb-2 text-2xl font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm">{t("rulesOn", { date: format.dateTime(dayToDate(answer.filingDate), { dateStyle: "long", timeZone: "UTC" }) })}</p>
      {answer.filingAllowed ? null : <p className="mb-2 text-lg font-bold text-danger-600">{t("notAllowed")}</p>}
      <p className="mb-4">{answer.explanation}</p>
      {answer.documents.length > 0 ? (
        <>
          <p className="mb-2 font-semibold">{t("count", { count: answer.documents.length })}</p>
          <ol className="space-y-4">
            {answer.documents.map((document) => (
              <li key={`${document.code}-${document.ruleId}`} className="rounded border border-slate-300 bg-white p-3">
                <h3 className="text-lg font-semibold">{document.name}</h3>
                {document.acceptedInsteadOf.length > 0 ? (
                  <p className="mb-1 italic">{t("alternative", { documents: document.acceptedInsteadOf.map(nameOf).join(", ") })}</p>
                ) : null}
                <dl>
                  <dt className="sr-only">{t("reason")}</dt>
                  <dd className="mb-1">{document.reason}</dd>
                  <dt className="inline text-sm font-semibold">{t("source")}: </dt>
                  <dd className="inline text-sm">
                    {document.source.url ? (
                      <a href={document.source.url} className="text-brand-600 underline hover:text-brand-700" rel="noopener noreferrer">
                        {document.source.title}
                      </a>
                    ) : (
                      document.source.title
                    )}
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="mt-4 text-sm text-slate-700">{t("disclaimer")}</p>
    </section>
  );
}
