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
