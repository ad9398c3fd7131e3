import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/app/_server/metadata";
import { signInAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("signIn");

export default async function SignInPage({ params }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tOther] = await Promise.all([getTranslations({ locale, namespace: "signIn" }), getTranslations({ locale, namespace: "accounts.otherWays" })]);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <ClientMessages of={["signInForm"]}><SignInForm action={signInAction} /></ClientMessages>
      <ul className="mt-8 space-y-2">
        <li>
          <Link href="/forgot-password">{tOther("forgotPassword")}</Link>
        </li>
        <li>
          <Link href="/sign-in/worker">{tOther("workerSignIn")}</Link>
        </li>
      </ul>
    </div>
  );
}
