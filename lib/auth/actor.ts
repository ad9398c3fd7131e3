import type { Region, Role } from "@/lib/generated/prisma/enums";

/**
 * Who is acting, as resolved from the session on every request. Organisation roles carry their
 * organisation; a regional caseworker also carries the one region they serve; a worker is known by
 * their account, to which the worker records of their dossiers are linked.
 */
export interface Actor {
  userId: string;
  role: Role;
  organisationId: string | null;
  region: Region | null;
}

/** The page each role lands on after signing in (without the locale prefix). */
export const homePathByRole: Record<Role, string> = {
  EMPLOYER_USER: "/employer",
  EMPLOYER_ADMIN: "/employer",
  MANDATARY_USER: "/mandatary",
  MANDATARY_ADMIN: "/mandatary",
  REGIONAL_CASEWORKER: "/caseworker",
  IMMIGRATION_CASEWORKER: "/immigration-office",
  WORKER: "/worker",
};

/**
 * The portal itself, acting when a term passes (an unanswered information request, a decision term
 * that ran out). Only lifecycle rows marked `byPortal` accept it, and no user can act as it.
 */
export interface PortalActor {
  kind: "portal";
}

export const portalActor: PortalActor = { kind: "portal" };

/** Who may make a dossier's transition: a signed-in user or the portal. */
export type DossierActor = Actor | PortalActor;

export function isPortalActor(actor: DossierActor): actor is PortalActor {
  return "kind" in actor && actor.kind === "portal";
}
