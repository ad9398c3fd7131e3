import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { titleFrom } from "@/app/_server/metadata";
import { signInAction } from "./actions";

export const generateMetadata = titleFrom("signIn");

export default async function SignInPage({ params }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <SignInForm action={signInAction} />
    </div>
  );
}
