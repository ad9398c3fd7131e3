import type { Prisma } from "@/lib/generated/prisma/client";
import { hatOf, type Actor } from "./actor";
import { actorOfMembership } from "./authorization";

// The hats of a person (docs/decisions/hats.md), decided from what one query read: no database here,
// so that the session lookup (lib/auth/sessions.ts) stays one statement and the rules are unit-tested.

/** What of an account its hats follow from; selected beside the session (lib/auth/sessions.ts) or alone. */
export const actorUserSelect = {
  id: true,
  disabledAt: true,
  lastHat: true,
  workers: { select: { id: true }, take: 1 },
  _count: { select: { memberships: true, applicationsAsApplicant: true } },
  // A person holds a handful of memberships at most: all of them are read, oldest first.
  memberships: {
    where: { revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, organisationId: true, organisation: { select: { name: true, region: true } } },
  },
} satisfies Prisma.UserSelect;

type ActorUser = Prisma.UserGetPayload<{ select: typeof actorUserSelect }>;

/** One way a person may act: the actor, and the organisation's name the choice page shows (none for a worker). */
export interface Hat {
  actor: Actor;
  organisationName: string | null;
}

/**
 * Every hat of an account: one per membership still in force, and the worker's — an account that
 * follows worker records or files in its own name, or one opened by a worker's sign-in link that
 * has claimed nothing yet (it sees nothing until it does). A former member is not a worker. None
 * for a disabled account.
 */
export function hatsOfUser(user: ActorUser): Hat[] {
  if (user.disabledAt) return [];
  const hats: Hat[] = [];
  for (const membership of user.memberships) {
    const actor = actorOfMembership(user.id, membership);
    if (actor) hats.push({ actor, organisationName: membership.organisation.name });
  }
  if (user.workers.length > 0 || user._count.applicationsAsApplicant > 0 || user._count.memberships === 0) {
    hats.push({ actor: { kind: "worker", userId: user.id }, organisationName: null });
  }
  return hats;
}

/**
 * The hat a session acts in: the one it chose, while the account still holds it; before any choice,
 * the one the person chose last time. A chosen hat that is gone (its membership revoked) is never
 * kept: the person acts in their only remaining hat, or chooses again (null).
 */
export function pickHat(hats: readonly Hat[], chosen: string | null, lastChosen: string | null): Hat | null {
  const held = (key: string | null) => (key === null ? undefined : hats.find((hat) => hatOf(hat.actor) === key));
  const picked = chosen === null ? held(lastChosen) : held(chosen);
  return picked ?? (hats.length === 1 ? (hats[0] ?? null) : null);
}

/** The actor of an account read with `actorUserSelect`, in the hat `chosen` (see `pickHat`); none when no hat is settled. */
export function actorOfUser(user: ActorUser, chosen: string | null = null): Actor | null {
  return pickHat(hatsOfUser(user), chosen, user.lastHat)?.actor ?? null;
}
