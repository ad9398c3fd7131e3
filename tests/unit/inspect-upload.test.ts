import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { elfBinary, jpeg1x1, pdfOfSize, plainText, png1x1, streamOf, windowsExecutable } from "@/tests/fixtures/files";
import { SNIFF_BYTES, UploadInspector, sniffMediaType } from "@/lib/documents/inspect-upload";

const tooLarge = { path: "file", message: "documents.errors.fileTooLarge", values: { maxMB: 1 } };

/** Runs bytes through an inspector into a sink; answers what reached the sink and the result. */
async function inspect(bytes: Buffer, maxBytes = 1024 * 1024, chunkSize?: number) {
  const inspector = new UploadInspector(maxBytes, tooLarge);
  const received: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk);
      callback();
    },
  });
  await pipeline(streamOf(bytes, chunkSize), inspector, sink);
  return { passed: Buffer.concat(received), result: inspector.result() };
}

async function refusal(bytes: Buffer, maxBytes?: number) {
  return inspect(bytes, maxBytes).then(
    () => null,
    (error: unknown) => error as { code: string; fieldErrors: unknown[] },
  );
}

describe("the type of an upload comes from its content", () => {
  it.each([
    ["a PDF", pdfOfSize(10_000), "application/pdf"],
    ["a PNG", png1x1, "image/png"],
    ["a JPEG", jpeg1x1, "image/jpeg"],
  ])("recognises %s", async (_name, bytes, mediaType) => {
    expect(await sniffMediaType(bytes)).toBe(mediaType);
    const { passed, result } = await inspect(bytes, undefined, 7);
    expect(result.mediaType).toBe(mediaType);
    // Nothing is lost or reordered by holding back the start while sniffing.
    expect(passed.equals(bytes)).toBe(true);
  });

  it.each([
    ["a Windows executable", windowsExecutable],
    ["an ELF binary", elfBinary],
    ["plain text", plainText],
  ])("refuses %s, whatever it is called, before passing any byte on", async (_name, bytes) => {
    expect(await sniffMediaType(bytes)).toBeNull();
    expect(await refusal(bytes)).toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "file", message: "documents.errors.fileType" }] });
  });

  it("refuses an empty file", async () => {
    expect(await refusal(Buffer.alloc(0))).toMatchObject({ code: "VALIDATION", fieldErrors: [{ message: "documents.errors.fileEmpty" }] });
  });
});

describe("size and hash while streaming", () => {
  it("hashes every byte with sha256 and counts them", async () => {
    const bytes = pdfOfSize(3 * SNIFF_BYTES + 17);
    const { result } = await inspect(bytes);
    expect(result).toEqual({ sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), mediaType: "application/pdf" });
  });

  it("accepts a file of exactly the limit and refuses one byte more, with the limit's own error", async () => {
    expect((await inspect(pdfOfSize(50_000), 50_000)).result.sizeBytes).toBe(50_000);
    expect(await refusal(pdfOfSize(50_001), 50_000)).toMatchObject({ code: "PAYLOAD_TOO_LARGE", fieldErrors: [tooLarge] });
  });

  it("stops at the limit instead of reading the whole stream", async () => {
    let produced = 0;
    const endless = new (await import("node:stream")).Readable({
      read() {
        produced += 64 * 1024;
        this.push(produced === 64 * 1024 ? pdfOfSize(64 * 1024) : Buffer.alloc(64 * 1024));
      },
    });
    const inspector = new UploadInspector(1024 * 1024, tooLarge);
    await expect(pipeline(endless, inspector, new Writable({ write: (_c, _e, cb) => cb() }))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(produced).toBeLessThan(4 * 1024 * 1024);
  });
});
