import { useFormatter, useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import type { TimelineEntry } from "@/lib/applications/timeline";

/** The dossier's history, drawn from its status events only. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useTranslations() as unknown as Translate;
  const format = useFormatter();
  const valuesFor = (entry: TimelineEntry) =>
    entry.values.region ? { ...entry.values, region: t(`routing.regions.${entry.values.region}`) } : entry.values;
  return (
    <ol className="border-l-4 border-brand-600 pl-6">
      {entries.map((entry) => (
        <li key={entry.id} className="relative mb-5">
          <span aria-hidden="true" className="absolute -left-[2.05rem] top-1.5 h-4 w-4 rounded-full border-4 border-white bg-brand-600" />
          <p className="font-semibold">{t(`timeline.${entry.messageKey}`, valuesFor(entry))}</p>
          <p className="text-sm text-slate-700">
            <time dateTime={entry.occurredAt.toISOString()}>{format.dateTime(entry.occurredAt, { dateStyle: "long", timeStyle: "short" })}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
