"use client";

import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import type { RoutingResult } from "@/lib/routing/competent-region-rule";
import { formatRoutingReason } from "@/lib/routing/format-reason";

/**
 * Where the application will go and why, recomputed as the filer changes the workplaces, with the
 * same rule the server applies on submission (null: the workplaces are not complete yet).
 */
export function RoutingPreview({ result }: { result: RoutingResult | null }) {
  const t = useTranslations("filing.form");
  const tRouting = useTranslations("routing") as unknown as Translate;
  return (
    <section aria-labelledby="routing-preview-title" className="mb-8 rounded bg-brand-50 p-4">
      <h2 id="routing-preview-title" className="mb-2 text-xl font-semibold">
        {t("routingTitle")}
      </h2>
      <div aria-live="polite">
        {result ? (
          <>
            <p className="mb-1 text-lg font-semibold">{result.region ? tRouting(`regions.${result.region}`) : t("routingUndetermined")}</p>
            <p>{formatRoutingReason(result.reason, tRouting)}</p>
          </>
        ) : (
          <p>{t("routingIncomplete")}</p>
        )}
      </div>
    </section>
  );
}
