import { getTranslations, setRequestLocale } from "next-intl/server";
import { auth } from "@/auth";
import { Link } from "@/i18n/navigation";
import { isAdministratorRole } from "@/lib/auth/authorization";
import { findInvitation } from "@/lib/organisations/invitations";
import { titleFrom } from "@/app/_server/metadata";
import { AcceptInvitationForm, JoinWithAccountForm } from "@/components/organisations/invitation-forms";
import { acceptInvitationAction, joinWithAccountAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("organisation.invitation", "pageTitle");

/**
 * The page of an invitation link: a new person creates their account here; someone with an account
 * signs in and joins with it. Only showing the page spends nothing.
 */
export default async function InvitationPage({ params }: PageProps<"/[locale]/invitation/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const invitation = await findInvitation(token);
  if (!invitation) {
    return (
      <div className="max-w-3xl">
        <h1 className="mb-4 text-3xl font-bold">{t("organisation.invitation.invalidTitle")}</h1>
        <p className="text-lg">{t("validation.invitationInvalid")}</p>
      </div>
    );
  }
  const organisation = invitation.organisationName;
  const role = t(`organisation.members.${isAdministratorRole(invitation.role) ? "ADMINISTRATOR" : "USER"}`).toLowerCase();
  const signedIn = Boolean((await auth())?.user?.id);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("organisation.invitation.title", { organisation })}</h1>
      <p className="mb-6 text-lg">{t("organisation.invitation.intro", { organisation, role })}</p>
      {signedIn ? (
        <ClientMessages of={["invitationForms"]}><JoinWithAccountForm action={joinWithAccountAction} token={token} label={t("organisation.invitation.join", { organisation })} /></ClientMessages>
      ) : invitation.accountExists ? (
        <>
          <p className="mb-4">{t("organisation.invitation.signInFirst", { email: invitation.email })}</p>
          <Link href="/sign-in" className="font-semibold underline">
            {t("organisation.invitation.signIn")}
          </Link>
        </>
      ) : (
        <>
          <p className="mb-4">{t("organisation.invitation.newAccount", { email: invitation.email })}</p>
          <ClientMessages of={["invitationForms"]}><AcceptInvitationForm action={acceptInvitationAction} token={token} /></ClientMessages>
        </>
      )}
    </div>
  );
}
