import "server-only";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listOwnDossiers } from "@/lib/applications/list-dossiers";
import { countUnreadInbox } from "@/lib/inbox/inbox";
import { DossierTable } from "@/components/dossiers/dossier-table";
import { InboxLink } from "@/components/inbox/inbox-link";
import { requireHomeOf } from "./role-page";

/**
 * The home page of those who file: an employer's users see their organisation's dossiers, a
 * mandatary's users those they filed, with the employer named.
 */
export async function ApplicantHome({ locale, homePath, namespace }: { locale: string; homePath: "/employer" | "/mandatary"; namespace: "employerHome" | "mandataryHome" }) {
  setRequestLocale(locale);
  const actor = await requireHomeOf(locale, homePath);
  const [t, dossiers, unread] = await Promise.all([getTranslations({ locale, namespace }), listOwnDossiers({ actor }), countUnreadInbox({ actor })]);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <InboxLink unread={unread} />
      <Link href="/applications/new" className="mb-8 inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
        {t("newApplication")}
      </Link>
      {dossiers.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DossierTable dossiers={dossiers} caption={t("dossiers")} showEmployer={homePath === "/mandatary"} showRegion />
      )}
    </div>
  );
}
