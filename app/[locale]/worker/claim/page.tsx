import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClaimDossierForm } from "@/components/auth/claim-dossier-form";
import { requireHomeOf } from "@/app/_server/role-page";
import { titleFrom } from "@/app/_server/metadata";
import { claimDossierAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("accounts.claim");

/** A signed-in worker adds a dossier filed for them by proving what it says about them. */
export default async function ClaimDossierPage({ params }: PageProps<"/[locale]/worker/claim">) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireHomeOf(locale, "/worker");
  const t = await getTranslations({ locale, namespace: "accounts.claim" });
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <ClientMessages of={["accountForms"]}><ClaimDossierForm action={claimDossierAction} /></ClientMessages>
    </div>
  );
}
