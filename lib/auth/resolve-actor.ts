import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { Actor } from "./actor";

/** What of an account its actor follows from; selected beside the session (lib/auth/sessions.ts) or alone. */
export const actorUserSelect = {
  id: true,
  disabledAt: true,
  workers: { select: { id: true }, take: 1 },
  _count: { select: { memberships: true } },
  memberships: {
    where: { revokedAt: null },
    orderBy: { createdAt: "asc" },
    take: 1,
    select: { role: true, organisationId: true, organisation: { select: { region: true } } },
  },
} satisfies Prisma.UserSelect;

/** The actor of an account read with `actorUserSelect`; none for a disabled account or one with no role. */
export function actorOfUser(user: Prisma.UserGetPayload<{ select: typeof actorUserSelect }>): Actor | null {
  if (user.disabledAt) return null;
  const membership = user.memberships[0];
  if (membership) {
    return {
      userId: user.id,
      role: membership.role,
      organisationId: membership.organisationId,
      region: membership.role === "REGIONAL_CASEWORKER" ? membership.organisation.region : null,
    };
  }
  // A worker: an account that follows worker records, or one opened by a worker's sign-in link that
  // has claimed nothing yet (it sees nothing until it does). A former member is not a worker.
  if (user.workers.length > 0 || user._count.memberships === 0) return { userId: user.id, role: "WORKER", organisationId: null, region: null };
  return null;
}

/**
 * The actor behind a signed-in user id, read from the database on every request, so that a
 * revoked membership or a disabled account takes effect at once rather than when the session ends.
 */
export async function resolveActor(userId: string): Promise<Actor | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: actorUserSelect });
  return user ? actorOfUser(user) : null;
}
