import { connection } from "next/server";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/app/_server/metadata";
import { ProcessingTimesChart } from "@/components/processing-times/processing-times-chart";
import { ProcessingTimesTable } from "@/components/processing-times/processing-times-table";
import { dayInBelgium, dayToDate } from "@/lib/dates";
import { HIGHLY_QUALIFIED_CATEGORIES } from "@/lib/processing-times/category-groups";
import { getProcessingTimes } from "@/lib/processing-times/get-processing-times";
import { MINIMUM_DOSSIERS, milestones, PERIOD_DAYS } from "@/lib/processing-times/processing-times";

export const generateMetadata = titleFrom("processingTimes");

/**
 * Public: how long recent applications took, from the decided dossiers (issue 10, item 9), in place
 * of seed 000's fixed "tot 8 weken" and "zo'n 4 weken".
 */
export default async function ProcessingTimesPage({ params }: PageProps<"/[locale]/processing-times">) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Computed per request from the database, never at build time.
  await connection();
  const [t, format, times] = await Promise.all([getTranslations({ locale }), getFormatter({ locale }), getProcessingTimes({ today: dayInBelgium() })]);
  // A day is a calendar day: formatted at midnight UTC, so no time zone moves it.
  const day = (isoDay: string) => format.dateTime(dayToDate(isoDay), { dateStyle: "long", timeZone: "UTC" });
  const figures = milestones.flatMap((milestone) => times.byMilestone[milestone].flatMap((cell) => (cell.shown ? [cell.p90Days] : [])));
  const scaleDays = Math.max(0, ...figures);
  const categories = HIGHLY_QUALIFIED_CATEGORIES.map((category) => t(`categories.${category}`)).join(", ");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("processingTimes.title")}</h1>
      <p className="mb-4 max-w-3xl text-lg">{t("processingTimes.intro")}</p>
      <p className="mb-8 font-semibold">{t("processingTimes.period", { from: day(times.period.from), to: day(times.period.to), days: PERIOD_DAYS })}</p>
      {milestones.map((milestone) => (
        <section key={milestone} className="mb-10" aria-labelledby={`milestone-${milestone}`}>
          <h2 id={`milestone-${milestone}`} className="mb-4 text-2xl font-semibold">{t(`processingTimes.milestones.${milestone}`)}</h2>
          <ProcessingTimesTable labelledBy={`milestone-${milestone}`} cells={times.byMilestone[milestone]} />
          <ProcessingTimesChart milestone={t(`processingTimes.milestones.${milestone}`)} cells={times.byMilestone[milestone]} scaleDays={scaleDays} />
        </section>
      ))}
      <section aria-labelledby="how-computed" className="max-w-3xl">
        <h2 id="how-computed" className="mb-3 text-2xl font-semibold">{t("processingTimes.how.title")}</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("processingTimes.how.days")}</li>
          <li>{t("processingTimes.how.period", { days: PERIOD_DAYS })}</li>
          <li>{t("processingTimes.how.median")}</li>
          <li>{t("processingTimes.how.minimum", { minimum: MINIMUM_DOSSIERS })}</li>
          <li>{t("processingTimes.how.groups", { categories })}</li>
          <li>{t("processingTimes.how.freshness")}</li>
        </ul>
      </section>
    </div>
  );
}
