import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { titleFrom } from "@/app/_server/metadata";
import { requestPasswordResetAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("accounts.forgotPassword");

/** Public: asks for a link to choose a new password; the answer is the same for every address. */
export default async function ForgotPasswordPage({ params }: PageProps<"/[locale]/forgot-password">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "accounts.forgotPassword" });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <ClientMessages of={["accountForms"]}><EmailRequestForm action={requestPasswordResetAction} namespace="accounts.forgotPassword" /></ClientMessages>
    </div>
  );
}
