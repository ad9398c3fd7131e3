import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { titleFrom } from "@/app/_server/metadata";
import { requestWorkerSignInLinkAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("accounts.workerSignIn");

/** Public: a worker asks for a sign-in link by e-mail; there is no password to enter. */
export default async function WorkerSignInPage({ params }: PageProps<"/[locale]/sign-in/worker">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "accounts.workerSignIn" });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <ClientMessages of={["accountForms"]}><EmailRequestForm action={requestWorkerSignInLinkAction.bind(null, locale)} namespace="accounts.workerSignIn" /></ClientMessages>
    </div>
  );
}
