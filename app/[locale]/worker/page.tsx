import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireHomeOf } from "@/app/_server/role-page";
import { listOwnDossiers } from "@/lib/applications/list-dossiers";
import { countUnreadInbox } from "@/lib/inbox/inbox";
import { DossierTable } from "@/components/dossiers/dossier-table";
import { InboxLink } from "@/components/inbox/inbox-link";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("workerHome");

export default async function WorkerHome({ params }: PageProps<"/[locale]/worker">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireHomeOf(locale, "/worker");
  const [t, tAccounts, dossiers, unread] = await Promise.all([
    getTranslations({ locale, namespace: "workerHome" }),
    getTranslations({ locale, namespace: "accounts.claim" }),
    listOwnDossiers({ actor }),
    countUnreadInbox({ actor }),
  ]);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <InboxLink unread={unread} />
      {dossiers.length === 0 ? <p>{t("empty")}</p> : <DossierTable dossiers={dossiers} caption={t("dossiers")} showEmployer showRegion />}
      <p className="mt-8">
        <Link href="/worker/claim">{tAccounts("link")}</Link>
      </p>
    </div>
  );
}
