import { describe, expect, it } from "vitest";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { canTransition, finalStatuses, transitions, type Transition } from "./status";

const allStatuses = Object.values(ApplicationStatus);

describe("status transitions", () => {
  it("submits only a draft", () => {
    expect(allStatuses.filter((s) => canTransition("submit", s))).toEqual(["DRAFT"]);
  });

  it("lets the applicant withdraw only before a caseworker takes the dossier up", () => {
    expect(allStatuses.filter((s) => canTransition("withdraw", s))).toEqual(["SUBMITTED"]);
  });

  it("leaves no way out of a final status", () => {
    for (const status of finalStatuses) {
      for (const name of Object.keys(transitions) as Transition[]) {
        expect(canTransition(name, status), `${name} from ${status}`).toBe(false);
      }
    }
  });

  it("reaches every status from a draft", () => {
    const reached = new Set<string>(["DRAFT"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const { from, to } of Object.values(transitions)) {
        if (from.some((s) => reached.has(s)) && !reached.has(to)) {
          reached.add(to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...allStatuses].sort());
  });
});
