import { readJsonBody, routeHandler } from "@/app/_server/route-handler";
import { explainCompetentRegion } from "@/lib/routing/explain-competent-region";
import { ROUTING_ERRORS } from "@/lib/routing/routing-input";

/**
 * POST /api/v1/routing/competent-region — public (no sign-in): which region handles an application
 * with these routing details, and why, in the language of Accept-Language (issue 3, item 4).
 * Only POST is exported, so Next.js answers every other method with 405.
 */
export const POST = routeHandler("api.routing.competent-region", { access: "public" }, async ({ request, t }) =>
  explainCompetentRegion(await readJsonBody(request, ROUTING_ERRORS.invalidJson), t),
);
