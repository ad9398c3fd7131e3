import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, paginateListObjectsV2, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { assertStorageKey, isStorageOutage, StorageUnavailableError, type ObjectStorage, type StoredObjectInfo } from "./object-storage";

export interface S3StorageOptions {
  bucket: string;
  /** The service's URL for S3-compatible storage (MinIO, Ceph, a cloud provider's); unset for AWS. */
  endpoint?: string;
  region: string;
  /** Path-style URLs (`endpoint/bucket/key`), which most S3-compatible services expect. */
  forcePathStyle: boolean;
  /** Credentials; unset: the AWS SDK's default chain (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, …). */
  credentials?: S3ClientConfig["credentials"];
}

/** The smallest part S3 accepts; also the most a write holds in memory at a time. */
const PART_SIZE = 5 * 1024 * 1024;

/**
 * Objects in an S3 bucket. Bodies of unknown length go through lib-storage's multipart upload,
 * which holds one part (5 MiB) at a time and aborts the upload, leaving nothing, when the body fails.
 */
export class S3Storage implements ObjectStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // Integrity is ours (sha256 per file, lib/documents). The SDK's default trailing checksums
      // use aws-chunked bodies that many S3-compatible services do not understand.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, body: Readable): Promise<void> {
    assertStorageKey(key);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body },
      partSize: PART_SIZE,
      queueSize: 1,
      leavePartsOnError: false,
    });
    // lib-storage stops reading a failed body but does not always reject on its error: race them.
    await Promise.race([
      upload.done(),
      new Promise<never>((_, reject) => body.once("error", reject)),
    ]).catch(async (error: unknown) => {
      await upload.abort().catch(() => {});
      // A body shorter than one part is sent with a single PutObject, which may have completed.
      await this.delete(key).catch(() => {});
      throw isStorageOutage(error, "network") ? new StorageUnavailableError(error) : error;
    });
  }

  async get(key: string): Promise<Readable | null> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return (answer.Body as Readable | undefined) ?? null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
      throw isStorageOutage(error, "network") ? new StorageUnavailableError(error) : error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *list(prefix: string): AsyncIterable<StoredObjectInfo> {
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: prefix })) {
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified) yield { key: object.Key, lastModified: object.LastModified };
      }
    }
  }
}
