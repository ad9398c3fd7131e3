import { deliverOutbox } from "@/lib/notifications/deliver-outbox";
import { handlePassedTerms } from "@/lib/dossier-life/handle-passed-terms";
import { remindInformationRequests } from "@/lib/dossier-life/remind-information-requests";
import { writeDecisionLetters } from "@/lib/dossier-life/write-decision-letters";
import type { JobDefinition } from "./job";

/**
 * Every job of the portal: its name, its handler and its schedule. The runner (lib/jobs/runner.ts)
 * runs these on their schedules, and whenever code asks for one with `requestJobSoon`.
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
  // Terms pass by the day; a scan is one indexed query, so every minute costs little and a moved
  // clock (PORTAL_CLOCK) shows its effect at once.
  {
    name: "terms.due",
    handler: async ({ clock }) => {
      const { expired, deemedGranted, flaggedOverdue } = await handlePassedTerms(clock());
      if (expired + deemedGranted + flaggedOverdue > 0) console.info(`[terms] inadmissible ${expired}, deemed granted ${deemedGranted}, overdue ${flaggedOverdue}`);
    },
    schedule: "* * * * *",
  },
  {
    name: "information.reminders",
    handler: async ({ clock }) => {
      await remindInformationRequests(clock());
    },
    schedule: "*/15 * * * *",
  },
  // On request when a decision is recorded (lib/dossier-life/record-decision.ts), and every minute
  // for any whose request was lost.
  {
    name: "letters.write",
    handler: async ({ clock }) => {
      await writeDecisionLetters(clock());
    },
    schedule: "* * * * *",
  },
] as const satisfies readonly JobDefinition[];

export type JobName = (typeof portalJobs)[number]["name"];
