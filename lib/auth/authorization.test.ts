import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "./actor";
import { actsUnderMandate, assertCan, can, isAdministratorRole, memberRole, permissions, permissionsByRole, type DossierScope, type Permission } from "./authorization";

const EMPLOYER = "employer-a";
const OTHER_EMPLOYER = "employer-b";
const MANDATARY = "mandatary-a";
/** The worker's account. */
const WORKER = "worker-user-a";

const actors: Record<Role, Actor> = {
  EMPLOYER_USER: { userId: "u1", role: "EMPLOYER_USER", organisationId: EMPLOYER, region: null },
  EMPLOYER_ADMIN: { userId: "u2", role: "EMPLOYER_ADMIN", organisationId: EMPLOYER, region: null },
  MANDATARY_USER: { userId: "u3", role: "MANDATARY_USER", organisationId: MANDATARY, region: null },
  MANDATARY_ADMIN: { userId: "u6", role: "MANDATARY_ADMIN", organisationId: MANDATARY, region: null },
  REGIONAL_CASEWORKER: { userId: "u4", role: "REGIONAL_CASEWORKER", organisationId: "flemish-service", region: "FLEMISH_REGION" },
  IMMIGRATION_CASEWORKER: { userId: "u5", role: "IMMIGRATION_CASEWORKER", organisationId: "dvz", region: null },
  WORKER: { userId: WORKER, role: "WORKER", organisationId: null, region: null },
};

const base: DossierScope = { employerId: EMPLOYER, filedById: EMPLOYER, worker: { userId: WORKER }, competentRegion: "FLEMISH_REGION", status: "SUBMITTED" };

/** Each dossier situation, and the roles that may read it. */
const situations: { name: string; dossier: DossierScope; readers: Role[] }[] = [
  { name: "own employer's draft", dossier: { ...base, status: "DRAFT", competentRegion: null }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN"] },
  { name: "own employer's submitted dossier in Flanders", dossier: base, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "dossier filed by the mandatary", dossier: { ...base, filedById: MANDATARY }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "MANDATARY_USER", "MANDATARY_ADMIN", "REGIONAL_CASEWORKER", "WORKER"] },
  { name: "mandatary's draft", dossier: { ...base, filedById: MANDATARY, status: "DRAFT", competentRegion: null }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "MANDATARY_USER", "MANDATARY_ADMIN"] },
  { name: "dossier of a worker with no account", dossier: { ...base, worker: { userId: null } }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "REGIONAL_CASEWORKER"] },
  { name: "draft whose worker step is not saved yet", dossier: { ...base, status: "DRAFT", competentRegion: null, worker: null }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN"] },
  { name: "another employer's dossier", dossier: { ...base, employerId: OTHER_EMPLOYER, filedById: OTHER_EMPLOYER, worker: { userId: "worker-b" } }, readers: ["REGIONAL_CASEWORKER"] },
  { name: "dossier of another region", dossier: { ...base, competentRegion: "WALLOON_REGION" }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "WORKER"] },
  { name: "another region's dossier of another employer", dossier: { ...base, employerId: OTHER_EMPLOYER, filedById: OTHER_EMPLOYER, worker: { userId: "worker-b" }, competentRegion: "BRUSSELS_CAPITAL_REGION" }, readers: [] },
  { name: "dossier at the Immigration Office", dossier: { ...base, status: "RESIDENCE_REVIEW" }, readers: ["EMPLOYER_USER", "EMPLOYER_ADMIN", "REGIONAL_CASEWORKER", "IMMIGRATION_CASEWORKER", "WORKER"] },
];

const allRoles = Object.values(Role);

describe("authorization matrix: reading a dossier", () => {
  for (const situation of situations) {
    for (const role of allRoles) {
      const allowed = situation.readers.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} read: ${situation.name}`, () => {
        expect(can(actors[role], "dossier:read", situation.dossier)).toBe(allowed);
        if (allowed) expect(() => assertCan(actors[role], "dossier:read", situation.dossier)).not.toThrow();
        // Out of scope reads as "not found", never as "forbidden", so a guessed id leaks nothing.
        else expect(() => assertCan(actors[role], "dossier:read", situation.dossier)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
      });
    }
  }
});

/** Which role holds which permission: the whole table, spelled out. */
const applicant: Permission[] = ["dossier:create", "dossier:read", "dossier:edit-draft", "dossier:submit", "dossier:request-stop", "dossier:answer-information", "dossier:delete-draft", "document:read", "document:upload", "document:delete", "workspace:read"];
const expectedPermissions: Record<Role, Permission[]> = {
  EMPLOYER_USER: [...applicant, "inbox:read"],
  EMPLOYER_ADMIN: [...applicant, "mandate:manage", "inbox:read", "organisation:manage-members", "organisation:read-activity"],
  MANDATARY_USER: [...applicant, "inbox:read"],
  MANDATARY_ADMIN: [...applicant, "inbox:read", "organisation:manage-members", "organisation:read-activity"],
  REGIONAL_CASEWORKER: ["dossier:read", "document:read", "dossier:take-into-treatment", "dossier:decide-admissibility", "dossier:request-information", "dossier:decide-work", "dossier:extend-term", "dossier:process-stop", "queue:regional"],
  IMMIGRATION_CASEWORKER: ["dossier:read", "document:read", "dossier:decide-residence", "queue:immigration-office"],
  WORKER: ["dossier:read", "document:read", "inbox:read"],
};

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
    expect(() => assertCan(actors.WORKER, "dossier:submit", base)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertCan(actors.REGIONAL_CASEWORKER, "dossier:submit", base)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("gives a caseworker with no region and an employer user with no organisation nothing", () => {
    expect(can({ ...actors.REGIONAL_CASEWORKER, region: null }, "dossier:read", base)).toBe(false);
    expect(can({ ...actors.EMPLOYER_USER, organisationId: null }, "dossier:read", base)).toBe(false);
  });
});

/** The document actions and deleting a draft, in every situation: who may, who gets 404, who 403. */
const documentActions = ["document:read", "document:upload", "document:delete", "dossier:delete-draft"] as const satisfies readonly Permission[];

describe("authorization matrix: documents, every role × action × situation", () => {
  for (const situation of situations) {
    for (const role of allRoles) {
      for (const permission of documentActions) {
        const inScope = situation.readers.includes(role);
        const allowed = inScope && expectedPermissions[role].includes(permission);
        it(`${role} ${allowed ? "may" : "may not"} ${permission}: ${situation.name}`, () => {
          expect(can(actors[role], permission, situation.dossier)).toBe(allowed);
          if (allowed) expect(() => assertCan(actors[role], permission, situation.dossier)).not.toThrow();
          // Another organisation's dossier, another region's: NOT_FOUND, so that guessing ids tells nothing.
          else expect(() => assertCan(actors[role], permission, situation.dossier)).toThrow(expect.objectContaining({ code: inScope ? "FORBIDDEN" : "NOT_FOUND" }));
        });
      }
    }
  }

  it("lets the readers of a submitted dossier download its files, and only the applicants change them", () => {
    expect(can(actors.REGIONAL_CASEWORKER, "document:read", base)).toBe(true);
    expect(can(actors.WORKER, "document:read", base)).toBe(true);
    expect(() => assertCan(actors.REGIONAL_CASEWORKER, "document:upload", base)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertCan(actors.REGIONAL_CASEWORKER, "document:read", { ...base, competentRegion: "WALLOON_REGION" })).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => assertCan(actors.EMPLOYER_USER, "document:upload", { ...base, employerId: OTHER_EMPLOYER, filedById: OTHER_EMPLOYER })).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});

describe("member management: administrators only, each within its own organisation", () => {
  it("lets exactly the two administrator roles manage members", () => {
    for (const role of allRoles) {
      expect(isAdministratorRole(role), role).toBe(role === "EMPLOYER_ADMIN" || role === "MANDATARY_ADMIN");
    }
  });

  it("gives a mandatary's administrator every permission of its users, and member management and the activity log besides", () => {
    expect(permissionsByRole.MANDATARY_ADMIN.filter((p) => !permissionsByRole.MANDATARY_USER.includes(p))).toEqual(["organisation:manage-members", "organisation:read-activity"]);
    expect(actsUnderMandate(actors.MANDATARY_ADMIN)).toBe(true);
    expect(actsUnderMandate(actors.MANDATARY_USER)).toBe(true);
    expect(actsUnderMandate(actors.EMPLOYER_ADMIN)).toBe(false);
  });

  it("names the user and administrator roles of each kind of organisation", () => {
    expect(memberRole("EMPLOYER", "USER")).toBe("EMPLOYER_USER");
    expect(memberRole("EMPLOYER", "ADMINISTRATOR")).toBe("EMPLOYER_ADMIN");
    expect(memberRole("MANDATARY", "USER")).toBe("MANDATARY_USER");
    expect(memberRole("MANDATARY", "ADMINISTRATOR")).toBe("MANDATARY_ADMIN");
  });
});
