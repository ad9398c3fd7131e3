"use client";

import { startTransition, useActionState, useMemo, type FormEvent } from "react";
import { get, useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type RegisterOptions, type Resolver } from "react-hook-form";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/locales";
import type { SummaryError } from "./error-summary";
import { fieldId } from "./field";
import { flattenFormErrors, nestFieldErrors } from "./form-errors";

/** A form's server action, as the page hands it to the form (components never import routes). */
export type FormAction<Answer = never> = (previous: FormState<Answer>, formData: FormData) => Promise<FormState<Answer>>;

/**
 * A form that posts to its server action and is enhanced by react-hook-form, never the reverse.
 *
 * - Without JavaScript (or before it loads) `<form action={formAction}>` posts the fields to the action;
 *   the page comes back rendered with the action's state: the errors at their fields and in the
 *   summary, and what was entered in the fields (`field()` and `checkbox()` put it in the HTML).
 * - With JavaScript, `onSubmit` has the resolver (the form's zod schema) check and block a bad
 *   one; a good one sends the browser's own FormData to the same action, so both paths post the
 *   same fields. The action's answer arrives as the same state, and its field errors become RHF's.
 */
export function useServerForm<Values extends FieldValues, Parsed extends FieldValues = Values, Answer = never>({
  action,
  resolver,
  defaultValues,
}: {
  action: FormAction<Answer>;
  /** The form's zod schema; what it parses to is not used here, the server parses the post again. */
  resolver: Resolver<Values, unknown, Parsed>;
  defaultValues: DefaultValues<Values>;
}) {
  const t = useTranslations() as unknown as Translate;
  const [state, formAction, pending] = useActionState<FormState<Answer>, FormData>(action, initialFormState);
  // What was entered and refused comes back from the action; a form seen for the first time starts from the page's values.
  const defaults = (state.values ?? defaultValues) as DefaultValues<Values>;
  const serverErrors = useMemo(() => nestFieldErrors(state.fieldErrors) as FieldErrors<Values>, [state]);
  const form = useForm<Values, unknown, Parsed>({ resolver, defaultValues: defaults, errors: serverErrors, shouldFocusError: false });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void form.handleSubmit(() => {
      const formData = new FormData(element, submitter);
      startTransition(() => formAction(formData));
    })(event);
  };

  const fieldErrors = flattenFormErrors(form.formState.errors);
  // The action's refusal of the whole form, as long as no field error says more.
  const formError = state.formError && state.fieldErrors.length === 0 && fieldErrors.length === 0 ? t(state.formError, state.formErrorValues) : undefined;
  const formLevel = state.fieldErrors.filter((e) => !e.path).map((e) => t(e.message, e.values));
  const summary: SummaryError[] = [
    ...(formError ? [{ message: formError }] : []),
    ...formLevel.map((message) => ({ message })),
    ...fieldErrors.map((e) => ({ fieldId: fieldId(e.path), message: t(e.message, e.values) })),
  ];

  return {
    form,
    state,
    pending,
    /** For `<form action={formAction} onSubmit={onSubmit} noValidate>`: the post, and its enhancement. */
    formAction,
    onSubmit,
    /** The translated error of a field, if any. */
    errorFor(path: string): string | undefined {
      const error = fieldErrors.find((e) => e.path === path);
      return error ? t(error.message, error.values) : undefined;
    },
    summary,
    /** Counts submissions checked in the browser and answered by the action, for the summary's focus. */
    submission: form.formState.submitCount + state.submission,
    /** A registered input or select, with its value in the HTML so that the page shows it without JavaScript. */
    field<Name extends Path<Values>>(name: Name, options?: RegisterOptions<Values, Name>) {
      const value: unknown = get(defaults, name);
      return { ...form.register(name, options), defaultValue: (typeof value === "number" && Number.isFinite(value)) || typeof value === "string" ? value : undefined };
    },
    /** A registered checkbox, ticked in the HTML when it was. */
    checkbox<Name extends Path<Values>>(name: Name) {
      return { ...form.register(name), defaultChecked: get(defaults, name) === true };
    },
  };
}
