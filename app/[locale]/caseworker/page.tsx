import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireHomeOf } from "@/app/_server/role-page";
import { listRegionalQueue } from "@/lib/applications/list-dossiers";
import { DossierTable } from "@/components/dossiers/dossier-table";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("caseworkerHome");

export default async function CaseworkerHome({ params }: PageProps<"/[locale]/caseworker">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireHomeOf(locale, "/caseworker");
  const [t, dossiers] = await Promise.all([getTranslations({ locale }), listRegionalQueue({ actor })]);
  const region = actor.region ? t(`routing.regions.${actor.region}`) : "";
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("caseworkerHome.title")}</h1>
      <p className="mb-8 text-lg">{t("caseworkerHome.serving", { region })}</p>
      {dossiers.length === 0 ? (
        <p>{t("caseworkerHome.empty")}</p>
      ) : (
        <DossierTable dossiers={dossiers} caption={t("caseworkerHome.queue", { region })} showEmployer />
      )}
    </div>
  );
}
