import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("accounts.resetPassword", "doneTitle");

export default async function PasswordChangedPage({ params }: PageProps<"/[locale]/reset-password/done">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "accounts.resetPassword" });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-bold">{t("doneTitle")}</h1>
      <p className="mb-6">{t("done")}</p>
      <Link href="/sign-in">{t("signIn")}</Link>
    </div>
  );
}
