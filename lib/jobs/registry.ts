import { deliverOutbox } from "@/lib/notifications/deliver-outbox";
import type { JobDefinition } from "./job";

/**
 * Every job of the portal: its name, its handler and its schedule. The runner (lib/jobs/runner.ts)
 * runs these on their schedules, and whenever code asks for one with `requestJobSoon`.
 *
 * The dossier lifecycle adds its term scan here, e.g.
 *   { name: "terms.due", handler: processDueTerms, schedule: "* * * * *" },
 * with `processDueTerms({ db, clock })` in lib/terms/ taking "now" from `clock()`.
 */
export const portalJobs = [
  // Every minute as well as on request: picks up retries whose backoff has passed and any message
  // whose request was lost (e.g. written while the runner was down).
  {
    name: "outbox.deliver",
    handler: async (context) => {
      const { sent, retried, failed } = await deliverOutbox(context);
      if (retried + failed > 0) console.warn(`[mail] sent ${sent}, to retry ${retried}, failed ${failed} (see OutboxMessage.lastError)`);
    },
    schedule: "* * * * *",
  },
] as const satisfies readonly JobDefinition[];

export type JobName = (typeof portalJobs)[number]["name"];
