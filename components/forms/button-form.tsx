"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useServerForm, type FormAction } from "./use-server-form";

/**
 * A form that is one button: it posts its hidden `values` (checked by `schema`, the server's) to the
 * action, and shows the action's refusal beside the button. Works without JavaScript.
 */
export function ButtonForm({
  action,
  schema,
  values,
  label,
  className,
  buttonClassName,
}: {
  action: FormAction;
  schema: z.core.$ZodType<FieldValues, Record<string, unknown>>;
  values: Record<string, string | number>;
  label: string;
  className?: string;
  buttonClassName: string;
}) {
  const { formAction, onSubmit, field, summary, pending } = useServerForm<Record<string, unknown>, FieldValues>({
    action,
    resolver: zodResolver(schema),
    defaultValues: values,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className={className}>
      {Object.keys(values).map((name) => (
        <input key={name} type="hidden" {...field(name)} />
      ))}
      <button type="submit" className={buttonClassName} disabled={pending}>
        {label}
      </button>
      {summary[0] ? (
        <p role="alert" className="font-semibold text-danger-600">
          {summary[0].message}
        </p>
      ) : null}
    </form>
  );
}
