import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/app/_server/metadata";
import { WhatToUploadForm } from "@/components/checklist/what-to-upload-form";
import { PermitCategory } from "@/lib/generated/prisma/enums";
import { askChecklistAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("checklist");

/** Public: anyone may ask which documents an application needs, signed in or not. */
export default async function WhatToUploadPage({ params }: PageProps<"/[locale]/what-to-upload">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const categories = Object.values(PermitCategory).map((code) => ({ value: code, label: t(`categories.${code}`) }));
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("checklist.title")}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("checklist.intro")}</p>
      <ClientMessages of={["whatToUploadForm"]}><WhatToUploadForm action={askChecklistAction.bind(null, locale)} categories={categories} /></ClientMessages>
    </div>
  );
}
