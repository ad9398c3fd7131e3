import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/app/_server/metadata";
import { resetPasswordAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("accounts.resetPassword");

/** Where a reset link lands: the token travels on in a hidden field of the form, which posts. */
export default async function ResetPasswordPage({ params, searchParams }: PageProps<"/[locale]/reset-password">) {
  const { locale } = await params;
  const { token } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "accounts.resetPassword" });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-6">{t("intro")}</p>
          <ClientMessages of={["accountForms"]}><ResetPasswordForm action={resetPasswordAction} token={token} /></ClientMessages>
        </>
      ) : (
        <p>
          <Link href="/forgot-password">{t("noLink")}</Link>
        </p>
      )}
    </div>
  );
}
