"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { Translate } from "@/lib/i18n/locales";
import { formatRoutingReason } from "@/lib/routing/format-reason";
import type { Evaluation } from "./which-region-state";

/**
 * The competent region, the rule and the reason, recomputed on every change; a polite live region,
 * so screen-reader users hear the new answer when they pause.
 */
export function RoutingResult({ evaluation, headingRef }: { evaluation: Evaluation; headingRef: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("whichRegion");
  const tRouting = useTranslations("routing") as unknown as Translate;
  const result = evaluation.result;
  return (
    <section aria-labelledby="which-region-result-title" className="rounded border-2 border-brand-600 bg-brand-50 p-4">
      <h2 id="which-region-result-title" ref={headingRef} tabIndex={-1} className="mb-3 text-xl font-semibold">
        {t("result.title")}
      </h2>
      <div aria-live="polite" data-testid="which-region-result">
        {result ? (
          <>
            <p className="mb-1 text-2xl font-bold">{result.region ? tRouting(`regions.${result.region}`) : t("result.undetermined")}</p>
            <p className="mb-3 text-sm">{t("result.rule", { rule: t(`rules.${result.rule}`) })}</p>
            <p className="mb-3">{formatRoutingReason(result.reason, tRouting)}</p>
            {result.candidates.length > 0 ? (
              <>
                <p className="mb-1">{t("result.candidates")}</p>
                <ul className="mb-3 list-disc pl-6">
                  {result.candidates.map((region) => (
                    <li key={region}>{tRouting(`regions.${region}`)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p className="mb-3">{t(evaluation.status === "needsOffice" ? "result.needsOffice" : "result.incomplete")}</p>
        )}
      </div>
      <p className="text-sm text-slate-700">{t("result.disclaimer")}</p>
    </section>
  );
}
