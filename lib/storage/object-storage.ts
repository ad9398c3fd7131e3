import type { Readable } from "node:stream";

/** A stored object as a listing reports it, for the sweep of leftovers. */
export interface StoredObjectInfo {
  key: string;
  lastModified: Date;
}

/**
 * Where uploaded files live: local disk by default, S3-compatible object storage when configured
 * (lib/storage/get-storage.ts). Keys are the application's own (`dossiers/<id>/<uuid>`), never a
 * user's file name. The contract every implementation keeps (tests/integration/storage.test.ts):
 *  - `put` streams the body to storage without holding it whole; if the body errors, `put` rejects
 *    and no object is left under the key;
 *  - `get` answers null for a key that is not there;
 *  - `delete` of a missing key is not an error;
 *  - `list` yields every object under the prefix, including the leftovers of interrupted writes.
 */
export interface ObjectStorage {
  put(key: string, body: Readable): Promise<void>;
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
  list(prefix: string): AsyncIterable<StoredObjectInfo>;
}

/**
 * Keys are ours: segments of lower-case letters, digits, dots and dashes, each starting with a
 * letter or digit, so that no key can climb out of the storage root (`..`) on disk.
 */
export function assertStorageKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9.-]*(\/[a-z0-9][a-z0-9.-]*)*$/.test(key)) throw new Error(`invalid storage key: ${key}`);
}

/**
 * Storage could not be reached or could not write (S3 refusing connections or answering 5xx, a
 * disk that is full or read-only): the request is answered 503 with Retry-After, not 500, and
 * nothing is left behind (the upload deletes what it wrote; the orphan sweep takes the rest).
 */
export class StorageUnavailableError extends Error {
  readonly code = "STORAGE_UNAVAILABLE";
  constructor(cause: unknown) {
    super("Object storage is unavailable", { cause });
    this.name = "StorageUnavailableError";
  }
}

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ECONNABORTED"]);
const DISK_CODES = new Set(["EIO", "ENOSPC", "EROFS", "EDQUOT", "EACCES", "EPERM", "EMFILE", "ENFILE"]);

/** Whether a storage call's error is the storage's being away (not the body's, not a bug). */
export function isStorageOutage(error: unknown, kind: "network" | "disk"): boolean {
  if (typeof error !== "object" || error === null) return false;
  const record = error as { code?: unknown; name?: unknown; $metadata?: { httpStatusCode?: unknown }; cause?: unknown };
  const codes = kind === "network" ? NETWORK_CODES : DISK_CODES;
  if (typeof record.code === "string" && codes.has(record.code)) return true;
  if (kind === "network") {
    if (record.name === "TimeoutError") return true;
    const status = record.$metadata?.httpStatusCode;
    if (typeof status === "number" && status >= 500) return true;
  }
  return record.cause !== undefined && record.cause !== error && isStorageOutage(record.cause, kind);
}
