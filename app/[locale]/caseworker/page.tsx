import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireHomeOf } from "@/app/_server/role-page";
import { listRegionalQueue } from "@/lib/applications/list-dossiers";
import { DossierTable } from "@/components/dossiers/dossier-table";
import { QueueFiltersForm } from "@/components/back-office/queue-filters";
import { QueuePageLink } from "@/components/back-office/queue-page-link";
import { titleFrom } from "@/app/_server/metadata";
import { filterQueueAction } from "./actions";
import { queueFiltersCookie } from "./queue-filters-cookie";

export const generateMetadata = titleFrom("caseworkerHome");

export default async function CaseworkerHome({ params, searchParams }: PageProps<"/[locale]/caseworker">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireHomeOf(locale, "/caseworker");
  const { after } = await searchParams;
  const filters = await queueFiltersCookie.read();
  const [t, queue] = await Promise.all([getTranslations({ locale }), listRegionalQueue({ actor, filters, cursor: typeof after === "string" ? after : undefined })]);
  const region = actor.kind === "regionalCaseworker" ? t(`routing.regions.${actor.region}`) : "";
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("caseworkerHome.title")}</h1>
      <p className="mb-8 text-lg">{t("caseworkerHome.serving", { region })}</p>
      <QueueFiltersForm action={filterQueueAction} filters={filters} />
      {queue.dossiers.length === 0 ? (
        <p>{t("caseworkerHome.empty")}</p>
      ) : (
        <DossierTable dossiers={queue.dossiers} caption={t("caseworkerHome.queue", { region })} showEmployer showNextDeadline />
      )}
      <QueuePageLink href="/caseworker" nextCursor={queue.nextCursor} />
    </div>
  );
}
