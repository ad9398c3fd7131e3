import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("organisation.signUp", "sentTitle");

/** After signing up: the account works once the e-mailed link is opened. */
export default async function SignUpSentPage({ params }: PageProps<"/[locale]/sign-up/sent">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("organisation.signUp.sentTitle")}</h1>
      <p className="mb-4 text-lg">{t("organisation.signUp.sentText")}</p>
      <p className="text-slate-700">{t("signIn.emailNotVerified")}</p>
    </div>
  );
}
