import { set, type FieldErrors } from "react-hook-form";
import type { FieldError } from "@/lib/errors/app-error";

export interface FlatFieldError {
  path: string;
  message: string;
  values?: Record<string, string | number>;
}

/** React Hook Form's nested errors as a flat list of paths (`worker.givenNames`, `workplaces.0.sharePercent`). */
export function flattenFormErrors(errors: FieldErrors, prefix = ""): FlatFieldError[] {
  const flat: FlatFieldError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "ref") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && "message" in value && typeof value.message === "string") {
      // Array-level errors sit on `root` of the array in RHF; report them on the array's own path.
      flat.push({ path: key === "root" ? prefix : path, message: value.message, values: (value as { values?: Record<string, string | number> }).values });
    } else if (typeof value === "object") {
      flat.push(...flattenFormErrors(value as FieldErrors, path));
    }
  }
  return flat;
}

/**
 * The server's field errors as React Hook Form's nested errors, as if the browser had found them.
 * A list's own error (shares that do not add up) sits on the list's `root`, beside its rows'
 * errors, as RHF keeps it. Errors about the whole form (path "") are not a field's.
 */
export function nestFieldErrors(errors: readonly FieldError[]): FieldErrors {
  const nested: FieldErrors = {};
  const seen = new Set<string>();
  for (const { path, message, values } of errors) {
    // The first problem of a field is the one to fix first (an empty date is "required", not "not a real date"), as zodResolver shows it.
    if (!path || seen.has(path)) continue;
    seen.add(path);
    const isList = errors.some((other) => other.path.startsWith(`${path}.`));
    set(nested, isList ? `${path}.root` : path, { type: "server", message, ...(values ? { values } : {}) });
  }
  return nested;
}

