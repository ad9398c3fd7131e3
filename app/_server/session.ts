import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { redirect } from "@/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { recordSessionActivity } from "@/lib/auth/sessions";

/**
 * The signed-in actor of this request, or null; resolved once per request. auth() has already
 * checked the server-side session (auth.ts); serving this request counts as activity for its idle
 * timeout.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sessionId) return null;
  const [actor] = await Promise.all([resolveActor(userId), recordSessionActivity(session.sessionId, new Date())]);
  return actor;
});

/** The signed-in actor, or a redirect to the sign-in page. */
export async function requireActor(locale: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) return redirect({ href: "/sign-in", locale });
  return actor;
}
