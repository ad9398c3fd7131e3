import { describe, expect, it } from "vitest";
import { workPeriodsFromPermits } from "./earlier-answers";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("the work periods the portal knows of from granted permits", () => {
  it("runs each permit from the contract's start to its end, oldest first, a posting as a posting", () => {
    expect(
      workPeriodsFromPermits(
        [
          { isPosting: false, employmentStartDate: day("2023-01-01"), employmentEndDate: day("2024-12-31") },
          { isPosting: true, employmentStartDate: day("2020-03-01"), employmentEndDate: day("2021-02-28") },
        ],
        "2026-06-15",
      ),
    ).toEqual([
      { from: "2020-03-01", to: "2021-02-28", basis: "POSTING", incapacityPeriods: [] },
      { from: "2023-01-01", to: "2024-12-31", basis: "SINGLE_PERMIT", incapacityPeriods: [] },
    ]);
  });

  it("ends an open-ended or running contract today, and leaves out one that has not begun or has no start", () => {
    expect(
      workPeriodsFromPermits(
        [
          { isPosting: false, employmentStartDate: day("2025-01-01"), employmentEndDate: null },
          { isPosting: false, employmentStartDate: day("2026-01-01"), employmentEndDate: day("2027-12-31") },
          { isPosting: false, employmentStartDate: day("2026-07-01"), employmentEndDate: day("2027-12-31") },
          { isPosting: false, employmentStartDate: null, employmentEndDate: null },
        ],
        "2026-06-15",
      ),
    ).toEqual([
      { from: "2025-01-01", to: "2026-06-15", basis: "SINGLE_PERMIT", incapacityPeriods: [] },
      { from: "2026-01-01", to: "2026-06-15", basis: "SINGLE_PERMIT", incapacityPeriods: [] },
    ]);
  });
});
