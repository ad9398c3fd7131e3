import { getTranslations, setRequestLocale } from "next-intl/server";
import { countryOptions } from "@/app/_server/filing-options";
import { titleFrom } from "@/app/_server/metadata";
import { SignUpForm } from "@/components/organisations/sign-up-form";
import { signUpAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("organisation.signUp");

/** Public: an employer or a mandatary signs up and becomes its own first administrator. */
export default async function SignUpPage({ params }: PageProps<"/[locale]/sign-up">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "organisation.signUp" });
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 text-lg">{t("intro")}</p>
      <ClientMessages of={["signUpForm"]}><SignUpForm action={signUpAction} countries={countryOptions(locale)} /></ClientMessages>
    </div>
  );
}
