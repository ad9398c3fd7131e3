import type { FieldError } from "@/lib/errors/app-error";

/**
 * What a form's server action answers the form when it does not move on (a success redirects):
 * the errors, and what was entered, so that the page rendered on the server shows both without
 * JavaScript. With JavaScript the same state arrives through React's useActionState.
 */
export interface FormState<Answer = never> {
  /** The submissions answered so far; the error summary takes focus after each new one. */
  submission: number;
  /** A message key about the whole form, shown when no field error explains the refusal. */
  formError?: string;
  formErrorValues?: Record<string, string | number>;
  /** Message keys at the fields' paths (`workplaces.0.sharePercent`). */
  fieldErrors: FieldError[];
  /** What was entered, as the schema's object, to fill the form in again; never a password. */
  values?: Record<string, unknown>;
  /** What the action computed, for a form whose answer is shown on its own page (a calculator). */
  answer?: Answer;
}

export const initialFormState: FormState = { submission: 0, fieldErrors: [] };
