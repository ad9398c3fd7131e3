import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { can, isAdministratorRole } from "@/lib/auth/authorization";
import { listMembers } from "@/lib/organisations/members";
import { requireActor } from "@/app/_server/session";
import { titleFrom } from "@/app/_server/metadata";
import { InviteMemberForm, MemberRoleForm, RemoveMemberForm } from "@/components/organisations/member-forms";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("common", "members");

/** An administrator's list of the organisation's members: invite, change a role, remove. */
export default async function MembersPage({ params }: PageProps<"/[locale]/organisation/members">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "organisation:manage-members")) notFound();
  const { organisationName, members, invitations } = await listMembers(actor);
  const t = await getTranslations({ locale, namespace: "organisation.members" });
  const format = await getFormatter({ locale });
  const level = (role: string) => (isAdministratorRole(role as Parameters<typeof isAdministratorRole>[0]) ? "ADMINISTRATOR" : "USER");
  return (
    <ClientMessages of={["memberForms"]}>
      <h1 className="mb-6 text-3xl font-bold">{t("title", { organisation: organisationName })}</h1>
      <table className="mb-10 w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-4">{t("name")}</th>
            <th scope="col" className="py-2 pr-4">{t("email")}</th>
            <th scope="col" className="py-2 pr-4">{t("role")}</th>
            <th scope="col" className="py-2">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.membershipId} className="border-b border-slate-200 align-top">
              <td className="py-3 pr-4">
                {member.name} {member.userId === actor.userId ? t("you") : null}
              </td>
              <td className="py-3 pr-4">
                {member.email}
                {member.verified ? null : <span className="block text-sm text-slate-600">{t("unverified")}</span>}
              </td>
              <td className="py-3 pr-4">
                <MemberRoleForm action={changeMemberRoleAction} membershipId={member.membershipId} name={member.name} role={level(member.role)} />
              </td>
              <td className="py-3">
                <RemoveMemberForm action={removeMemberAction} membershipId={member.membershipId} label={member.userId === actor.userId ? t("leave") : t("remove", { name: member.name })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {invitations.length > 0 ? (
        <section className="mb-10">
          <h2 className="mb-3 text-2xl font-semibold">{t("invitationsTitle")}</h2>
          <ul className="list-disc pl-5">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                {t("invitationExpires", { email: invitation.email, role: t(level(invitation.role)), date: format.dateTime(invitation.expiresAt, { dateStyle: "long" }) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section>
        <h2 className="mb-3 text-2xl font-semibold">{t("inviteTitle")}</h2>
        <InviteMemberForm action={inviteMemberAction} />
      </section>
    </ClientMessages>
  );
}
