import { getDb } from "@/lib/db";
import type { Actor } from "./actor";
import { actorOfUser, actorUserSelect } from "./hats";

/**
 * The actor behind a user id, read from the database on every request, so that a revoked
 * membership or a disabled account takes effect at once rather than when the session ends. Without
 * `hat`: the hat last chosen, or the only one.
 */
export async function resolveActor(userId: string, hat: string | null = null): Promise<Actor | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: actorUserSelect });
  return user ? actorOfUser(user, hat) : null;
}
