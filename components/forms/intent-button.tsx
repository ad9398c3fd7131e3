"use client";

import type { ButtonHTMLAttributes, Ref } from "react";
import { INTENT_FIELD } from "@/lib/forms/form-intent";
import { useHydrated } from "./use-hydrated";

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "value" | "onClick"> & { ref?: Ref<HTMLButtonElement> };

/**
 * A secondary button of a form (add a row, remove one, show the form again): in the page with
 * JavaScript, and without it a submit button posting its intent (lib/forms/form-intent), which
 * the form's server action applies before rendering the form again. Only a plain button once the
 * page runs, so that pressing Enter in a field never "clicks" it. A form with steps of its own
 * names the field (`name`) and reads it itself.
 */
export function IntentButton({ intent, name = INTENT_FIELD, onClick, ...props }: ButtonProps & { intent: string; name?: string; onClick: () => void }) {
  const hydrated = useHydrated();
  return hydrated ? <button {...props} type="button" onClick={onClick} /> : <button {...props} type="submit" name={name} value={intent} />;
}

/**
 * Put first in a form with IntentButtons: pressing Enter in a field "clicks" the form's first
 * submit button, which without JavaScript would otherwise be an IntentButton, not the form's own.
 */
export function DefaultSubmit() {
  const hydrated = useHydrated();
  return hydrated ? null : <button type="submit" hidden tabIndex={-1} />;
}
