import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export interface SummaryRow {
  key: string;
  value: string;
  /** Where the answer is changed: the step's page at its field. */
  href: string;
}

/**
 * One step's answers on the check page (GOV.UK summary list): each with a "Change" link to its
 * field, which names the question for screen readers.
 */
export function SummaryList({ title, rows }: { title: string; rows: SummaryRow[] }) {
  const t = useTranslations("filing.check");
  return (
    <section aria-label={title} className="mb-8">
      <h2 className="mb-3 text-2xl font-semibold">{title}</h2>
      <dl className="border-t border-slate-300">
        {rows.map((row) => (
          <div key={row.key} className="grid grid-cols-1 gap-x-4 border-b border-slate-300 py-2 sm:grid-cols-[minmax(10rem,1fr)_2fr_auto]">
            <dt className="font-semibold">{row.key}</dt>
            <dd className="whitespace-pre-line">{row.value}</dd>
            <dd>
              <Link href={row.href} className="font-semibold text-brand-600 underline">
                {t("change")}
                <span className="sr-only"> {row.key}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
