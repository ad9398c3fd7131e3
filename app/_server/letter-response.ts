import "server-only";
import { Readable } from "node:stream";
import type { Actor } from "@/lib/auth/actor";
import { getLetterFile } from "@/lib/letters/dossier-letters";
import { attachmentDisposition } from "@/lib/documents/file-name";

/**
 * A dossier's letter as the browser shows it: a PDF the portal wrote itself, so served inline (the
 * documents route serves uploads as attachments); `nosniff`, never cached on shared machines or
 * proxies. No sandboxing CSP: Chromium's PDF viewer refuses to run in a sandboxed document.
 */
export async function answerLetter({ actor, applicationId, letterId }: { actor: Actor; applicationId: string; letterId: string }): Promise<Response> {
  const file = await getLetterFile({ actor, input: { applicationId, letterId } });
  return new Response(Readable.toWeb(file.content) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": attachmentDisposition(file.fileName, "inline"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
