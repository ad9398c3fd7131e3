import { useTranslations } from "next-intl";
import { MINIMUM_DOSSIERS, type ProcessingTime } from "@/lib/processing-times/processing-times";

/** One milestone's figures: a row per region and category group; withheld figures say why. `labelledBy` is the id of the heading that names it. */
export function ProcessingTimesTable({ labelledBy, cells }: { labelledBy: string; cells: readonly ProcessingTime[] }) {
  const t = useTranslations();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" aria-labelledby={labelledBy}>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">{t("processingTimes.columns.region")}</th>
            <th scope="col" className="py-2 pr-3">{t("processingTimes.columns.group")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("processingTimes.columns.median")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("processingTimes.columns.p90")}</th>
            <th scope="col" className="py-2 text-right">{t("processingTimes.columns.dossiers")}</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr key={`${cell.region}-${cell.group}`} className="border-b border-slate-300" data-testid={`times-${cell.region}-${cell.group}`}>
              <th scope="row" className="py-2 pr-3 font-normal">{t(`routing.regions.${cell.region}`)}</th>
              <td className="py-2 pr-3">{t(`processingTimes.groups.${cell.group}`)}</td>
              {cell.shown ? (
                <>
                  <td className="py-2 pr-3 text-right">{t("processingTimes.days", { count: cell.medianDays })}</td>
                  <td className="py-2 pr-3 text-right">{t("processingTimes.days", { count: cell.p90Days })}</td>
                </>
              ) : (
                <td colSpan={2} className="py-2 pr-3 text-right text-slate-700">{t("processingTimes.notShown", { minimum: MINIMUM_DOSSIERS })}</td>
              )}
              <td className="py-2 text-right">{cell.dossiers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
