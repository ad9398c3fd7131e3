import type { DocumentLimits } from "./upload-input";

const MiB = 1024 * 1024;

/** The published guidance names no figure (REFERENCE §8): these defaults are ours, and configurable. */
export const defaultDocumentLimits: DocumentLimits = { maxFileBytes: 10 * MiB, maxDossierBytes: 50 * MiB };

function bytesFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === "") return fallback;
  const bytes = Number(value);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new Error(`${name} must be a whole number of bytes, not "${value}"`);
  return bytes;
}

/** The limits of this deployment: `DOCUMENT_MAX_FILE_BYTES` and `DOCUMENT_MAX_DOSSIER_BYTES`. */
export function documentLimits(env: Record<string, string | undefined> = process.env): DocumentLimits {
  return {
    maxFileBytes: bytesFrom(env.DOCUMENT_MAX_FILE_BYTES, defaultDocumentLimits.maxFileBytes, "DOCUMENT_MAX_FILE_BYTES"),
    maxDossierBytes: bytesFrom(env.DOCUMENT_MAX_DOSSIER_BYTES, defaultDocumentLimits.maxDossierBytes, "DOCUMENT_MAX_DOSSIER_BYTES"),
  };
}
