import { readJsonBody, routeHandler } from "@/app/_server/route-handler";
import { explainCompetentRegion } from "@/lib/routing/explain-competent-region";
import { ROUTING_ERRORS } from "@/lib/routing/routing-input";

/** What is wrong with the body as a whole. */
const BODY_MESSAGES = { invalidJson: ROUTING_ERRORS.invalidJson, tooLarge: ROUTING_ERRORS.tooLarge };

/**
 * POST /api/v1/routing/competent-region — public (no sign-in): which region handles an application
 * with these routing details, and why, in the language of Accept-Language (issue 3, item 4).
 * Only POST is exported, so Next.js answers every other method with 405. A body over 64 KiB is
 * refused with 413 before it is parsed (readJsonBody): a real request is a few hundred bytes.
 */
export const POST = routeHandler("api.routing.competent-region", { access: "public" }, async ({ request, t }) =>
  explainCompetentRegion(await readJsonBody(request, BODY_MESSAGES), t),
);
