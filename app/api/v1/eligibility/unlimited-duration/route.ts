import { readJsonBody, routeHandler } from "@/app/_server/route-handler";
import { eligibilityForRequest } from "@/lib/eligibility/assess-eligibility";
import { ELIGIBILITY_ERRORS } from "@/lib/eligibility/eligibility-request";

/** What is wrong with the body as a whole. */
const BODY_MESSAGES = { invalidJson: ELIGIBILITY_ERRORS.invalidJson, tooLarge: ELIGIBILITY_ERRORS.tooLarge };

/**
 * POST /api/v1/eligibility/unlimited-duration — public (no sign-in): whether a person may apply for
 * the combined permit of unlimited duration on a day, per category of seed 002 (window, days that
 * count, days needed, met and why), with the periods left out and the seed's reasons (issue 12,
 * item 1). Days after today in Belgium are refused. Errors are per field, in the language of
 * Accept-Language. Only POST is exported (405 otherwise); a body over 64 KiB is 413.
 */
export const POST = routeHandler("api.eligibility.unlimited-duration", { access: "public" }, async ({ request }) =>
  eligibilityForRequest(await readJsonBody(request, BODY_MESSAGES)),
);
