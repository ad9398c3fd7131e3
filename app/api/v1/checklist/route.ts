import { readJsonBody, routeHandler } from "@/app/_server/route-handler";
import { dayInBelgium } from "@/lib/dates";
import { explainChecklist } from "@/lib/checklist/explain-checklist";
import { CHECKLIST_ERRORS } from "@/lib/checklist/questions";

/** What is wrong with the body as a whole. */
const BODY_MESSAGES = { invalidJson: CHECKLIST_ERRORS.invalidJson, tooLarge: CHECKLIST_ERRORS.tooLarge };

/**
 * POST /api/v1/checklist — public (no sign-in): which documents an application needs, whether it
 * may be filed from Belgium and whether a diplomatic post is needed, with each document's reason
 * and source in the language of Accept-Language (issue 9, item 4). The filing date defaults to
 * today in Belgium. Only POST is exported (405 otherwise); a body over 64 KiB is refused with 413.
 */
export const POST = routeHandler("api.checklist", { access: "public" }, async ({ request, t }) =>
  explainChecklist(await readJsonBody(request, BODY_MESSAGES), t, dayInBelgium()),
);
