import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import { eligibilityForRequest } from "./assess-eligibility";
import { ELIGIBILITY_ERRORS as E, eligibilityValuesFromForm } from "./eligibility-request";

/** Bad input to the calculator: one error per field, at the field's path (issue 12, item 1). */

const TODAY = "2026-06-15";
const period = (overrides: Record<string, unknown> = {}) => ({ from: "2025-01-01", to: "2025-12-31", basis: "SINGLE_PERMIT", incapacityPeriods: [], ...overrides });
const request = (overrides: Record<string, unknown> = {}) => ({
  applicationDate: "2026-06-01",
  legalResidenceInBelgium: true,
  euLongTermResidentInOtherMemberState: false,
  workPeriods: [period()],
  ...overrides,
});

function errorsOf(body: unknown): { path: string; message: string }[] {
  try {
    eligibilityForRequest(body, TODAY);
  } catch (error) {
    if (isAppError(error)) return error.fieldErrors.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  return [];
}

describe("[ELIGIBILITY] the request", () => {
  it("accepts a good one, incapacity periods left out meaning none", () => {
    const { workPeriods, ...rest } = request();
    const { incapacityPeriods: _none, ...withoutIncapacities } = workPeriods[0]!;
    expect(errorsOf({ ...rest, workPeriods: [withoutIncapacities] })).toEqual([]);
    expect(errorsOf(request({ applicationDate: TODAY, workPeriods: [period({ to: TODAY })] }))).toEqual([]);
  });

  it("refuses a body that is not an object, and names every missing answer", () => {
    expect(errorsOf([])).toEqual([{ path: "", message: E.expectedObject }]);
    expect(errorsOf({})).toEqual([
      { path: "applicationDate", message: E.applicationDate },
      { path: "legalResidenceInBelgium", message: E.legalResidenceInBelgium },
      { path: "euLongTermResidentInOtherMemberState", message: E.euLongTermResidentInOtherMemberState },
      { path: "workPeriods", message: E.workPeriods },
    ]);
  });

  it("refuses a work period that ends before it starts, at its end", () => {
    expect(errorsOf(request({ workPeriods: [period(), period({ from: "2025-03-01", to: "2025-02-28" })] }))).toEqual([{ path: "workPeriods.1.to", message: E.endsBeforeStart }]);
  });

  it("refuses an incapacity period outside its work period, at the end that is outside", () => {
    const incapacity = (from: string, to: string) => ({ from, to, cause: "ILLNESS", startedDuringRegularEmploymentByEmployerEstablishedInBelgium: true });
    expect(errorsOf(request({ workPeriods: [period({ incapacityPeriods: [incapacity("2024-12-31", "2025-01-10"), incapacity("2025-12-01", "2026-01-01")] })] }))).toEqual([
      { path: "workPeriods.0.incapacityPeriods.0.from", message: E.incapacityStartsBeforeWorkPeriod },
      { path: "workPeriods.0.incapacityPeriods.1.to", message: E.incapacityEndsAfterWorkPeriod },
    ]);
    expect(errorsOf(request({ workPeriods: [period({ incapacityPeriods: [incapacity("2024-01-01", "2026-01-01")] })] }))).toEqual([
      { path: "workPeriods.0.incapacityPeriods.0.from", message: E.incapacityStartsBeforeWorkPeriod },
      { path: "workPeriods.0.incapacityPeriods.0.to", message: E.incapacityEndsAfterWorkPeriod },
    ]);
    expect(errorsOf(request({ workPeriods: [period({ incapacityPeriods: [incapacity("2025-03-10", "2025-03-01")] })] }))).toEqual([
      { path: "workPeriods.0.incapacityPeriods.0.to", message: E.endsBeforeStart },
    ]);
  });

  it("refuses days in the future, once per field even when the period is also reversed", () => {
    expect(errorsOf(request({ applicationDate: "2026-06-16" }))).toEqual([{ path: "applicationDate", message: E.dayInFuture }]);
    expect(errorsOf(request({ workPeriods: [period({ from: "2026-07-01", to: "2026-06-30" })] }))).toEqual([
      { path: "workPeriods.0.from", message: E.dayInFuture },
      { path: "workPeriods.0.to", message: E.dayInFuture },
    ]);
    expect(errorsOf(request({ workPeriods: [period({ to: "2026-06-16" })] }))).toEqual([{ path: "workPeriods.0.to", message: E.dayInFuture }]);
  });

  it("refuses impossible days, unknown bases and causes, missing yes/no answers, and an application before 2019", () => {
    expect(
      errorsOf(
        request({
          applicationDate: "2018-12-31",
          legalResidenceInBelgium: "yes",
          workPeriods: [
            period({ from: "2025-02-29", basis: "FREELANCE", incapacityPeriods: [{ from: "2025-03-01", to: "2025-03-02", cause: "BOREDOM" }] }),
          ],
        }),
      ),
    ).toEqual([
      { path: "applicationDate", message: E.applicationDateTooEarly },
      { path: "legalResidenceInBelgium", message: E.legalResidenceInBelgium },
      { path: "workPeriods.0.from", message: E.day },
      { path: "workPeriods.0.basis", message: E.basis },
      { path: "workPeriods.0.incapacityPeriods.0.cause", message: E.cause },
      { path: "workPeriods.0.incapacityPeriods.0.startedDuringRegularEmploymentByEmployerEstablishedInBelgium", message: E.startedDuringRegularEmployment },
    ]);
  });

  it("refuses more work periods than a working life holds", () => {
    expect(errorsOf(request({ workPeriods: Array.from({ length: 51 }, () => period()) }))).toEqual([{ path: "workPeriods", message: E.tooManyWorkPeriods }]);
  });
});

describe("[ELIGIBILITY] the page's form post", () => {
  it("is read as the request: rows nested, yes/no answers as booleans, the intent left out", () => {
    const form = new FormData();
    for (const [name, value] of [
      ["applicationDate", "2026-06-01"],
      ["legalResidenceInBelgium", "true"],
      ["euLongTermResidentInOtherMemberState", "false"],
      ["workPeriods.0.from", "2025-01-01"],
      ["workPeriods.0.to", "2025-12-31"],
      ["workPeriods.0.basis", "WORK_CARD"],
      ["workPeriods.0.incapacityPeriods.0.from", "2025-02-01"],
      ["workPeriods.0.incapacityPeriods.0.to", "2025-02-10"],
      ["workPeriods.0.incapacityPeriods.0.cause", "ILLNESS"],
      ["workPeriods.0.incapacityPeriods.0.startedDuringRegularEmploymentByEmployerEstablishedInBelgium", "false"],
      ["intent", "add:workPeriods"],
    ]) {
      form.append(name!, value!);
    }
    const values = eligibilityValuesFromForm(form);
    expect(values).toEqual({
      applicationDate: "2026-06-01",
      legalResidenceInBelgium: true,
      euLongTermResidentInOtherMemberState: false,
      workPeriods: [
        {
          from: "2025-01-01",
          to: "2025-12-31",
          basis: "WORK_CARD",
          incapacityPeriods: [{ from: "2025-02-01", to: "2025-02-10", cause: "ILLNESS", startedDuringRegularEmploymentByEmployerEstablishedInBelgium: false }],
        },
      ],
    });
    expect(errorsOf(values)).toEqual([]);
  });

  it("without any work period is a request with none, and unanswered questions are errors at their fields", () => {
    const values = eligibilityValuesFromForm(new FormData());
    expect(values).toEqual({ workPeriods: [] });
    expect(errorsOf(values).map((error) => error.path)).toEqual(["applicationDate", "legalResidenceInBelgium", "euLongTermResidentInOtherMemberState"]);
  });
});
