import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { AppError, type FieldError } from "@/lib/errors/app-error";
import { acceptedMediaTypes, type AcceptedMediaType } from "./upload-input";

/** Enough of the start of a file for file-type to recognise PDF, JPEG and PNG (and what is not). */
export const SNIFF_BYTES = 4100;

/** The media type of a file from its first bytes, when it is one the portal accepts. */
export async function sniffMediaType(head: Uint8Array): Promise<AcceptedMediaType | null> {
  const type = await fileTypeFromBuffer(head);
  return type && (acceptedMediaTypes as readonly string[]).includes(type.mime) ? (type.mime as AcceptedMediaType) : null;
}

export interface InspectedUpload {
  sizeBytes: number;
  sha256: string;
  mediaType: AcceptedMediaType;
}

function fileError(error: FieldError): AppError {
  return new AppError(error.message === "documents.errors.fileType" || error.message === "documents.errors.fileEmpty" ? "VALIDATION" : "PAYLOAD_TOO_LARGE", {
    fieldErrors: [error],
  });
}

/**
 * A pass-through that inspects an upload while it streams to storage: it holds back only the first
 * SNIFF_BYTES until the type is known (and fails before passing anything on if it is not PDF, JPEG
 * or PNG), counts the bytes and fails as soon as they pass `maxBytes` (with `tooLarge`, the error
 * that says which limit), and hashes everything with sha256. Read `result()` once it has finished.
 */
export class UploadInspector extends Transform {
  private readonly hash = createHash("sha256");
  private head: Buffer[] = [];
  private headBytes = 0;
  private sizeBytes = 0;
  private mediaType: AcceptedMediaType | null = null;

  constructor(
    private readonly maxBytes: number,
    private readonly tooLarge: FieldError,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) return callback(fileError(this.tooLarge));
    this.hash.update(chunk);
    if (this.mediaType) return callback(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return callback();
    this.releaseHead(callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.sizeBytes === 0) return callback(fileError({ path: "file", message: "documents.errors.fileEmpty" }));
    if (this.mediaType) return callback();
    this.releaseHead(callback);
  }

  /** Sniffs the held-back start; passes it on if the type is accepted, fails the stream if not. */
  private releaseHead(callback: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    sniffMediaType(head).then(
      (mediaType) => {
        if (!mediaType) return callback(fileError({ path: "file", message: "documents.errors.fileType" }));
        this.mediaType = mediaType;
        callback(null, head);
      },
      (error: Error) => callback(error),
    );
  }

  /** Size, hash and type of everything that passed; only valid after the stream has finished. */
  result(): InspectedUpload {
    if (!this.mediaType) throw new Error("the upload has not been inspected to its end");
    return { sizeBytes: this.sizeBytes, sha256: this.hash.digest("hex"), mediaType: this.mediaType };
  }
}
