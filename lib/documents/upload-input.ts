import * as z from "@/lib/forms/zod-mini";
import { dayBoundProblem } from "@/lib/forms/plausible";
import { DocumentKind } from "@/lib/generated/prisma/enums";
import type { FieldError } from "@/lib/errors/app-error";
import { dayInBelgium, isRealDay } from "@/lib/dates";

/**
 * Certificates whose date of issue the upload asks (optional): a certificate may be at most six
 * months old when the application is approved (REFERENCE.md §8), which the check page warns of.
 */
export const DATED_CERTIFICATES: readonly DocumentKind[] = ["CRIMINAL_RECORD", "MEDICAL_CERTIFICATE"];

/** What the portal accepts, decided from a file's content alone (./inspect-upload.ts). */
export const acceptedMediaTypes = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AcceptedMediaType = (typeof acceptedMediaTypes)[number];

/** The extension a file of each accepted type gets when it is downloaded. */
export const extensionOf: Record<AcceptedMediaType, readonly string[]> = {
  "application/pdf": [".pdf"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
};

export const MAX_FILE_NAME_LENGTH = 255;

/**
 * A file name as the browser sent it, reduced to something safe to store and show: the last path
 * segment (old browsers send the whole path), without control characters, trimmed.
 */
export function cleanFileName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? "";
  return lastSegment.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "").trim();
}

/**
 * The fields of an upload besides the file's bytes: the same schema checks them in the browser
 * (before anything is sent) and on the server (before anything is stored).
 */
export const uploadFieldsSchema = z.object({
  kind: z.enum(DocumentKind, { error: "documents.errors.kindRequired" }),
  fileName: z.pipe(
    z.pipe(z.string({ error: "documents.errors.fileRequired" }), z.transform(cleanFileName)),
    z.string().check(z.minLength(1, "documents.errors.fileRequired"), z.maxLength(MAX_FILE_NAME_LENGTH, "documents.errors.fileNameTooLong")),
  ),
  /** A certificate's date of issue, when the filer gives it; empty when not. */
  issuedOn: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.refine((day) => day === "" || (isRealDay(day) && dayBoundProblem(day) === null && day <= dayInBelgium()), "documents.errors.issuedOnInvalid"),
      ),
  ),
});

export type UploadFields = z.output<typeof uploadFieldsSchema>;

/** The size limits, kept in configuration (./document-limits.ts) and shown to the user in MB. */
export interface DocumentLimits {
  maxFileBytes: number;
  maxDossierBytes: number;
}

/** Bytes as the whole or one-decimal megabytes (MiB) a limit is announced in. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/**
 * The error for a file of `sizeBytes` in a dossier already holding `usedBytes`, or null when it
 * fits. The browser asks before sending (it knows the size); the server enforces the same limits
 * while the bytes stream in, where the size is not known in advance.
 */
export function sizeError(sizeBytes: number, usedBytes: number, limits: DocumentLimits): FieldError | null {
  if (sizeBytes > limits.maxFileBytes) return { path: "file", message: "documents.errors.fileTooLarge", values: { maxMB: megabytes(limits.maxFileBytes) } };
  if (usedBytes + sizeBytes > limits.maxDossierBytes) return { path: "file", message: "documents.errors.dossierFull", values: { maxMB: megabytes(limits.maxDossierBytes) } };
  return null;
}
