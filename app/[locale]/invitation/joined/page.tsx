import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("organisation.invitation", "joinedTitle");

/** After creating an account from an invitation: the account works, the person signs in. */
export default async function InvitationJoinedPage({ params }: PageProps<"/[locale]/invitation/joined">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("organisation.invitation.joinedTitle")}</h1>
      <p className="mb-6 text-lg">{t("organisation.invitation.joinedText")}</p>
      <Link href="/sign-in" className="font-semibold underline">
        {t("signIn.title")}
      </Link>
    </div>
  );
}
