import { getDb } from "@/lib/db";
import { addDays, dateToDay, dayInBelgium, dayToDate } from "@/lib/dates";
import { deliverInformationReminder } from "@/lib/notifications/policy";

/** How many days before an information request's last day its reminder goes out. */
export const REMINDER_DAYS_BEFORE_LAST_DAY = 3;

/**
 * Reminds the employer, the mandatary and the worker of an unanswered information request a few
 * days before its last day — the lapse most reported by the real platform's users is a request a
 * mandatary did not pass on. Once per request: the flag is set with a guarded update in the same
 * transaction as the outbox rows, so two processes running the job send it once.
 */
export async function remindInformationRequests(now: Date = new Date()): Promise<number> {
  const today = dayInBelgium(now);
  const db = getDb();
  const due = await db.additionalInformationRequest.findMany({
    where: { status: "OPEN", reminderSentAt: null, dueOn: { lte: dayToDate(addDays(today, REMINDER_DAYS_BEFORE_LAST_DAY)), gte: dayToDate(today) } },
    select: {
      id: true,
      dueOn: true,
      message: true,
      application: {
        select: {
          id: true,
          referenceNumber: true,
          employerId: true,
          filedById: true,
          competentRegion: true,
          createdBy: { select: { email: true, locale: true } },
          applicantUser: { select: { id: true, email: true, locale: true } },
          worker: { select: { userId: true, givenNames: true, familyName: true, email: true, user: { select: { email: true, locale: true } } } },
        },
      },
    },
    take: 500,
  });
  let sent = 0;
  for (const request of due) {
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.additionalInformationRequest.updateMany({ where: { id: request.id, reminderSentAt: null, status: "OPEN" }, data: { reminderSentAt: now } });
      if (count !== 1) return false;
      await deliverInformationReminder(tx, request.application, { dueOn: dateToDay(request.dueOn), message: request.message }, now);
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}
