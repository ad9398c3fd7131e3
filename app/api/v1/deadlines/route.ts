import { readJsonBody, routeHandler } from "@/app/_server/route-handler";
import { DEADLINE_ERRORS } from "@/lib/terms/deadline-request";
import { termsForRequest } from "@/lib/terms/terms-after";

/** What is wrong with the body as a whole. */
const BODY_MESSAGES = { invalidJson: DEADLINE_ERRORS.invalidJson, tooLarge: DEADLINE_ERRORS.tooLarge };

/**
 * POST /api/v1/deadlines — public (no sign-in): the terms that start with an event of a combined-
 * permit procedure, their last days (moved past weekends and legal holidays) and what applies when
 * they pass, computed by the same function as the dossiers' own terms (issue 10, item 6). The
 * answer holds codes, days and the addressee in the four languages; errors are per field, in the
 * language of Accept-Language. Only POST is exported (405 otherwise); a body over 64 KiB is 413.
 */
export const POST = routeHandler("api.deadlines", { access: "public" }, async ({ request }) => termsForRequest(await readJsonBody(request, BODY_MESSAGES)));
