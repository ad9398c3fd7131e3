import { describe, expect, it } from "vitest";
import { dossierProgress, type ProgressInput } from "./progress";

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const event = (messageKey: string, day: string) => ({ messageKey, occurredAt: at(day) });
const submitted = [event("created", "2026-03-01"), event("submitted", "2026-03-02"), event("routed", "2026-03-02"), event("takenIntoTreatment", "2026-03-03")];
const term = (kind: ProgressInput["terms"][number]["kind"], endsOn: string, extra: Partial<ProgressInput["terms"][number]> = {}) => ({
  kind,
  endsOn: new Date(`${endsOn}T00:00:00Z`),
  endsOnBeforeMove: null,
  extendedUntil: null,
  closedAt: null,
  ...extra,
});
const states = (input: ProgressInput) => dossierProgress(input).steps.map(({ step, state, on, outcome }) => `${step}:${state}:${on ?? "-"}:${outcome ?? "-"}`);

describe("dossierProgress", () => {
  it("under an information request: the request is the current step, its answer term runs, and the applicant answers next", () => {
    const input: ProgressInput = {
      status: "ADDITIONAL_INFORMATION_REQUESTED",
      events: [...submitted, event("informationRequested", "2026-03-05")],
      terms: [term("ADDITIONAL_INFORMATION_ANSWER", "2026-03-20"), term("ADMISSIBILITY", "2026-03-12", { closedAt: at("2026-03-05") })],
      decisions: [],
    };
    expect(states(input)).toEqual([
      "application:done:2026-03-02:submitted",
      "admissibility:upcoming:-:-",
      "workPart:upcoming:-:-",
      "residence:upcoming:-:-",
      "finalDecision:upcoming:-:-",
      "informationRequest:current:2026-03-05:requested",
    ]);
    const progress = dossierProgress(input);
    expect(progress.terms).toEqual([{ kind: "ADDITIONAL_INFORMATION_ANSWER", lastDay: "2026-03-20", movedFrom: null, extended: false }]);
    expect(progress.next).toBe("answer");
    expect(progress.appeal).toBeNull();
  });

  it("once answered, the dossier is back where the request interrupted it, and no request step shows without one", () => {
    const answered = dossierProgress({ status: "ADMISSIBILITY_REVIEW", events: [...submitted, event("informationRequested", "2026-03-05"), event("informationProvided", "2026-03-09")], terms: [], decisions: [] });
    expect(answered.steps.find((s) => s.step === "admissibility")?.state).toBe("current");
    expect(answered.steps.find((s) => s.step === "informationRequest")).toMatchObject({ state: "done", on: "2026-03-09", outcome: "answered" });
    const never = dossierProgress({ status: "WORK_PART_REVIEW", events: [...submitted, event("admissible", "2026-03-08")], terms: [], decisions: [] });
    expect(never.steps.map((s) => s.step)).toEqual(["application", "admissibility", "workPart", "residence", "finalDecision"]);
    expect(never.steps[1]).toMatchObject({ state: "done", on: "2026-03-08", outcome: "admissible" });
    expect(never.next).toBe("workPart");
  });

  it("shows a term moved to the next working day with the day it moved from, and an extended term's new last day", () => {
    const { terms } = dossierProgress({
      status: "WORK_PART_REVIEW",
      events: [...submitted, event("admissible", "2026-03-08")],
      terms: [
        term("DECISION_FROM_SUBMISSION", "2026-06-30", { extendedUntil: new Date("2026-08-31T00:00:00Z") }),
        term("DECISION_ON_MERITS", "2026-05-11", { endsOnBeforeMove: new Date("2026-05-09T00:00:00Z") }),
      ],
      decisions: [],
    });
    expect(terms).toEqual([
      { kind: "DECISION_ON_MERITS", lastDay: "2026-05-11", movedFrom: "2026-05-09", extended: false },
      { kind: "DECISION_FROM_SUBMISSION", lastDay: "2026-08-31", movedFrom: null, extended: true },
    ]);
  });

  it("after a refused work part: the final decision, the residence part never reached, and the appeal to the regional minister by its last day", () => {
    const progress = dossierProgress({
      status: "WORK_PART_REFUSED",
      events: [...submitted, event("admissible", "2026-03-08"), event("workPartRefused", "2026-04-01")],
      terms: [term("APPEAL", "2026-05-01", { closedAt: null })],
      decisions: [
        { kind: "ADMISSIBILITY", outcome: "ADMISSIBLE", decidedAt: at("2026-03-08"), appealRuleId: null, appealLastDay: null },
        { kind: "WORK_PART", outcome: "REFUSED", decidedAt: at("2026-04-01"), appealRuleId: "appeal.work-part-refusal.FLEMISH_REGION.2019", appealLastDay: new Date("2026-05-01T00:00:00Z") },
      ],
    });
    expect(progress.steps.slice(2, 5).map((s) => `${s.step}:${s.state}:${s.outcome ?? "-"}`)).toEqual(["workPart:done:refused", "residence:notReached:-", "finalDecision:done:refused"]);
    expect(progress.next).toBe("appeal");
    expect(progress.appeal).toMatchObject({ decision: "WORK_PART", lastDay: "2026-05-01", rule: { appealTo: "REGIONAL_MINISTER_OF_EMPLOYMENT", region: "FLEMISH_REGION" } });
    expect(progress.appeal?.rule.addressee?.lines.en[0]).toBe("Minister of Employment");
  });

  it("a granted permit has nothing to appeal", () => {
    const progress = dossierProgress({
      status: "GRANTED",
      events: [...submitted, event("admissible", "2026-03-08"), event("workPartGranted", "2026-04-01"), event("residenceGranted", "2026-04-20")],
      terms: [],
      decisions: [{ kind: "RESIDENCE", outcome: "GRANTED", decidedAt: at("2026-04-20"), appealRuleId: null, appealLastDay: null }],
    });
    expect(progress.steps.map((s) => s.state)).toEqual(["done", "done", "done", "done", "done"]);
    expect(progress.steps.at(-1)).toMatchObject({ step: "finalDecision", on: "2026-04-20", outcome: "granted" });
    expect(progress.appeal).toBeNull();
    expect(progress.next).toBe("permit");
  });
});
