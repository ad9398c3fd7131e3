import { routeHandler } from "@/app/_server/route-handler";
import { answerLetter } from "@/app/_server/letter-response";

/** Streams a decision's letter (PDF) to someone who may read its dossier; anyone else gets 404. */
export const GET = routeHandler<"signed-in", { id: string; letterId: string }>("letter.read", { access: "signed-in" }, ({ actor, params }) =>
  answerLetter({ actor, applicationId: params.id, letterId: params.letterId }),
);
