import { describe, expect, it } from "vitest";
import { Role, type Region } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "./actor";
import {
  actorOfMembership,
  actsUnderMandate,
  assertCan,
  can,
  filesInOwnName,
  isAdministratorRole,
  memberRole,
  permissions,
  permissionsByRole,
  roleOf,
  startsOrganisationFilings,
  type DossierScope,
  type Permission,
  type ScopeMandate,
} from "./authorization";
import { hatsOfUser, pickHat } from "./hats";

const EMPLOYER = "employer-a";
const OTHER_EMPLOYER = "employer-b";
const MANDATARY = "mandatary-a";
const OTHER_MANDATARY = "mandatary-b";
/** The moment every dossier situation is judged at: mandates are dated. */
const NOW = new Date("2026-06-15T10:00:00Z");
const day = (value: string) => new Date(`${value}T00:00:00Z`);
/** The worker's account. */
const WORKER = "worker-user-a";

/** One actor of every kind, by the role its hat stands for. */
const actors: Record<Role, Actor> = {
  EMPLOYER_USER: { kind: "employerMember", userId: "u1", organisationId: EMPLOYER, membershipId: "m1", admin: false },
  EMPLOYER_ADMIN: { kind: "employerMember", userId: "u2", organisationId: EMPLOYER, membershipId: "m2", admin: true },
  MANDATARY_USER: { kind: "mandataryMember", userId: "u3", organisationId: MANDATARY, membershipId: "m3", admin: false },
  MANDATARY_ADMIN: { kind: "mandataryMember", userId: "u6", organisationId: MANDATARY, membershipId: "m6", admin: true },
  REGIONAL_CASEWORKER: { kind: "regionalCaseworker", userId: "u4", organisationId: "flemish-service", membershipId: "m4", region: "FLEMISH_REGION" },
  IMMIGRATION_CASEWORKER: { kind: "immigrationCaseworker", userId: "u5", organisationId: "dvz", membershipId: "m5" },
  WORKER: { kind: "worker", userId: WORKER },
};

const base: DossierScope = {
  applicantKind: "ORGANISATION",
  employerId: EMPLOYER,
  filedById: EMPLOYER,
  applicantUserId: null,
  worker: { userId: WORKER },
  competentRegion: "FLEMISH_REGION",
  status: "SUBMITTED",
  employer: { mandatesGranted: [] },
};

/** A dossier the worker files in their own name (the unlimited-duration permit): no organisation at all. */
const selfFiled: DossierScope = { ...base, applicantKind: "PERSON", employerId: null, filedById: null, applicantUserId: WORKER, employer: null };
/** Another worker's self-filed dossier, as reached by its URL. */
const otherWorkersSelfFiled: DossierScope = { ...selfFiled, applicantUserId: "worker-user-b", worker: { userId: "worker-user-b" } };

/** The employer's mandate to the mandatary, in force on NOW; and its variants that are not. */
const inForce: ScopeMandate = { mandataryId: MANDATARY, status: "ACCEPTED", validFrom: day("2026-01-01"), validUntil: null };
const withMandates = (...mandatesGranted: ScopeMandate[]) => ({ employer: { mandatesGranted } });
const filedByMandatary = { ...base, filedById: MANDATARY };
const employerSide: Role[] = ["EMPLOYER_USER", "EMPLOYER_ADMIN"];

/** Each dossier situation, and the roles that may read it. */
const situations: { name: string; dossier: DossierScope; readers: Role[] }[] = [
  { name: "own employer's draft", dossier: { ...base, status: "DRAFT", competentRegion: null }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN"] },
  { name: "own employer's submitted dossier in Flanders", dossier: base, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "dossier filed by the mandatary, mandate in force", dossier: { ...filedByMandatary, ...withMandates(inForce) }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "MANDATARY_USER", "MANDATARY_ADMIN", "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "mandatary's draft, mandate in force until today", dossier: { ...filedByMandatary, status: "DRAFT", competentRegion: null, ...withMandates({ ...inForce, validUntil: day("2026-06-15") }) }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "MANDATARY_USER", "MANDATARY_ADMIN"] },
  { name: "mandatary's draft, mandate from today", dossier: { ...filedByMandatary, status: "DRAFT", competentRegion: null, ...withMandates({ ...inForce, validFrom: day("2026-06-15") }) }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "MANDATARY_USER", "MANDATARY_ADMIN"] },
  // A mandatary sees what it filed only while a mandate is in force; the employer keeps it all.
  { name: "dossier filed by the mandatary, mandate expired", dossier: { ...filedByMandatary, ...withMandates({ ...inForce, validUntil: day("2026-06-14") }) }, readers: [...employerSide, "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "dossier filed by the mandatary, mandate not yet started", dossier: { ...filedByMandatary, ...withMandates({ ...inForce, validFrom: day("2026-06-16") }) }, readers: [...employerSide, "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "dossier filed by the mandatary, mandate not yet accepted", dossier: { ...filedByMandatary, ...withMandates({ ...inForce, status: "PROPOSED" }) }, readers: [...employerSide, "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "dossier filed by the mandatary, mandate ended", dossier: { ...filedByMandatary, ...withMandates({ ...inForce, status: "ENDED" }) }, readers: [...employerSide, "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "dossier filed by the mandatary, no mandate at all", dossier: filedByMandatary, readers: [...employerSide, "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "dossier filed by the mandatary, only another mandatary's mandate in force", dossier: { ...filedByMandatary, ...withMandates({ ...inForce, mandataryId: OTHER_MANDATARY }) }, readers: [...employerSide, "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "mandatary's draft, one mandate ended and a later one in force", dossier: { ...filedByMandatary, status: "DRAFT", competentRegion: null, ...withMandates({ ...inForce, status: "ENDED" }, { ...inForce, validFrom: day("2026-05-01") }) }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "MANDATARY_USER", "MANDATARY_ADMIN"] },
  { name: "the employer's own dossier, mandate in force", dossier: { ...base, ...withMandates(inForce) }, readers: [...employerSide, "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "another mandatary's dossier for the employer", dossier: { ...base, filedById: OTHER_MANDATARY, ...withMandates(inForce) }, readers: [...employerSide, "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "dossier of a worker with no account", dossier: { ...base, worker: { userId: null } }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "REGIONAL_CASEWORKER"] },
  { name: "draft whose worker step is not saved yet", dossier: { ...base, status: "DRAFT", competentRegion: null, worker: null }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN"] },
  { name: "another employer's dossier", dossier: { ...base, employerId: OTHER_EMPLOYER, filedById: OTHER_EMPLOYER, worker: { userId: "worker-b" } }, readers: ["REGIONAL_CASEWORKER"] },
  { name: "dossier of another region", dossier: { ...base, competentRegion: "WALLOON_REGION" }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "WORKER"] },
  { name: "another region's dossier of another employer", dossier: { ...base, employerId: OTHER_EMPLOYER, filedById: OTHER_EMPLOYER, worker: { userId: "worker-b" }, competentRegion: "BRUSSELS_CAPITAL_REGION" }, readers: [] },
  { name: "dossier at the Immigration Office", dossier: { ...base, status: "RESIDENCE_REVIEW" }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "REGIONAL_CASEWORKER", "IMMIGRATION_CASEWORKER", "WORKER"] },
  // The worker's own filing: employers and mandataries never see it, the region's caseworkers once submitted.
  { name: "the worker's own self-filed draft", dossier: { ...selfFiled, status: "DRAFT", competentRegion: null }, readers: ["WORKER"] },
  { name: "the worker's own self-filed dossier in Flanders", dossier: selfFiled, readers: ["REGIONAL_CASEWORKER", "WORKER"] },
  { name: "the worker's own self-filed dossier in Wallonia", dossier: { ...selfFiled, competentRegion: "WALLOON_REGION" }, readers: ["WORKER"] },
  { name: "the worker's own self-filed dossier at the Immigration Office", dossier: { ...selfFiled, status: "RESIDENCE_REVIEW" }, readers: ["REGIONAL_CASEWORKER", "IMMIGRATION_CASEWORKER", "WORKER"] },
  { name: "another worker's self-filed draft", dossier: { ...otherWorkersSelfFiled, status: "DRAFT", competentRegion: null }, readers: [] },
  { name: "another worker's self-filed dossier in Flanders", dossier: otherWorkersSelfFiled, readers: ["REGIONAL_CASEWORKER"] },
];

const allRoles = Object.values(Role);

describe("authorization matrix: reading a dossier", () => {
  for (const situation of situations) {
    for (const role of allRoles) {
      const allowed = situation.readers.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} read: ${situation.name}`, () => {
        expect(can(actors[role], "dossier:read", situation.dossier, NOW)).toBe(allowed);
        if (allowed) expect(() => assertCan(actors[role], "dossier:read", situation.dossier, NOW)).not.toThrow();
        // Out of scope reads as "not found", never as "forbidden", so a guessed id leaks nothing.
        else expect(() => assertCan(actors[role], "dossier:read", situation.dossier, NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
      });
    }
  }
});

/** Which role holds which permission: the whole table, spelled out. */
const applicant: Permission[] = ["dossier:create", "dossier:read", "dossier:edit-draft", "dossier:submit", "dossier:request-stop", "dossier:answer-information", "dossier:delete-draft", "document:read", "document:upload", "document:delete", "workspace:read"];
const expectedPermissions: Record<Role, Permission[]> = {
  EMPLOYER_USER: [...applicant, "inbox:read", "mandate:read"],
  EMPLOYER_ADMIN: [...applicant, "inbox:read", "organisation:manage-members", "organisation:read-activity", "mandate:read", "mandate:grant", "mandate:end"],
  MANDATARY_USER: [...applicant, "inbox:read", "mandate:read"],
  MANDATARY_ADMIN: [...applicant, "inbox:read", "organisation:manage-members", "organisation:read-activity", "mandate:read", "mandate:accept", "mandate:end"],
  REGIONAL_CASEWORKER: ["dossier:read", "document:read", "dossier:take-into-treatment", "dossier:decide-admissibility", "dossier:request-information", "dossier:decide-work", "dossier:extend-term", "dossier:process-stop", "queue:regional"],
  IMMIGRATION_CASEWORKER: ["dossier:read", "document:read", "dossier:decide-residence", "queue:immigration-office"],
  WORKER: ["dossier:create", "dossier:read", "dossier:edit-draft", "dossier:submit", "dossier:answer-information", "dossier:delete-draft", "document:read", "document:upload", "document:delete", "inbox:read"],
};

/** What a worker holds on a dossier an organisation filed about them: reading it, not acting on it. */
const workerFollowing: Permission[] = ["dossier:read", "document:read"];

/** Whether the role holds the permission on this dossier (its scope apart). */
const holdsOn = (role: Role, permission: Permission, dossier: DossierScope) =>
  expectedPermissions[role].includes(permission) && (role !== "WORKER" || dossier.applicantKind === "PERSON" || workerFollowing.includes(permission));

describe("authorization matrix: every role × every action", () => {
  for (const role of allRoles) {
    for (const permission of permissions) {
      const allowed = expectedPermissions[role].includes(permission);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(actors[role], permission)).toBe(allowed);
        if (allowed) expect(() => assertCan(actors[role], permission)).not.toThrow();
        else expect(() => assertCan(actors[role], permission)).toThrow(AppError);
      });
    }
  }

  it("lists no permission twice for a role", () => {
    for (const role of allRoles) expect(new Set(permissionsByRole[role]).size).toBe(permissionsByRole[role].length);
  });

  it("refuses an in-scope dossier action the role lacks as FORBIDDEN", () => {
    // The worker follows an employer's dossier about them but does not act on it.
    expect(() => assertCan(actors.WORKER, "dossier:submit", base, NOW)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertCan(actors.REGIONAL_CASEWORKER, "dossier:submit", base, NOW)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("reads each actor's permissions from the role its hat stands for", () => {
    for (const role of allRoles) expect(roleOf(actors[role]), role).toBe(role);
  });

  it("makes an actor of every membership that can act, and none of a regional service without a region", () => {
    const membership = (role: Role, region: Region | null = null) => ({ id: `m-${role}`, role, organisationId: "org", organisation: { region } });
    for (const role of allRoles.filter((r) => r !== "WORKER" && r !== "REGIONAL_CASEWORKER")) {
      const actor = actorOfMembership("u", membership(role));
      expect(actor && roleOf(actor), role).toBe(role);
      expect(actor).toMatchObject({ userId: "u", organisationId: "org", membershipId: `m-${role}` });
    }
    expect(actorOfMembership("u", membership("REGIONAL_CASEWORKER", "WALLOON_REGION"))).toEqual({ kind: "regionalCaseworker", userId: "u", organisationId: "org", membershipId: "m-REGIONAL_CASEWORKER", region: "WALLOON_REGION" });
    expect(actorOfMembership("u", membership("REGIONAL_CASEWORKER"))).toBeNull();
    expect(actorOfMembership("u", membership("WORKER"))).toBeNull();
  });
});

/** The document actions and deleting a draft, in every situation: who may, who gets 404, who 403. */
const documentActions = ["document:read", "document:upload", "document:delete", "dossier:delete-draft"] as const satisfies readonly Permission[];

/** The applicant's actions on a dossier: the worker holds them on their own self-filed ones only. */
const applicantActions = ["dossier:edit-draft", "dossier:submit", "dossier:answer-information"] as const satisfies readonly Permission[];

describe("authorization matrix: the worker's own application", () => {
  it("lets the worker act on their own self-filed dossier and on no one else's", () => {
    for (const permission of [...applicantActions, "dossier:read", "document:upload"] as const) {
      expect(() => assertCan(actors.WORKER, permission, selfFiled, NOW)).not.toThrow();
      // Another worker's, by its URL: not found, so that its existence does not leak.
      expect(() => assertCan(actors.WORKER, permission, otherWorkersSelfFiled, NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    }
    for (const role of ["EMPLOYER_USER", "EMPLOYER_ADMIN", "MANDATARY_USER", "MANDATARY_ADMIN"] as const) {
      expect(() => assertCan(actors[role], "dossier:read", selfFiled, NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    }
  });
});

describe("authorization matrix: documents and the applicant's actions, every role × action × situation", () => {
  for (const situation of situations) {
    for (const role of allRoles) {
      for (const permission of [...documentActions, ...applicantActions]) {
        const inScope = situation.readers.includes(role);
        const allowed = inScope && holdsOn(role, permission, situation.dossier);
        it(`${role} ${allowed ? "may" : "may not"} ${permission}: ${situation.name}`, () => {
          expect(can(actors[role], permission, situation.dossier, NOW)).toBe(allowed);
          if (allowed) expect(() => assertCan(actors[role], permission, situation.dossier, NOW)).not.toThrow();
          // Another organisation's dossier, another region's: NOT_FOUND, so that guessing ids tells nothing.
          else expect(() => assertCan(actors[role], permission, situation.dossier, NOW)).toThrow(expect.objectContaining({ code: inScope ? "FORBIDDEN" : "NOT_FOUND" }));
        });
      }
    }
  }

  it("lets the readers of a submitted dossier download its files, and only the applicants change them", () => {
    expect(can(actors.REGIONAL_CASEWORKER, "document:read", base, NOW)).toBe(true);
    expect(can(actors.WORKER, "document:read", base, NOW)).toBe(true);
    expect(() => assertCan(actors.REGIONAL_CASEWORKER, "document:upload", base, NOW)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertCan(actors.REGIONAL_CASEWORKER, "document:read", { ...base, competentRegion: "WALLOON_REGION" }, NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => assertCan(actors.EMPLOYER_USER, "document:upload", { ...base, employerId: OTHER_EMPLOYER, filedById: OTHER_EMPLOYER }, NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});

describe("member management: administrators only, each within its own organisation", () => {
  it("lets exactly the two administrator roles manage members", () => {
    for (const role of allRoles) {
      expect(isAdministratorRole(role), role).toBe(role === "EMPLOYER_ADMIN" || role === "MANDATARY_ADMIN");
    }
  });

  it("gives a mandatary's administrator every permission of its users, and member management, the activity log and mandate management besides", () => {
    expect(permissionsByRole.MANDATARY_ADMIN.filter((p) => !permissionsByRole.MANDATARY_USER.includes(p))).toEqual(["organisation:manage-members", "organisation:read-activity", "mandate:accept", "mandate:end"]);
    expect(actsUnderMandate(actors.MANDATARY_ADMIN)).toBe(true);
    expect(actsUnderMandate(actors.MANDATARY_USER)).toBe(true);
    expect(actsUnderMandate(actors.EMPLOYER_ADMIN)).toBe(false);
  });

  it("lets only the organisations' users start the organisation's filing: a worker has a filing of their own", () => {
    for (const role of allRoles) {
      expect(startsOrganisationFilings(actors[role]), role).toBe(["EMPLOYER_USER", "EMPLOYER_ADMIN", "MANDATARY_USER", "MANDATARY_ADMIN"].includes(role));
      expect(filesInOwnName(actors[role]), role).toBe(role === "WORKER");
    }
  });

  it("names the user and administrator roles of each kind of organisation", () => {
    expect(memberRole("EMPLOYER", "USER")).toBe("EMPLOYER_USER");
    expect(memberRole("EMPLOYER", "ADMINISTRATOR")).toBe("EMPLOYER_ADMIN");
    expect(memberRole("MANDATARY", "USER")).toBe("MANDATARY_USER");
    expect(memberRole("MANDATARY", "ADMINISTRATOR")).toBe("MANDATARY_ADMIN");
  });
});

/**
 * One person, two hats (docs/decisions/hats.md): administrator of employer A and user of the
 * mandatary, then the mandatary's hat revoked. The same account gets the rights of the hat it acts
 * in, never those of the other, and nothing of a hat that is gone.
 */
describe("authorization matrix: switched hats", () => {
  const PERSON = "u-two-hats";
  const employerMembership = { id: "m-employer", role: "EMPLOYER_ADMIN" as const, organisationId: EMPLOYER, organisation: { name: "A", region: null } };
  const mandataryMembership = { id: "m-mandatary", role: "MANDATARY_USER" as const, organisationId: MANDATARY, organisation: { name: "M", region: null } };
  const account = (memberships: (typeof employerMembership | typeof mandataryMembership)[]) => ({
    id: PERSON,
    disabledAt: null,
    lastHat: null,
    workers: [],
    _count: { memberships: 2, applicationsAsApplicant: 0 },
    memberships,
  });
  const bothHats = hatsOfUser(account([employerMembership, mandataryMembership]));
  const asEmployer = pickHat(bothHats, "m-employer", null)?.actor;
  const asMandatary = pickHat(bothHats, "m-mandatary", null)?.actor;
  /** The mandatary's dossier for another employer, under a mandate in force. */
  const mandatarysClientDossier: DossierScope = { ...filedByMandatary, employerId: OTHER_EMPLOYER, ...withMandates(inForce) };
  const employersOwnDossier: DossierScope = { ...base, status: "DRAFT", competentRegion: null };
  const employerActions: Permission[] = ["dossier:read", "dossier:edit-draft", "dossier:delete-draft", "document:upload"];

  it("acts in the chosen hat, and before any choice in neither", () => {
    expect(bothHats.map((hat) => hat.actor.kind)).toEqual(["employerMember", "mandataryMember"]);
    expect(pickHat(bothHats, null, null)).toBeNull();
    expect(asEmployer).toMatchObject({ kind: "employerMember", userId: PERSON, organisationId: EMPLOYER, admin: true });
    expect(asMandatary).toMatchObject({ kind: "mandataryMember", userId: PERSON, organisationId: MANDATARY, admin: false });
  });

  for (const permission of employerActions) {
    it(`as A's administrator may ${permission} on A's dossier and not on the mandatary's; switched, the reverse`, () => {
      if (!asEmployer || !asMandatary) throw new Error("both hats resolve");
      expect(can(asEmployer, permission, employersOwnDossier, NOW)).toBe(true);
      expect(() => assertCan(asEmployer, permission, mandatarysClientDossier, NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
      expect(can(asMandatary, permission, mandatarysClientDossier, NOW)).toBe(true);
      expect(() => assertCan(asMandatary, permission, employersOwnDossier, NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    });
  }

  for (const permission of permissions) {
    it(`holds ${permission} exactly as the hat it acts in`, () => {
      if (!asEmployer || !asMandatary) throw new Error("both hats resolve");
      expect(can(asEmployer, permission), "employer hat").toBe(expectedPermissions.EMPLOYER_ADMIN.includes(permission));
      expect(can(asMandatary, permission), "mandatary hat").toBe(expectedPermissions.MANDATARY_USER.includes(permission));
    });
  }

  it("gives nothing of a hat whose membership was revoked: the one left, or a new choice", () => {
    const revoked = hatsOfUser(account([employerMembership]));
    // Still chosen in the session and remembered on the account: the mandatary's hat is gone.
    const left = pickHat(revoked, "m-mandatary", "m-mandatary")?.actor;
    expect(left).toMatchObject({ kind: "employerMember", organisationId: EMPLOYER });
    if (!left) throw new Error("the remaining hat resolves");
    expect(() => assertCan(left, "dossier:read", mandatarysClientDossier, NOW)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    // With two hats left and the chosen one gone, the person chooses again: no actor meanwhile.
    const worker = { ...account([employerMembership]), workers: [{ id: "w" }] };
    expect(hatsOfUser(worker).map((hat) => hat.actor.kind)).toEqual(["employerMember", "worker"]);
    expect(pickHat(hatsOfUser(worker), "m-mandatary", "m-mandatary")).toBeNull();
    // A disabled account has no hat at all.
    expect(hatsOfUser({ ...account([employerMembership, mandataryMembership]), disabledAt: NOW })).toEqual([]);
  });

  it("starts a new sign-in in the hat chosen last, while it is still held", () => {
    expect(pickHat(bothHats, null, "m-mandatary")?.actor.kind).toBe("mandataryMember");
    expect(pickHat(bothHats, null, "m-gone")).toBeNull();
    // A former member who follows no worker record and files nothing is no worker either.
    expect(hatsOfUser({ ...account([]), _count: { memberships: 1, applicationsAsApplicant: 0 } })).toEqual([]);
  });
});
