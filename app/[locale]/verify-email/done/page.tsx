import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("organisation.verify", "doneTitle");

/** Where the verification lands: confirmed, or (outcome=invalid) the link did not work. */
export default async function VerifyEmailDonePage({ params, searchParams }: PageProps<"/[locale]/verify-email/done">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const invalid = (await searchParams).outcome === "invalid";
  const t = await getTranslations({ locale });
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t(invalid ? "organisation.verify.invalidTitle" : "organisation.verify.doneTitle")}</h1>
      <p className="mb-6 text-lg">{t(invalid ? "validation.verificationLinkInvalid" : "organisation.verify.doneText")}</p>
      <Link href="/sign-in" className="font-semibold underline">
        {t("signIn.title")}
      </Link>
    </div>
  );
}
