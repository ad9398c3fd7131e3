"use server";

import { getLocale } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import { changeMemberRole, inviteMember, removeMember } from "@/lib/organisations/members";
import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";

const membersPage = () => redirectAfterSuccess("/organisation/members");

export async function inviteMemberAction(previous: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return runFormAction("member.invite", previous, formData, { useCase: (actor, values) => inviteMember(actor, values, locale), onSuccess: membersPage });
}

export async function changeMemberRoleAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("member.change-role", previous, formData, { useCase: (actor, values) => changeMemberRole(actor, values), onSuccess: membersPage });
}

export async function removeMemberAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("member.remove", previous, formData, { useCase: (actor, values) => removeMember(actor, values), onSuccess: membersPage });
}
