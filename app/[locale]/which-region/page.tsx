import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WhichRegionForm } from "@/components/routing/which-region-form";
import { localityNamesAction, whichRegionAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export async function generateMetadata({ params }: PageProps<"/[locale]/which-region">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "whichRegion" });
  return { title: t("title") };
}

/** Public: anyone may ask which region would handle an application, signed in or not. */
export default async function WhichRegionPage({ params }: PageProps<"/[locale]/which-region">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "whichRegion" });
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("intro")}</p>
      <ClientMessages of={["whichRegionForm"]}><WhichRegionForm action={whichRegionAction} localityNames={localityNamesAction} /></ClientMessages>
    </div>
  );
}
