import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireHomeOf } from "@/app/_server/role-page";
import { listImmigrationOfficeQueue } from "@/lib/applications/list-dossiers";
import { DossierTable } from "@/components/dossiers/dossier-table";
import { QueuePageLink } from "@/components/back-office/queue-page-link";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("immigrationOfficeHome");

export default async function ImmigrationOfficeHome({ params, searchParams }: PageProps<"/[locale]/immigration-office">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireHomeOf(locale, "/immigration-office");
  const { after } = await searchParams;
  const [t, queue] = await Promise.all([
    getTranslations({ locale, namespace: "immigrationOfficeHome" }),
    listImmigrationOfficeQueue({ actor, cursor: typeof after === "string" ? after : undefined }),
  ]);
  return (
    <div>
      <h1 className="mb-8 text-3xl font-bold">{t("title")}</h1>
      {queue.dossiers.length === 0 ? <p>{t("empty")}</p> : <DossierTable dossiers={queue.dossiers} caption={t("queue")} showEmployer showRegion showNextDeadline />}
      <QueuePageLink href="/immigration-office" nextCursor={queue.nextCursor} />
    </div>
  );
}
