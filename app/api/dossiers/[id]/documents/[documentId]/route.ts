import { Readable } from "node:stream";
import { routeHandler } from "@/app/_server/route-handler";
import { getDocumentFile } from "@/lib/documents/get-document-file";
import { attachmentDisposition } from "@/lib/documents/file-name";

/**
 * Streams a stored file to someone who may read its dossier. Always as an attachment, with the
 * type sniffed on upload and `nosniff`, so that a browser never renders it as a page of ours; a
 * sandboxing CSP in case one does anyway; never cached on shared machines or proxies.
 */
export const GET = routeHandler<"signed-in", { id: string; documentId: string }>("document.download", { access: "signed-in" }, async ({ actor, params }) => {
  const file = await getDocumentFile({ actor, input: { applicationId: params.id, documentId: params.documentId } });
  return new Response(Readable.toWeb(file.content) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});
