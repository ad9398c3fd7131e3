"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { Region, RoutingRule } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/locales";
import { formatRoutingReason } from "@/lib/routing/format-reason";
import type { Evaluation, ServerReply } from "./which-region-state";

/** What the panel shows as the answer: the same whether it was worked out here or by the endpoint. */
interface Answer {
  region: Region | null;
  rule: RoutingRule;
  candidates: Region[];
  reason: string;
}

/**
 * The competent region, the rule and the reason: the live preview, recomputed on every change,
 * or, once submitted and until the details change, the endpoint's answer in its place (never both,
 * so they cannot contradict each other). A polite live region, so screen-reader users hear the new
 * answer when they pause; a failure to reach the endpoint is an alert.
 *
 * `reply` is the endpoint's reply for the details as they are now: "sending" while it is awaited,
 * null when they were not submitted (or changed since).
 */
export function RoutingResult({
  evaluation,
  reply,
  headingRef,
}: {
  evaluation: Evaluation;
  reply: ServerReply | "sending" | null;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useTranslations("whichRegion");
  const tRouting = useTranslations("routing") as unknown as Translate;
  const preview: Answer | null = evaluation.result ? { ...evaluation.result, reason: formatRoutingReason(evaluation.result.reason, tRouting) } : null;
  const confirmed = reply !== null && reply !== "sending" && reply.status === "answered" ? reply.answer : null;
  const rejected = reply !== null && reply !== "sending" && reply.status === "rejected";
  const failed = reply !== null && reply !== "sending" && reply.status === "failed";
  const answer = rejected ? null : (confirmed ?? preview);
  return (
    <section aria-labelledby="which-region-result-title" className="rounded border-2 border-brand-600 bg-brand-50 p-4">
      <h2 id="which-region-result-title" ref={headingRef} tabIndex={-1} className="mb-3 text-xl font-semibold">
        {t("result.title")}
      </h2>
      <div aria-live="polite" aria-busy={reply === "sending"} data-testid="which-region-result" data-source={confirmed ? "server" : "preview"}>
        {answer ? (
          <>
            <p className="mb-1 text-2xl font-bold">{answer.region ? tRouting(`regions.${answer.region}`) : t("result.undetermined")}</p>
            <p className="mb-3 text-sm">{t("result.rule", { rule: t(`rules.${answer.rule}`) })}</p>
            <p className="mb-3">{answer.reason}</p>
            {answer.candidates.length > 0 ? (
              <>
                <p className="mb-1">{t("result.candidates")}</p>
                <ul className="mb-3 list-disc pl-6">
                  {answer.candidates.map((region) => (
                    <li key={region}>{tRouting(`regions.${region}`)}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <p className="mb-3 text-sm font-semibold">
              {confirmed ? t("result.confirmed") : reply === "sending" ? t("result.checking") : t("result.preview", { button: t("submit") })}
            </p>
          </>
        ) : (
          <p className="mb-3">{t(rejected ? "result.rejected" : evaluation.status === "needsOffice" ? "result.needsOffice" : "result.incomplete")}</p>
        )}
      </div>
      {failed ? (
        <p role="alert" className="mb-3 border-l-4 border-danger-600 pl-3 font-semibold text-danger-600">
          {t("result.failed")}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">{t("result.disclaimer")}</p>
    </section>
  );
}
