import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireHomeOf } from "@/app/_server/role-page";
import { listOwnDossiers } from "@/lib/applications/list-dossiers";
import { DossierTable } from "@/components/dossiers/dossier-table";

export async function generateMetadata({ params }: PageProps<"/[locale]/mandatary">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "mandataryHome" }))("title") };
}

export default async function MandataryHome({ params }: PageProps<"/[locale]/mandatary">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireHomeOf(locale, "/mandatary");
  const [t, dossiers] = await Promise.all([getTranslations({ locale, namespace: "mandataryHome" }), listOwnDossiers({ actor })]);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <Link href="/applications/new" className="mb-8 inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
        {t("newApplication")}
      </Link>
      {dossiers.length === 0 ? <p>{t("empty")}</p> : <DossierTable dossiers={dossiers} caption={t("dossiers")} showEmployer showRegion />}
    </div>
  );
}
