import { answerUpload } from "@/app/_server/document-upload";
import { routeHandler } from "@/app/_server/route-handler";

// One file per request, streamed to storage as it arrives (app/_server/multipart-upload.ts).
export const POST = routeHandler<"signed-in", { id: string }>("document.upload", { access: "signed-in" }, ({ request, actor, params, locale }) =>
  answerUpload({ request, actor, applicationId: params.id, locale }),
);
