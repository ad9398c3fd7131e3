import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChooseHatForm } from "@/components/auth/choose-hat-form";
import { ClientMessages } from "@/components/i18n/client-messages-provider";
import { redirect } from "@/i18n/navigation";
import { hatOf, homePathOf } from "@/lib/auth/actor";
import { roleOf } from "@/lib/auth/authorization";
import { getSignedIn } from "@/app/_server/session";
import { titleFrom } from "@/app/_server/metadata";
import { chooseHatAction } from "./actions";

export const generateMetadata = titleFrom("accounts.hats");

/**
 * "Choose how you act": a person with several hats (docs/decisions/hats.md) picks one after signing
 * in, and comes back here from the header to switch. With one hat there is nothing to choose.
 */
export default async function ChooseHatPage({ params }: PageProps<"/[locale]/hats">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const signedIn = await getSignedIn();
  if (!signedIn || signedIn.hats.length === 0) return redirect({ href: "/sign-in", locale });
  if (signedIn.hats.length === 1 && signedIn.actor) return redirect({ href: homePathOf(signedIn.actor), locale });
  const [t, roles] = await Promise.all([getTranslations({ locale, namespace: "accounts.hats" }), getTranslations({ locale, namespace: "common.roles" })]);
  const hats = signedIn.hats.map(({ actor, organisationName }) => ({
    value: hatOf(actor),
    label: organisationName ? t("inOrganisation", { role: roles(roleOf(actor)), organisation: organisationName }) : roles(roleOf(actor)),
  }));
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <ClientMessages of={["accountForms"]}>
        <ChooseHatForm action={chooseHatAction} hats={hats} current={signedIn.actor ? hatOf(signedIn.actor) : null} />
      </ClientMessages>
    </div>
  );
}
