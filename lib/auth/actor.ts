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
  REGIONAL_CASEWORKER: "/caseworker",
  IMMIGRATION_CASEWORKER: "/immigration-office",
  WORKER: "/worker",
};
