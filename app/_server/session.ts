import "server-only";
import { cache } from "react";
import { activeSession, auth } from "@/auth";
import { redirect } from "@/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { isActivityDue, recordSessionActivity } from "@/lib/auth/sessions";
import { databaseRetryAfter, DatabaseUnavailableError } from "@/lib/db/database-unavailable";

/**
 * The signed-in actor of this request, or null; resolved once per request. auth() has already
 * checked the server-side session (auth.ts) and read the actor with it, in one statement that this
 * takes again from the request's cache. Serving this request counts as activity for the session's
 * idle timeout, written at most once a minute: most requests write nothing.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sessionId) {
    // next-auth turns a failed session lookup into "no session": while the database is unreachable,
    // a signed-in person must not be treated as signed out (sent to sign in, answered 401).
    if (databaseRetryAfter() > 0) throw new DatabaseUnavailableError();
    return null;
  }
  const active = await activeSession(session.sessionId);
  if (!active || active.userId !== userId) return null;
  const now = new Date();
  if (isActivityDue(active.lastSeenAt, now)) await recordSessionActivity(session.sessionId, now);
  return active.actor;
});

/** The signed-in actor, or a redirect to the sign-in page. */
export async function requireActor(locale: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) return redirect({ href: "/sign-in", locale });
  return actor;
}
