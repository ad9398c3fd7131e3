"use client";

import type { Ref } from "react";
import { AnswerRow } from "@/components/layout/answer-row";
import { useFormatter, useTranslations } from "next-intl";
import { dayToDate, type IsoDay } from "@/lib/dates";
import type { CategoryAssessment, EligibilityAnswer } from "@/lib/eligibility/assess-eligibility";

/** The calculator's answer: the overall result, each category with its window and days (and why it is not met), and the periods left out with the seed's reasons. */
export function EligibilityResult({ answer, headingRef }: { answer: EligibilityAnswer; headingRef: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("eligibility.result");
  const format = useFormatter();
  const day = (value: IsoDay) => format.dateTime(dayToDate(value), { dateStyle: "long", timeZone: "UTC" });
  const [onlyCategory] = answer.categoriesMet;
  const overall = answer.categoriesMet.length === 2 ? t("eligibleBoth") : onlyCategory ? t("eligibleOne", { category: onlyCategory }) : t("notEligible");

  const category = (number: 1 | 2, assessment: CategoryAssessment) => (
    <article key={number} data-testid={`eligibility-category-${number}`} className="mb-4 rounded border border-slate-300 bg-white p-3">
      <h3 className="mb-2 text-lg font-semibold">{t(`categories.${number}`)}</h3>
      <dl>
        <AnswerRow label={t("window")}>{t("windowValue", { from: day(assessment.windowFrom), to: day(assessment.windowTo) })}</AnswerRow>
        <AnswerRow label={t("countedDays")}>{format.number(assessment.countedDays)}</AnswerRow>
        <AnswerRow label={t("requiredDays")}>{format.number(assessment.requiredDays)}</AnswerRow>
        <AnswerRow label={t("outcome")}>
          <strong>{assessment.met ? t("met") : t("notMet")}</strong>
        </AnswerRow>
        {assessment.unmetConditions.length > 0 ? (
          <AnswerRow label={t("why")}>
            <ul className="list-disc pl-5">
              {assessment.unmetConditions.map((condition) => (
                <li key={condition}>{t(`unmet.${condition}`, { missing: format.number(assessment.requiredDays - assessment.countedDays) })}</li>
              ))}
            </ul>
          </AnswerRow>
        ) : null}
      </dl>
    </article>
  );

  return (
    <section aria-labelledby="eligibility-result-title" data-testid="eligibility-result" className="mb-10 rounded border-2 border-brand-600 bg-brand-50 p-4">
      <h2 id="eligibility-result-title" ref={headingRef} tabIndex={-1} className="mb-3 text-2xl font-semibold">
        {t("title")}
      </h2>
      <p data-testid="eligibility-overall" className="mb-4 text-lg font-semibold">
        {overall}
      </p>
      {category(1, answer.category1)}
      {category(2, answer.category2)}
      <h3 className="mb-2 text-lg font-semibold">{t("excludedTitle")}</h3>
      {answer.excludedPeriods.length === 0 ? (
        <p className="mb-3">{t("noneExcluded")}</p>
      ) : (
        <ul data-testid="eligibility-excluded" className="mb-3 space-y-2">
          {answer.excludedPeriods.map((period) => {
            const values = { number: period.workPeriod + 1, from: day(period.from), to: day(period.to) };
            return (
              <li key={`${period.workPeriod}.${period.incapacityPeriod ?? "-"}`} className="rounded border border-slate-300 bg-white p-3">
                <p className="font-semibold">
                  {period.incapacityPeriod === null ? t("excludedWorkPeriod", values) : t("excludedIncapacity", { ...values, incapacity: period.incapacityPeriod + 1 })}
                </p>
                <p>{t(`reasons.${period.reason}`)}</p>
              </li>
            );
          })}
        </ul>
      )}
      <p className="text-sm text-slate-700">{t("source")}</p>
    </section>
  );
}
