import { useId } from "react";
import { useTranslations } from "next-intl";
import { MINIMUM_DOSSIERS, type ProcessingTime } from "@/lib/processing-times/processing-times";

// Each row: its label on a line of its own (a label of any length fits), the bars below it.
const BAR_AREA = 560;
const VALUE_WIDTH = 80;
const ROW_HEIGHT = 48;
const BAR_HEIGHT = 14;
const LEGEND_HEIGHT = 28;
// brand-700 and slate-500: both at least 3:1 against white (WCAG 1.4.11) and apart from each other.
const MEDIAN_COLOUR = "#173d6e";
const P90_COLOUR = "#64748b";

/**
 * Horizontal bars drawn on the server as SVG (no chart library, no script): for each published
 * figure, the median as a dark bar over the 90th percentile as a lighter one. `scaleDays` is the
 * same for every chart on the page so that their bars compare. The text alternative lists every
 * figure the bars show; the table beside it has them too.
 */
export function ProcessingTimesChart({ milestone, cells, scaleDays }: { milestone: string; cells: readonly ProcessingTime[]; scaleDays: number }) {
  const t = useTranslations();
  const id = useId();
  const shown = cells.flatMap((cell) => (cell.shown ? [cell] : []));
  if (shown.length === 0) return <p className="text-slate-700">{t("processingTimes.chart.empty", { minimum: MINIMUM_DOSSIERS })}</p>;

  const label = (cell: (typeof shown)[number]) => `${t(`routing.regions.${cell.region}`)}, ${t(`processingTimes.groups.${cell.group}`)}`;
  const width = BAR_AREA + VALUE_WIDTH;
  const height = LEGEND_HEIGHT + shown.length * ROW_HEIGHT;
  const length = (days: number) => Math.max(2, (days / Math.max(scaleDays, 1)) * BAR_AREA);
  const description = shown
    .map((cell) =>
      t("processingTimes.chart.row", {
        region: t(`routing.regions.${cell.region}`),
        group: t(`processingTimes.groups.${cell.group}`),
        median: cell.medianDays,
        p90: cell.p90Days,
      }),
    )
    .join(" ");

  return (
    <figure className="my-6">
      <figcaption className="mb-2 font-semibold">{t("processingTimes.chart.title")}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{`${t("processingTimes.chart.title")}. ${milestone}`}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect x={0} y={6} width={14} height={14} fill={MEDIAN_COLOUR} />
        <text x={20} y={18} fontSize={13} fill="#0f172a">{t("processingTimes.chart.median")}</text>
        <rect x={140} y={6} width={14} height={14} fill={P90_COLOUR} />
        <text x={160} y={18} fontSize={13} fill="#0f172a">{t("processingTimes.chart.p90")}</text>
        {shown.map((cell, index) => {
          const y = LEGEND_HEIGHT + index * ROW_HEIGHT;
          return (
            <g key={`${cell.region}-${cell.group}`}>
              <text x={0} y={y + 16} fontSize={13} fill="#0f172a">{label(cell)}</text>
              <rect x={0} y={y + 22} width={length(cell.p90Days)} height={BAR_HEIGHT + 4} fill={P90_COLOUR} />
              <rect x={0} y={y + 24} width={length(cell.medianDays)} height={BAR_HEIGHT} fill={MEDIAN_COLOUR} />
              <text x={length(cell.p90Days) + 6} y={y + 36} fontSize={12} fill="#0f172a">
                {`${cell.medianDays} / ${cell.p90Days}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
