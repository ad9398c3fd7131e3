import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicantKind, ApplicationStatus, Region, Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { mandateInForce, mandateInForceWhere, type MandateTerms } from "@/lib/mandates/mandate-in-force";
import type { Actor, MandataryMember } from "./actor";

/**
 * The one place that decides who may see and do what. Every page, server action and route handler
 * goes through `assertCan` (or loads dossiers through `dossierWhereForActor`, so that a guessed id
 * is a 404 rather than a leak). The proxy and the client are never the access check.
 */
export const permissions = [
  "dossier:create",
  "dossier:read",
  "dossier:edit-draft",
  "dossier:submit",
  /** Stop a dossier: a cancellation request before treatment, a withdrawal request after. */
  "dossier:request-stop",
  /** Process a cancellation or withdrawal request: the regional service (seed 000). */
  "dossier:process-stop",
  "dossier:answer-information",
  "dossier:take-into-treatment",
  "dossier:decide-admissibility",
  "dossier:request-information",
  "dossier:decide-work",
  "dossier:decide-residence",
  "dossier:extend-term",
  "dossier:delete-draft",
  "document:read",
  "document:upload",
  "document:delete",
  "queue:regional",
  "queue:immigration-office",
  /** See the mandates between one's organisation and others (both sides). */
  "mandate:read",
  /** Grant a mandate to a mandatary organisation, and withdraw or end one: the employer's administrators. */
  "mandate:grant",
  /** Accept or refuse a mandate proposed to one's organisation, and end one: the mandatary's administrators. */
  "mandate:accept",
  /** End a mandate one's organisation is party to (a proposal: withdraw or refuse it). */
  "mandate:end",
  /** Read one's inbox: the organisation's messages (employer, mandatary) or one's own (worker). */
  "inbox:read",
  /** List, invite, change the role of and remove the members of one's own organisation. */
  "organisation:manage-members",
  /** Read who did what on one's own organisation's dossiers and mandates (lib/audit/organisation-activity.ts). */
  "organisation:read-activity",
  /** The applicant's workspace: what needs action, the dossiers by client, its CSV export. */
  "workspace:read",
] as const;

export type Permission = (typeof permissions)[number];

const applicantDossierPermissions = [
  "dossier:create",
  "dossier:read",
  "dossier:edit-draft",
  "dossier:submit",
  "dossier:request-stop",
  "dossier:answer-information",
  "dossier:delete-draft",
  "document:read",
  "document:upload",
  "document:delete",
  "workspace:read",
] as const satisfies readonly Permission[];

export const permissionsByRole: Record<Role, readonly Permission[]> = {
  EMPLOYER_USER: [...applicantDossierPermissions, "inbox:read", "mandate:read"],
  EMPLOYER_ADMIN: [...applicantDossierPermissions, "inbox:read", "organisation:manage-members", "organisation:read-activity", "mandate:read", "mandate:grant", "mandate:end"],
  MANDATARY_USER: [...applicantDossierPermissions, "inbox:read", "mandate:read"],
  MANDATARY_ADMIN: [...applicantDossierPermissions, "inbox:read", "organisation:manage-members", "organisation:read-activity", "mandate:read", "mandate:accept", "mandate:end"],
  REGIONAL_CASEWORKER: [
    "dossier:read",
    "document:read",
    "dossier:take-into-treatment",
    "dossier:decide-admissibility",
    "dossier:request-information",
    "dossier:decide-work",
    "dossier:extend-term",
    "dossier:process-stop",
    "queue:regional",
  ],
  IMMIGRATION_CASEWORKER: ["dossier:read", "document:read", "dossier:decide-residence", "queue:immigration-office"],
  // The worker follows the dossiers an employer filed about them, and files the unlimited-duration
  // permit in their own name: on those dossiers only (`permissionsOn`), the applicant's actions.
  WORKER: [
    "dossier:create",
    "dossier:read",
    "dossier:edit-draft",
    "dossier:submit",
    "dossier:answer-information",
    "dossier:delete-draft",
    "document:read",
    "document:upload",
    "document:delete",
    "inbox:read",
  ],
};

/** What a worker may do on a dossier an organisation filed about them: follow it, nothing more. */
const followerPermissions: readonly Permission[] = ["dossier:read", "document:read"];

/** The role an actor's hat stands for: the row of `permissionsByRole` that applies to it. */
export function roleOf(actor: Actor): Role {
  switch (actor.kind) {
    case "employerMember":
      return actor.admin ? "EMPLOYER_ADMIN" : "EMPLOYER_USER";
    case "mandataryMember":
      return actor.admin ? "MANDATARY_ADMIN" : "MANDATARY_USER";
    case "regionalCaseworker":
      return "REGIONAL_CASEWORKER";
    case "immigrationCaseworker":
      return "IMMIGRATION_CASEWORKER";
    case "worker":
      return "WORKER";
  }
}

/** A membership as a hat reads it (lib/auth/hats.ts): its role and what of its organisation the actor carries. */
export interface HatMembership {
  id: string;
  role: Role;
  organisationId: string;
  organisation: { region: Region | null };
}

/**
 * The actor a membership makes of its user; none for a membership that cannot act (a worker's role
 * on a membership, or a regional service with no region), so that its hat is never offered.
 */
export function actorOfMembership(userId: string, membership: HatMembership): Actor | null {
  const member = { userId, organisationId: membership.organisationId, membershipId: membership.id };
  switch (membership.role) {
    case "EMPLOYER_USER":
    case "EMPLOYER_ADMIN":
      return { kind: "employerMember", ...member, admin: isAdministratorRole(membership.role) };
    case "MANDATARY_USER":
    case "MANDATARY_ADMIN":
      return { kind: "mandataryMember", ...member, admin: isAdministratorRole(membership.role) };
    case "REGIONAL_CASEWORKER":
      return membership.organisation.region ? { kind: "regionalCaseworker", ...member, region: membership.organisation.region } : null;
    case "IMMIGRATION_CASEWORKER":
      return { kind: "immigrationCaseworker", ...member };
    case "WORKER":
      return null;
  }
}

/**
 * Whether the actor starts the organisation's guided filing (an employer's or a mandatary's user):
 * a worker creates only their own application, which has a filing of its own.
 */
export function startsOrganisationFilings(actor: Actor): boolean {
  return actor.kind !== "worker" && hasPermission(actor, "dossier:create");
}

/** Whether the actor files in their own name (a worker: the unlimited-duration permit), as a person applicant. */
export function filesInOwnName(actor: Actor): boolean {
  return actor.kind === "worker" && hasPermission(actor, "dossier:create");
}

/** Whether the actor files for employers under a mandate (a mandatary's user or administrator). */
export function actsUnderMandate(actor: Actor): actor is MandataryMember {
  return actor.kind === "mandataryMember";
}

/** Whether the actor works in a back office (a regional service or the Immigration Office) rather than applies. */
export function isCaseworker(actor: Actor): boolean {
  return actor.kind === "regionalCaseworker" || actor.kind === "immigrationCaseworker";
}

/** The role a member of an organisation of `kind` has as a user or as an administrator. */
export function memberRole(kind: "EMPLOYER" | "MANDATARY", level: "USER" | "ADMINISTRATOR"): Role {
  if (kind === "EMPLOYER") return level === "ADMINISTRATOR" ? "EMPLOYER_ADMIN" : "EMPLOYER_USER";
  return level === "ADMINISTRATOR" ? "MANDATARY_ADMIN" : "MANDATARY_USER";
}

/** Whether a role may manage its organisation's members: the administrators the last of whom cannot leave. */
export function isAdministratorRole(role: Role): boolean {
  return permissionsByRole[role].includes("organisation:manage-members");
}

/** Statuses in which the Immigration Office holds or has held the dossier. */
export const statusesAtImmigrationOffice: readonly ApplicationStatus[] = [
  "RESIDENCE_REVIEW",
  "GRANTED",
  "RESIDENCE_REFUSED",
];

/** A mandate as the access decision reads it: between the dossier's employer and `mandataryId`. */
export interface ScopeMandate extends MandateTerms {
  mandataryId: string;
}

/** What of a dossier the access decision depends on. */
export interface DossierScope {
  /** ORGANISATION: employerId and filedById are set; PERSON: applicantUserId (the person filing). */
  applicantKind: ApplicantKind;
  employerId: string | null;
  filedById: string | null;
  applicantUserId: string | null;
  /** Null while the draft's worker step is not saved yet. */
  worker: { userId: string | null } | null;
  competentRegion: string | null;
  status: ApplicationStatus;
  /**
   * The mandates between the dossier's employer and the acting mandatary (none for other actors),
   * loaded in the dossier's own query with `scopeMandatesSelect(actor)`.
   */
  employer: { mandatesGranted: readonly ScopeMandate[] } | null;
}

const NO_ROWS = { id: { in: [] as string[] } };

/** The organisation a mandatary actor acts from, or null for every other actor (and for none). */
function mandataryOf(actor: Actor | null): string | null {
  return actor !== null && actsUnderMandate(actor) ? actor.organisationId : null;
}

/**
 * The `employer.mandatesGranted` part of a dossier query that `isInScope` needs: the mandates of
 * the dossier's employer to the acting mandatary, so that a page still loads its dossier in one query.
 * None for any other actor, nor for the portal's own jobs (null).
 */
export function scopeMandatesSelect(actor: Actor | null) {
  const mandataryId = mandataryOf(actor);
  return {
    where: mandataryId ? { mandataryId } : NO_ROWS,
    select: { mandataryId: true, status: true, validFrom: true, validUntil: true },
  } satisfies Prisma.Organisation$mandatesGrantedArgs;
}

/** The fields of a dossier that `isInScope` reads, as a Prisma select (or the base of an include). */
export function dossierScopeSelect(actor: Actor) {
  return {
    applicantKind: true,
    employerId: true,
    filedById: true,
    applicantUserId: true,
    competentRegion: true,
    status: true,
    worker: { select: { userId: true } },
    employer: { select: { mandatesGranted: scopeMandatesSelect(actor) } },
  } satisfies Prisma.ApplicationSelect;
}

/**
 * Who sees a dossier. A mandatary sees the dossiers it filed for an employer only while a mandate
 * between them is in force (docs/decisions/mandates.md): when the last one ends or expires, it loses
 * them, and the employer, which sees all its dossiers, keeps them. `now` is the moment judged.
 */
function isInScope(actor: Actor, dossier: DossierScope, now: Date): boolean {
  switch (actor.kind) {
    case "employerMember":
      return dossier.employerId === actor.organisationId;
    case "mandataryMember":
      return (
        dossier.filedById === actor.organisationId &&
        dossier.employer !== null &&
        dossier.employer.mandatesGranted.some((mandate) => mandate.mandataryId === actor.organisationId && mandateInForce(mandate, now))
      );
    case "regionalCaseworker":
      return dossier.status !== "DRAFT" && dossier.competentRegion === actor.region;
    case "immigrationCaseworker":
      return statusesAtImmigrationOffice.includes(dossier.status);
    case "worker":
      // Their own self-filed dossiers from the first draft on; an employer's about them once submitted.
      if (dossier.applicantKind === "PERSON") return dossier.applicantUserId === actor.userId;
      return dossier.status !== "DRAFT" && dossier.worker !== null && dossier.worker.userId === actor.userId;
  }
}

/** Whether the dossier is one the actor files in their own name (a person applicant's). */
export function isOwnPersonDossier(actor: Actor, dossier: Pick<DossierScope, "applicantKind" | "applicantUserId">): boolean {
  return dossier.applicantKind === "PERSON" && dossier.applicantUserId === actor.userId;
}

/** The same rule as `isInScope`, as a query filter; kept beside it so the two cannot drift apart. */
export function dossierWhereForActor(actor: Actor, now: Date = new Date()): Prisma.ApplicationWhereInput {
  switch (actor.kind) {
    case "employerMember":
      return { employerId: actor.organisationId };
    case "mandataryMember":
      return { filedById: actor.organisationId, employer: { mandatesGranted: { some: { mandataryId: actor.organisationId, ...mandateInForceWhere(now) } } } };
    case "regionalCaseworker":
      return { competentRegion: actor.region, status: { not: "DRAFT" } };
    case "immigrationCaseworker":
      return { status: { in: [...statusesAtImmigrationOffice] } };
    case "worker":
      return {
        OR: [
          { applicantKind: "PERSON", applicantUserId: actor.userId },
          { applicantKind: "ORGANISATION", worker: { userId: actor.userId }, status: { not: "DRAFT" } },
        ],
      };
  }
}

/**
 * The role's permissions, narrowed on a dossier where the role holds them only in part: a worker
 * acts as the applicant on their own self-filed dossiers and only follows an employer's.
 */
function hasPermission(actor: Actor, permission: Permission, dossier?: DossierScope): boolean {
  if (!permissionsByRole[roleOf(actor)].includes(permission)) return false;
  if (actor.kind === "worker" && dossier !== undefined && !isOwnPersonDossier(actor, dossier)) return followerPermissions.includes(permission);
  return true;
}

/** For the UI: may the actor do this (to this dossier)? Status rules are checked by the use case. */
export function can(actor: Actor, permission: Permission, dossier?: DossierScope, now: Date = new Date()): boolean {
  if (!hasPermission(actor, permission, dossier)) return false;
  return dossier === undefined || isInScope(actor, dossier, now);
}

/**
 * Throws unless the actor may do this. A dossier outside the actor's scope is reported as NOT_FOUND,
 * so that its existence does not leak; a dossier in scope but a forbidden action is FORBIDDEN.
 */
export function assertCan(actor: Actor, permission: Permission, dossier?: DossierScope, now: Date = new Date()): void {
  if (dossier !== undefined && !isInScope(actor, dossier, now)) throw new AppError("NOT_FOUND");
  if (!hasPermission(actor, permission, dossier)) throw new AppError("FORBIDDEN");
}
