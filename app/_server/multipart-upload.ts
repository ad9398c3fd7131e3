import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors/app-error";

/** The answer to a request that carries no file (or is no multipart form at all). */
function unreadableForm(): AppError {
  return new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "request.MALFORMED_FORM" }] });
}

function missingFile(): AppError {
  return new AppError("VALIDATION", { fieldErrors: [{ path: "file", message: "documents.errors.fileRequired" }] });
}

/**
 * Reads a multipart form that carries one file in the field `file`, without ever holding the
 * file: the text fields that come before it (the form puts them first) are collected, and the
 * file's bytes are handed to `onFile` as a stream, as they arrive. Next.js does not buffer a route
 * handler's body (the proxy, which would, does not run on /api: see proxy.ts).
 *
 * When `onFile` fails (a refused type, a limit, storage), the rest of the body is read and thrown
 * away, up to `discardLimit` bytes, before the error is passed on: a browser that is still sending
 * would otherwise see the connection reset instead of the answer.
 */
export async function readMultipartUpload<T>(
  request: Request,
  onFile: (fields: Record<string, string>, file: Readable, fileName: string) => Promise<T>,
  discardLimit: number,
): Promise<T> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !/^multipart\/form-data\b/i.test(contentType)) throw missingFile();
  const body = Readable.fromWeb(request.body as NodeWebReadableStream<Uint8Array>);
  let parser: busboy.Busboy;
  try {
    // Small limits for everything but the file: the text fields are a kind and a language.
    // Browsers send file names as raw UTF-8, which busboy would read as Latin-1 by default.
    parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8", limits: { files: 1, fields: 8, fieldSize: 1024, fieldNameSize: 64, parts: 10 } });
  } catch {
    await discard(body, discardLimit);
    throw missingFile();
  }
  try {
    return await new Promise<T>((resolve, reject) => {
      const fields: Record<string, string> = {};
      let fileSeen = false;
      parser.on("field", (name, value) => {
        fields[name] = value;
      });
      parser.on("file", (name, file, info) => {
        if (fileSeen || name !== "file") {
          file.resume();
          return;
        }
        fileSeen = true;
        // A failure reaches us through onFile; a file stream destroyed after onFile gave up on it
        // (the parser is torn down below) must not crash the process with an unheard 'error'.
        file.on("error", () => {});
        onFile({ ...fields }, file, info.filename ?? "").then(resolve, reject);
      });
      parser.on("close", () => {
        if (!fileSeen) reject(missingFile());
      });
      // A body that is not multipart after all (no boundary, a broken part header) is a form
      // that could not be read: 400 with its message, not the parser's error (a 500).
      parser.on("error", () => reject(unreadableForm()));
      body.on("error", reject);
      body.pipe(parser);
    });
  } catch (error) {
    body.unpipe(parser);
    parser.destroy();
    await discard(body, discardLimit);
    throw error;
  }
}

/** Reads and drops what is left of a body, up to `limit` bytes; past that, cuts the connection. */
async function discard(body: Readable, limit: number): Promise<void> {
  let seen = 0;
  try {
    for await (const chunk of body) {
      seen += (chunk as Buffer).length;
      if (seen > limit) {
        body.destroy();
        return;
      }
    }
  } catch {
    // The client went away: nothing left to read.
  }
}
