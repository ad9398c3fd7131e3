import path from "node:path";
import { LocalDiskStorage } from "./local-disk-storage";
import type { ObjectStorage } from "./object-storage";
import { S3Storage } from "./s3-storage";

/**
 * The storage the environment configures: an S3 bucket when `S3_BUCKET` is set (with `S3_ENDPOINT`,
 * `S3_REGION`, `S3_FORCE_PATH_STYLE` and the AWS SDK's credentials), otherwise local disk under
 * `UPLOADS_DIR` (default `.data/uploads`). See the README's environment table.
 */
export function storageFromEnvironment(env: Record<string, string | undefined> = process.env): ObjectStorage {
  if (env.S3_BUCKET) {
    return new S3Storage({
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT || undefined,
      region: env.S3_REGION || "us-east-1",
      // Most S3-compatible services want path-style URLs; AWS itself prefers virtual hosts.
      forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === "true" : Boolean(env.S3_ENDPOINT),
    });
  }
  // The directory is chosen at run time: the ignore comment keeps the bundler from tracing the whole
  // project into the server build for it.
  return new LocalDiskStorage(path.resolve(/*turbopackIgnore: true*/ env.UPLOADS_DIR || path.join(".data", "uploads")));
}

const state = globalThis as typeof globalThis & { portalStorage?: ObjectStorage };

/** The process's storage, made on first use from the environment. */
export function getStorage(): ObjectStorage {
  state.portalStorage ??= storageFromEnvironment();
  return state.portalStorage;
}

/** Tests swap the storage (a failing one, an S3 one) and put the default back afterwards. */
export function setStorage(storage: ObjectStorage | undefined): void {
  state.portalStorage = storage;
}
