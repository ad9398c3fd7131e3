import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale, Translate } from "@/lib/i18n/locales";
import { dayToDate, type IsoDay } from "@/lib/dates";
import type { DossierProgress } from "@/lib/dossier-life/progress";

/** Where the dossier stands (seed 000's statuses), the terms running, what comes next and, after a refusal, the appeal. */
export function Progress({ progress }: { progress: DossierProgress }) {
  const t = useTranslations() as unknown as Translate;
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const day = (value: IsoDay) => format.dateTime(dayToDate(value), { dateStyle: "long", timeZone: "UTC" });
  const { appeal } = progress;
  return (
    <section aria-labelledby="progress-title" className="mb-8">
      <h2 id="progress-title" className="mb-3 text-2xl font-semibold">
        {t("progress.title")}
      </h2>
      <ol className="mb-4">
        {progress.steps.map(({ step, state, on, outcome }) => (
          <li key={step} aria-current={state === "current" ? "step" : undefined} className={`mb-2 border-l-4 pl-3 ${state === "current" ? "border-brand-600 font-semibold" : "border-slate-300"}`}>
            <span>{t(`progress.steps.${step}`)}</span>
            {": "}
            <span>
              {t(`progress.states.${state}`)}
              {outcome ? ` — ${t(`progress.outcomes.${outcome}`)}` : null}
              {on ? ` (${day(on)})` : null}
            </span>
          </li>
        ))}
      </ol>
      {progress.terms.length > 0 ? (
        <>
          <h3 className="mb-2 text-xl font-semibold">{t("progress.termsTitle")}</h3>
          <ul className="mb-4 list-disc pl-6">
            {progress.terms.map((term) => (
              <li key={term.kind}>
                {t(`progress.terms.${term.kind}`, { day: day(term.lastDay) })}
                {term.movedFrom ? ` ${t("progress.termMoved", { day: day(term.movedFrom) })}` : null}
                {term.extended ? ` ${t("progress.termExtended")}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {progress.next ? <p className="mb-4">{t(`progress.next.${progress.next}`)}</p> : null}
      {appeal ? (
        <div className="rounded border-l-4 border-danger-600 bg-slate-50 p-3">
          <h3 className="mb-2 text-xl font-semibold">{t("progress.appealTitle")}</h3>
          <p className="mb-2">{t(`progress.appealTo.${appeal.rule.appealTo}`, { day: day(appeal.lastDay) })}</p>
          {appeal.rule.form?.registeredLetter ? <p className="mb-2">{t("progress.appealForm")}</p> : null}
          {appeal.rule.addressee ? (
            <address className="whitespace-pre-line not-italic">{appeal.rule.addressee.lines[locale].join("\n")}</address>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
