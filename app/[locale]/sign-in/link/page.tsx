import { getTranslations, setRequestLocale } from "next-intl/server";
import { LinkSignInForm } from "@/components/auth/link-sign-in-form";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/app/_server/metadata";
import { signInWithLinkAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("accounts.linkSignIn");

/** Where an e-mailed sign-in link lands: opening it spends nothing, the button signs in. */
export default async function LinkSignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in/link">) {
  const { locale } = await params;
  const { token } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "accounts" });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-bold">{t("linkSignIn.title")}</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-6">{t("linkSignIn.intro")}</p>
          <ClientMessages of={["accountForms"]}><LinkSignInForm action={signInWithLinkAction.bind(null, locale)} token={token} /></ClientMessages>
        </>
      ) : (
        <p>
          <Link href="/sign-in/worker">{t("linkSignIn.noLink")}</Link>
        </p>
      )}
    </div>
  );
}
