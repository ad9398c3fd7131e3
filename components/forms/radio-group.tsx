"use client";

import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { describedByOf, FieldMessages, fieldId } from "./field";

/**
 * A question answered by one radio button, bound to a react-hook-form field of any value type (a
 * yes/no answer is a boolean, posted as "true"/"false"). The fieldset carries the id the error
 * summary links to; the server renders the answer checked, so it works without JavaScript.
 */
export function RadioGroup<Values extends FieldValues, Parsed extends FieldValues>({
  control,
  name,
  legend,
  hint,
  error,
  options,
}: {
  control: Control<Values, unknown, Parsed>;
  name: Path<Values>;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string | boolean; label: string }[];
}) {
  const id = fieldId(name);
  const describedBy = describedByOf(id, hint, error);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} className={`mb-5 ${error ? "border-l-4 border-danger-600 pl-3" : ""}`}>
          <legend className="mb-1 font-semibold">{legend}</legend>
          <FieldMessages id={id} hint={hint} error={error} />
          {options.map((option) => (
            <label key={String(option.value)} className="mb-1 flex items-start gap-2">
              <input
                type="radio"
                name={field.name}
                value={String(option.value)}
                checked={field.value === option.value}
                onChange={() => field.onChange(option.value)}
                onBlur={field.onBlur}
                className="mt-1 h-5 w-5 shrink-0"
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      )}
    />
  );
}
