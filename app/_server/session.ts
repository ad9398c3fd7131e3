import "server-only";
import { cache } from "react";
import { activeSession, auth } from "@/auth";
import { redirect } from "@/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import type { Hat } from "@/lib/auth/hats";
import { isActivityDue, recordSessionActivity } from "@/lib/auth/sessions";
import { databaseRetryAfter, DatabaseUnavailableError } from "@/lib/db/database-unavailable";

/** The signed-in person of this request: their session, the actor in its hat (none while unchosen), and all their hats. */
export interface SignedIn {
  sessionId: string;
  userId: string;
  actor: Actor | null;
  hats: Hat[];
}

/**
 * The signed-in person of this request, or null; resolved once per request. auth() has already
 * checked the server-side session (auth.ts) and read the actor with it, in one statement that this
 * takes again from the request's cache. Serving this request counts as activity for the session's
 * idle timeout, written at most once a minute: most requests write nothing.
 */
export const getSignedIn = cache(async (): Promise<SignedIn | null> => {
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
  return { sessionId: session.sessionId, userId, actor: active.actor, hats: active.hats };
});

/** The signed-in actor of this request, or null (also while a person with several hats has not chosen one). */
export const getActor = cache(async (): Promise<Actor | null> => (await getSignedIn())?.actor ?? null);

/**
 * The signed-in actor, or a redirect: to the choice of hat for a person who holds several and has
 * not chosen (or whose chosen hat is gone), to the sign-in page for anyone else.
 */
export async function requireActor(locale: string): Promise<Actor> {
  const signedIn = await getSignedIn();
  if (signedIn?.actor) return signedIn.actor;
  if (signedIn && signedIn.hats.length > 1) return redirect({ href: "/hats", locale });
  return redirect({ href: "/sign-in", locale });
}
