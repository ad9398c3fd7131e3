import type { ReactNode } from "react";
import { fieldId } from "@/lib/forms/field-id";

export { fieldId };

/** A labelled field with its hint and error; the control gets the id and aria attributes. */
export function Field({
  path,
  label,
  hint,
  error,
  children,
}: {
  path: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
}) {
  const id = fieldId(path);
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger-600 pl-3" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({ id, "aria-describedby": describedByOf(id, hint, error), "aria-invalid": error ? true : undefined })}
    </div>
  );
}

/** The ids of a field's hint and error, for its `aria-describedby`. */
export function describedByOf(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's hint and error, under its label or legend, with the ids `describedByOf` names. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-1 font-semibold text-danger-600">
          {error}
        </p>
      ) : null}
    </>
  );
}

export const fieldsetClass = "mb-8 rounded border border-slate-300 p-4";
export const legendClass = "px-1 text-xl font-semibold";
export const inputClass =
  "block w-full rounded border-2 border-slate-700 px-3 py-2 text-base aria-[invalid=true]:border-danger-600";
export const buttonClass =
  "rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60";

/** The options of a select: a "choose" prompt with no value, then the choices. */
export function Choices({ options, prompt }: { options: { value: string; label: string }[]; prompt: string }) {
  return (
    <>
      <option value="">{prompt}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}
