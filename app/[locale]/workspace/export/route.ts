import { createTranslator } from "next-intl";
import { routeHandler } from "@/app/_server/route-handler";
import { workspaceFiltersCookie } from "@/app/_server/workspace-filters-cookie";
import { dayInBelgium } from "@/lib/dates";
import { isLocale, type Translate } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { listWorkspaceExport } from "@/lib/workspace/list-workspace";
import { workspaceCsv } from "@/lib/workspace/workspace-csv";

/**
 * The workspace's list as CSV, in the language of the page it was downloaded from: the dossiers the
 * signed-in applicant sees under the search and filters kept in their cookie (no field in the
 * address). A GET that changes nothing; anyone without the workspace permission gets 403.
 */
export const GET = routeHandler<"signed-in", { locale: string }>("workspace.export", { access: "signed-in" }, async ({ actor, params }) => {
  const locale = isLocale(params.locale) ? params.locale : "en";
  const filters = await workspaceFiltersCookie.read();
  const { dossiers } = await listWorkspaceExport({ actor, filters });
  const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as Translate;
  const fileName = `${t("workspace.csv.fileName")}-${dayInBelgium()}.csv`;
  return new Response(workspaceCsv(dossiers, t), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "Content-Language": locale,
    },
  });
});
