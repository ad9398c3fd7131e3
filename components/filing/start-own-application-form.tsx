"use client";

import { ButtonForm } from "@/components/forms/button-form";
import { buttonClass } from "@/components/forms/field";
import type { FormAction } from "@/components/forms/use-server-form";
import { startOwnApplicationSchema } from "@/lib/filing/start-draft-application-input";

/** The worker's "apply" button on their home: one post, no fields (the carried answers are in a cookie). */
export function StartOwnApplicationForm({ action, label }: { action: FormAction; label: string }) {
  return <ButtonForm action={action} schema={startOwnApplicationSchema} values={{}} label={label} buttonClassName={buttonClass} />;
}
