import type { Region } from "@/lib/generated/prisma/enums";

/**
 * Who is acting, as resolved from the session on every request: one of the hats of the signed-in
 * person (docs/decisions/hats.md). A person may hold several hats — a member of several
 * organisations, or a worker and an employer's user at once — and acts in one at a time. Each kind
 * carries exactly the fields it has, so no code reads an optional organisation or region; who may do
 * what is decided in lib/auth/authorization.ts, on the kind.
 */
export type Actor = EmployerMember | MandataryMember | RegionalCaseworker | ImmigrationCaseworker | WorkerActor;

/** A user or an administrator of an employer or mandatary organisation, through one membership. */
interface OrganisationMember {
  userId: string;
  organisationId: string;
  membershipId: string;
  /** Manages the organisation's members (and its mandates); the last administrator cannot leave. */
  admin: boolean;
}

export interface EmployerMember extends OrganisationMember {
  kind: "employerMember";
}

export interface MandataryMember extends OrganisationMember {
  kind: "mandataryMember";
}

/** A caseworker of a regional service, who serves the one region of their authority. */
export interface RegionalCaseworker {
  kind: "regionalCaseworker";
  userId: string;
  organisationId: string;
  membershipId: string;
  region: Region;
}

export interface ImmigrationCaseworker {
  kind: "immigrationCaseworker";
  userId: string;
  organisationId: string;
  membershipId: string;
}

/** A worker: known by their account, to which the worker records of their dossiers are linked. */
export interface WorkerActor {
  kind: "worker";
  userId: string;
}

export type ActorKind = Actor["kind"];

/** The hat a worker acts in; every other hat is named by its membership's id. */
export const WORKER_HAT = "worker";

/** The key of the actor's hat, as a session and the choice page store it. */
export function hatOf(actor: Actor): string {
  return actor.kind === "worker" ? WORKER_HAT : actor.membershipId;
}

/** The organisation the actor acts for, or null for a worker (and for no actor). */
export function organisationOf(actor: Actor | null): string | null {
  return actor && actor.kind !== "worker" ? actor.organisationId : null;
}

/** The page each kind of actor lands on after signing in (without the locale prefix). */
export const homePathByKind: Record<ActorKind, string> = {
  employerMember: "/employer",
  mandataryMember: "/mandatary",
  regionalCaseworker: "/caseworker",
  immigrationCaseworker: "/immigration-office",
  worker: "/worker",
};

export function homePathOf(actor: Actor): string {
  return homePathByKind[actor.kind];
}

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
  return actor.kind === "portal";
}
