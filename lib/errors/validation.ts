import * as z from "@/lib/forms/zod-mini";
import type { Translate } from "@/lib/i18n/locales";
import { AppError, type FieldError } from "./app-error";

/** One field error per zod issue, with the path joined as `establishments.1.postalCode`. */
export function fieldErrorsFromZod(error: z.core.$ZodError): FieldError[] {
  return fieldErrorsFromIssues(error.issues);
}

export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
    ...(issue.code === "custom" && issue.params ? { values: issue.params as Record<string, string | number> } : {}),
  }));
}

/** Parses with the schema (of either zod build) or throws a VALIDATION AppError carrying every field error. */
export function parseInput<Schema extends z.core.$ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = z.safeParse(schema, input);
  if (!result.success) {
    throw new AppError("VALIDATION", { fieldErrors: fieldErrorsFromZod(result.error) });
  }
  return result.data;
}

/** Field errors as the reader gets them: each message key translated with its values. */
export function translateFieldErrors(errors: readonly FieldError[], t: Translate): { path: string; message: string }[] {
  return errors.map(({ path, message, values }) => ({ path, message: t(message, values) }));
}
