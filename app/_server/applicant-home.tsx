import "server-only";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { countUnreadInbox } from "@/lib/inbox/inbox";
import { listNeedsAction, listWorkspaceDossiers, WORKSPACE_EXPORT_MAX } from "@/lib/workspace/list-workspace";
import { hasWorkspaceFilters } from "@/lib/workspace/workspace-filters";
import { DossierTable } from "@/components/dossiers/dossier-table";
import { InboxLink } from "@/components/inbox/inbox-link";
import { QueuePageLink } from "@/components/back-office/queue-page-link";
import { NeedsActionList } from "@/components/workspace/needs-action";
import { WorkspaceFiltersForm } from "@/components/workspace/workspace-filters-form";
import { requireHomeOf } from "./role-page";
import { clearWorkspaceFiltersAction, filterWorkspaceAction } from "./workspace-actions";
import { workspaceFiltersCookie } from "./workspace-filters-cookie";

/**
 * The home page of those who file, their workspace: what needs action first, then the dossiers by
 * client (a mandatary's clients; an employer's own organisation), searched and filtered by the
 * posted filters kept in a cookie, a page at a time, and a CSV export of the same list.
 */
export async function ApplicantHome({ locale, homePath, namespace, after }: { locale: string; homePath: "/employer" | "/mandatary"; namespace: "employerHome" | "mandataryHome"; after: string | undefined }) {
  setRequestLocale(locale);
  const actor = await requireHomeOf(locale, homePath);
  const filters = await workspaceFiltersCookie.read();
  const [t, needsAction, page, unread] = await Promise.all([
    getTranslations({ locale }),
    listNeedsAction({ actor, filters }),
    listWorkspaceDossiers({ actor, filters, cursor: after }),
    countUnreadInbox({ actor }),
  ]);
  const mandatary = homePath === "/mandatary";
  const filtered = hasWorkspaceFilters(filters);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t(`${namespace}.title`)}</h1>
      <InboxLink unread={unread} />
      <Link href="/applications/new" className="mb-8 inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
        {t(`${namespace}.newApplication`)}
      </Link>
      <WorkspaceFiltersForm action={filterWorkspaceAction} clear={clearWorkspaceFiltersAction} filters={filters} showClient={mandatary} />
      {filtered ? <p className="mb-6 font-semibold">{t("workspace.filters.active")}</p> : null}
      <NeedsActionList needsAction={needsAction} showClient={mandatary} />
      <section aria-labelledby="workspace-dossiers-title">
        <h2 id="workspace-dossiers-title" className="mb-4 text-2xl font-bold">
          {t(`${namespace}.dossiers`)}
        </h2>
        {page.groups.length === 0 ? (
          <p>{filtered ? t("workspace.list.noMatch") : t(`${namespace}.empty`)}</p>
        ) : (
          <>
            <p className="mb-6">
              {/* A file to download, not a page: a plain link. The filters travel in their cookie. */}
              <a href={`/${locale}/workspace/export`} download className="font-semibold text-brand-600 underline">
                {t("workspace.export.link")}
              </a>
              <span className="block text-sm text-slate-700">{t("workspace.export.hint", { max: WORKSPACE_EXPORT_MAX.toLocaleString(locale) })}</span>
            </p>
            {page.groups.map((group) => (
              <div key={group.client.id} className="mb-8">
                <DossierTable
                  dossiers={group.dossiers}
                  caption={
                    group.client.enterpriseNumber
                      ? t("workspace.list.client", { name: group.client.name, number: group.client.enterpriseNumber })
                      : t("workspace.list.clientWithoutNumber", { name: group.client.name })
                  }
                  showEmployer={mandatary}
                  showRegion
                  showNextDeadline
                />
              </div>
            ))}
          </>
        )}
        <QueuePageLink href={homePath} nextCursor={page.nextCursor} />
      </section>
    </div>
  );
}
