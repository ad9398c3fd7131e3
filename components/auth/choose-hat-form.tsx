"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { chooseHatSchema, type ChooseHatInput } from "@/lib/auth/choose-hat-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { buttonClass } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/radio-group";
import { useServerForm, type FormAction } from "@/components/forms/use-server-form";

/** A person with several hats picks the one they act in: each hat a radio button, the current one ticked. */
export function ChooseHatForm({ action, hats, current }: { action: FormAction; hats: { value: string; label: string }[]; current: string | null }) {
  const t = useTranslations("accounts.hats");
  const { form, formAction, onSubmit, errorFor, summary, submission, pending } = useServerForm<ChooseHatInput>({
    action,
    resolver: zodResolver(chooseHatSchema),
    defaultValues: { hat: current ?? "" },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} submission={submission} />
      <RadioGroup control={form.control} name="hat" legend={t("legend")} error={errorFor("hat")} options={hats} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
