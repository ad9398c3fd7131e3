"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { inviteMemberSchema, memberRoleSchema, removeMemberSchema } from "@/lib/organisations/organisation-input";
import { ButtonForm } from "@/components/forms/button-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Choices, Field, buttonClass, inputClass } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/radio-group";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

const levels = ["USER", "ADMINISTRATOR"] as const;

/** Invites a colleague by e-mail, as a user or an administrator. */
export function InviteMemberForm({ action }: { action: FormAction }) {
  const t = useTranslations("organisation.members");
  const { form, formAction, onSubmit, field, errorFor, summary, submission, pending } = useServerForm<z.input<typeof inviteMemberSchema>>({
    action,
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { email: "", role: "USER" },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl">
      <ErrorSummary errors={summary} submission={submission} />
      <Field path="email" label={t("inviteEmail")} error={errorFor("email")}>
        {(props) => <input {...props} {...field("email")} type="email" autoComplete="off" className={inputClass} />}
      </Field>
      <RadioGroup control={form.control} name="role" legend={t("inviteRole")} error={errorFor("role")} options={levels.map((level) => ({ value: level, label: t(level) }))} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("inviteSubmit")}
      </button>
    </form>
  );
}

/** A member's role, changed with its own small form (the last administrator's change is refused beside it). */
export function MemberRoleForm({ action, membershipId, name, role }: { action: FormAction; membershipId: string; name: string; role: (typeof levels)[number] }) {
  const t = useTranslations();
  const { formAction, onSubmit, field, errorFor, summary, pending } = useServerForm<z.input<typeof memberRoleSchema>>({
    action,
    resolver: zodResolver(memberRoleSchema),
    defaultValues: { membershipId, role },
  });
  const error = errorFor("role") ?? summary[0]?.message;
  const selectId = `role-${membershipId}`;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" {...field("membershipId")} />
      <label htmlFor={selectId} className="sr-only">
        {t("organisation.members.roleFor", { name })}
      </label>
      <select id={selectId} {...field("role")} aria-invalid={error ? true : undefined} aria-describedby={error ? `${selectId}-error` : undefined} className={`${inputClass} max-w-48`}>
        <Choices prompt={t("forms.choose")} options={levels.map((level) => ({ value: level, label: t(`organisation.members.${level}`) }))} />
      </select>
      <button type="submit" className="rounded border-2 border-brand-600 px-3 py-1 font-semibold text-brand-600" disabled={pending}>
        {t("organisation.members.saveRole", { name })}
      </button>
      {error ? (
        <p id={`${selectId}-error`} role="alert" className="w-full font-semibold text-danger-600">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** Removes a member (or, for oneself, leaves): their sessions end at once. */
export function RemoveMemberForm({ action, membershipId, label }: { action: FormAction; membershipId: string; label: string }) {
  return <ButtonForm action={action} schema={removeMemberSchema} values={{ membershipId }} label={label} buttonClassName="underline" />;
}
