"use client";

import type { Ref } from "react";
import { AnswerRow } from "@/components/layout/answer-row";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { dayToDate, type IsoDay } from "@/lib/dates";
import { isLocale } from "@/lib/i18n/locales";
import type { LastDayMove } from "@/lib/terms/counting";
import type { Term, TermsAnswer } from "@/lib/terms/terms-after";

/** The terms of the deadline calculator: what each is, how long, its last day (and why it moved), what follows, and for an appeal where and how. */
export function DeadlineResult({ answer, headingRef }: { answer: TermsAnswer; headingRef: Ref<HTMLHeadingElement> }) {
  const t = useTranslations("deadlines.result");
  const common = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const day = (value: IsoDay) => format.dateTime(dayToDate(value), { dateStyle: "full", timeZone: "UTC" });
  const reasonOf = (move: LastDayMove) =>
    move.reason === "LEGAL_HOLIDAY" ? t("reasons.LEGAL_HOLIDAY", { holiday: t(`holidays.${move.holiday}`) }) : t(`reasons.${move.reason}`);

  const whenPasses = (term: Term): string => {
    switch (term.term) {
      case "ADMISSIBILITY_DECISION":
        return t("admissibilityPasses");
      case "ANSWER_ADDITIONAL_INFORMATION_REQUEST":
        return t("informationRequestPasses");
      case "DECISION_ON_MERITS":
        return term.tacitApprovalWhenTermPasses ? t("deemedGranted") : t("flaggedOverdue");
      case "APPEAL":
        return t("appealPasses");
    }
  };

  return (
    <section aria-labelledby="deadline-result-title" data-testid="deadline-result" className="mb-10 rounded border-2 border-brand-600 bg-brand-50 p-4">
      <h2 id="deadline-result-title" ref={headingRef} tabIndex={-1} className="mb-4 text-2xl font-semibold">
        {t("title")}
      </h2>
      {answer.terms.map((term) => (
        <article key={term.ruleId} className="mb-4 rounded border border-slate-300 bg-white p-3">
          <h3 className="mb-1 text-lg font-semibold">{t(`terms.${term.term}`)}</h3>
          <p className="mb-3">{t(`who.${term.term}`)}</p>
          <dl>
            {term.term === "ADMISSIBILITY_DECISION" ? <AnswerRow label={t("regionLabel")}>{common(`routing.regions.${term.region}`)}</AnswerRow> : null}
            {term.term === "DECISION_ON_MERITS" ? <AnswerRow label={t("categoryLabel")}>{common(`categories.${term.category}`)}</AnswerRow> : null}
            {term.term === "APPEAL" ? (
              <AnswerRow label={t("against")}>{t(`againstValues.${term.against}`, { annex: term.refusalAnnex ? t(`annexes.${term.refusalAnnex}`) : "" })}</AnswerRow>
            ) : null}
            {term.length ? <AnswerRow label={t("length")}>{t(`lengthValue.${term.length.unit}`, { value: term.length.value })}</AnswerRow> : null}
            <AnswerRow label={t("startsAfter")}>{t("startsAfterValue", { date: day(term.startsAfter) })}</AnswerRow>
            <AnswerRow label={t("lastDay")}>
              {term.lastDay === null ? (
                <strong data-testid="unknown-term">{t("unknown")}</strong>
              ) : (
                <>
                  <strong>{day(term.lastDay)}</strong>
                  {term.lastDayMovedToNextWorkingDay ? (
                    <span className="block">{t("moved", { date: day(term.lastDayMovedToNextWorkingDay.from), reason: reasonOf(term.lastDayMovedToNextWorkingDay) })}</span>
                  ) : null}
                </>
              )}
            </AnswerRow>
            <AnswerRow label={t("whenPasses")}>{whenPasses(term)}</AnswerRow>
            {term.term === "DECISION_ON_MERITS" ? (
              <AnswerRow label={t("directiveClock")}>
                {t("directiveClockValue", { date: day(term.directiveClock.startsAfter), lastDay: day(term.directiveClock.lastDay) })}
                {term.directiveClock.lastDayMovedToNextWorkingDay ? (
                  <>
                    {" "}
                    {t("directiveClockMoved", {
                      date: day(term.directiveClock.lastDayMovedToNextWorkingDay.from),
                      reason: reasonOf(term.directiveClock.lastDayMovedToNextWorkingDay),
                    })}
                  </>
                ) : null}
              </AnswerRow>
            ) : null}
            {term.term === "APPEAL" ? (
              <>
                <AnswerRow label={t("appealTo")}>
                  {t(`bodies.${term.appealTo}`)}
                  <span className="block text-sm">{t(`appealTypes.${term.appealType}`)}</span>
                </AnswerRow>
                <AnswerRow label={t("form")}>
                  {term.form ? (
                    <ul className="list-disc pl-5">
                      {(["registeredLetter", "motivated", "inANationalLanguage"] as const)
                        .filter((condition) => term.form?.[condition])
                        .map((condition) => (
                          <li key={condition}>{t(`formItems.${condition}`)}</li>
                        ))}
                    </ul>
                  ) : (
                    t("noForm")
                  )}
                </AnswerRow>
                <AnswerRow label={t("mayBeFiledBy")}>{term.mayBeFiledBy.map((filer) => t(`filers.${filer}`)).join("; ")}</AnswerRow>
                {term.appealTo === "REGIONAL_MINISTER_OF_EMPLOYMENT" ? (
                  <AnswerRow label={t("addressee")}>
                    {term.addressee ? (
                      <address className="not-italic" data-testid="appeal-addressee">
                        {term.addressee.lines[isLocale(locale) ? locale : "en"].map((line) => (
                          <span key={line} className="block">
                            {line}
                          </span>
                        ))}
                      </address>
                    ) : (
                      t("noAddress")
                    )}
                  </AnswerRow>
                ) : null}
              </>
            ) : null}
            {term.sources.length > 0 ? (
              <AnswerRow label={t("sources")}>
                <ul>
                  {term.sources.map((source) => (
                    <li key={source.ref}>
                      {source.url ? (
                        <a href={source.url} className="text-brand-600 underline hover:text-brand-700" rel="noopener noreferrer">
                          {source.title}
                        </a>
                      ) : (
                        source.title
                      )}
                    </li>
                  ))}
                </ul>
                <span className="block text-sm text-slate-700">{t("rule", { ruleId: term.ruleId })}</span>
              </AnswerRow>
            ) : null}
          </dl>
        </article>
      ))}
      <p className="mt-4 text-sm text-slate-700">{t("disclaimer")}</p>
    </section>
  );
}
