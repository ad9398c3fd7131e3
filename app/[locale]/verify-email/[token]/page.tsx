import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/app/_server/metadata";
import { buttonClass } from "@/components/forms/field";
import { verifyEmailAction } from "./actions";

export const generateMetadata = titleFrom("organisation.verify");

/** The page of an e-mailed verification link: one button posts the token (never a GET that spends it). */
export default async function VerifyEmailPage({ params }: PageProps<"/[locale]/verify-email/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "organisation.verify" });
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-lg">{t("intro")}</p>
      <form action={verifyEmailAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass}>
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
