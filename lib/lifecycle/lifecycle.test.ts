import { describe, expect, it } from "vitest";
import { ApplicationStatus, StatusEventType } from "@/lib/generated/prisma/enums";
import { permissions } from "@/lib/auth/authorization";
import { canTransition, finalStatuses, lifecycle, type TransitionName } from "./lifecycle";

const allStatuses = Object.values(ApplicationStatus);
const names = Object.keys(lifecycle) as TransitionName[];

describe("the dossier's lifecycle table", () => {
  it("submits only a draft", () => {
    expect(allStatuses.filter((s) => canTransition("submit", s))).toEqual(["DRAFT"]);
  });

  it("offers a cancellation request only before treatment, and a withdrawal request after it", () => {
    expect(allStatuses.filter((s) => canTransition("requestCancellation", s))).toEqual(["SUBMITTED"]);
    expect(allStatuses.filter((s) => canTransition("requestWithdrawal", s))).toEqual([
      "ADMISSIBILITY_REVIEW",
      "ADDITIONAL_INFORMATION_REQUESTED",
      "WORK_PART_REVIEW",
      "RESIDENCE_REVIEW",
    ]);
  });

  it("ends both stop requests in STOPPED", () => {
    expect(lifecycle.processCancellation.to).toBe("STOPPED");
    expect(lifecycle.processWithdrawal.to).toBe("STOPPED");
  });

  it("returns an answered information request to the stage it came from", () => {
    expect(lifecycle.answerInformation.to).toBe("STAGE_BEFORE_REQUEST");
    expect(lifecycle.requestInformation.from).toEqual(["ADMISSIBILITY_REVIEW", "WORK_PART_REVIEW"]);
  });

  it("leaves no way out of a final status", () => {
    for (const status of finalStatuses) {
      for (const name of names) expect(canTransition(name, status), `${name} from ${status}`).toBe(false);
    }
  });

  it("gives each row a known permission, or marks it as the portal's own act", () => {
    for (const name of names) {
      const row = lifecycle[name] as { permission: string | null; byPortal?: true };
      if (row.byPortal) expect(row.permission, name).toBeNull();
      else expect(permissions, name).toContain(row.permission);
      expect(Object.values(StatusEventType), name).toContain(lifecycle[name].event);
    }
  });

  it("reaches every status from a draft", () => {
    const reached = new Set<string>(["DRAFT"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const { from, to } of Object.values(lifecycle)) {
        const targets = to === "UNCHANGED" || to === "STAGE_BEFORE_REQUEST" ? [] : [to];
        for (const target of targets) {
          if (from.some((s: string) => reached.has(s)) && !reached.has(target)) {
            reached.add(target);
            grew = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...allStatuses].sort());
  });
});
