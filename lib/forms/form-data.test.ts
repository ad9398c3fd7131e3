import { describe, expect, it } from "vitest";
import { employmentFieldKinds, residenceFieldKinds } from "@/lib/filing/step-schemas";
import { formDataToObject } from "./form-data";
import { addRowIntent, applyIntent, readIntent, refreshIntent, removeRowIntent } from "./form-intent";

function posted(fields: [string, string][]): FormData {
  const formData = new FormData();
  for (const [name, value] of fields) formData.append(name, value);
  return formData;
}

describe("formDataToObject", () => {
  it("nests the fields by their names, keeping the values as posted", () => {
    expect(
      formDataToObject(
        posted([
          ["type", "EU_BLUE_CARD"],
          ["worker.givenNames", " Ravi "],
          ["worker.familyName", ""],
          ["workplaces.0.establishmentUnitId", "a"],
          ["workplaces.0.sharePercent", "60"],
          ["workplaces.1.establishmentUnitId", "b"],
        ]),
      ),
    ).toEqual({
      type: "EU_BLUE_CARD",
      worker: { givenNames: " Ravi ", familyName: "" },
      workplaces: [{ establishmentUnitId: "a", sharePercent: "60" }, { establishmentUnitId: "b" }],
    });
  });

  it("makes the rows a list in their order, without the gaps of removed rows", () => {
    expect(formDataToObject(posted([["rows.10.a", "third"], ["rows.2.a", "second"], ["rows.0.a", "first"]]))).toEqual({
      rows: [{ a: "first" }, { a: "second" }, { a: "third" }],
    });
  });

  it("makes a group of checkboxes a list whether none, one or several are ticked", () => {
    const kinds = { lists: ["items"] };
    expect(formDataToObject(posted([]), kinds)).toEqual({ items: [] });
    expect(formDataToObject(posted([["items", "DIPLOMA"]]), kinds)).toEqual({ items: ["DIPLOMA"] });
    expect(formDataToObject(posted([["items", "DIPLOMA"], ["items", "CV"]]), kinds)).toEqual({ items: ["DIPLOMA", "CV"] });
  });

  it("reads numbers, leaving out empty ones and making anything else NaN for the schema to refuse", () => {
    const kinds = { numbers: ["version", "rows.*.share"] };
    expect(formDataToObject(posted([["version", "3"], ["rows.0.share", " 60 "], ["rows.1.share", ""], ["rows.2.share", "12.5"], ["rows.3.share", "0x10"]]), kinds)).toEqual({
      version: 3,
      rows: [{ share: 60 }, {}, { share: 12.5 }, { share: Number.NaN }],
    });
    expect(formDataToObject(posted([]), kinds)).toEqual({});
  });

  it("reads yes/no radios, and checkboxes as false when they were not ticked", () => {
    const kinds = { booleans: ["worker.residesInBelgium"], checkboxes: ["worker.legalStay", "consent"] };
    expect(formDataToObject(posted([["worker.residesInBelgium", "true"], ["worker.legalStay", "on"]]), kinds)).toEqual({
      worker: { residesInBelgium: true, legalStay: true },
      consent: false,
    });
    expect(formDataToObject(posted([["worker.residesInBelgium", "false"]]), kinds)).toEqual({ worker: { residesInBelgium: false, legalStay: false }, consent: false });
    // Unanswered stays absent; a value no radio has stays as posted, so the schema refuses it.
    expect(formDataToObject(posted([]), kinds)).toEqual({ worker: { legalStay: false }, consent: false });
    expect(formDataToObject(posted([["worker.residesInBelgium", "maybe"]]), kinds)).toMatchObject({ worker: { residesInBelgium: "maybe" } });
  });

  it("gives a list for a name posted more than once", () => {
    expect(formDataToObject(posted([["tags", "a"], ["tags", "b"]]))).toEqual({ tags: ["a", "b"] });
  });

  it("leaves out names that are not paths, could reach the prototype, or clash with another field", () => {
    const object = formDataToObject(
      posted([
        ["$ACTION_ID_abc", "x"],
        ["a..b", "x"],
        ["__proto__.polluted", "yes"],
        ["worker.constructor", "x"],
        ["rows.99999.a", "x"],
        ["name", "first"],
        ["name.inner", "clash"],
        ["nested.inner", "kept"],
        ["nested", "clash"],
      ]),
    );
    expect(object).toEqual({ name: "first", nested: { inner: "kept" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives the filing steps' schemas their numbers, yes/no answers and checkboxes", () => {
    expect(formDataToObject(posted([["residesInBelgium", "true"]]), residenceFieldKinds)).toEqual({ residesInBelgium: true, euLongTermResidentSecondResidence: false });
    expect(
      formDataToObject(
        posted([
          ["isRenewal", "false"],
          ["regulatedProfession", "true"],
          ["workplaces.0.sharePercent", "100"],
        ]),
        employmentFieldKinds,
      ),
    ).toEqual({ isRenewal: false, regulatedProfession: true, workplaces: [{ sharePercent: 100 }] });
  });
});

describe("form intents", () => {
  const intent = (value: string) => readIntent(posted([["intent", value]]));

  it("reads the intents the buttons post, and nothing else", () => {
    expect(intent(refreshIntent)).toEqual({ kind: "refresh" });
    expect(intent(addRowIntent("workplaces"))).toEqual({ kind: "add", list: "workplaces" });
    expect(intent(removeRowIntent("workplaces", 2))).toEqual({ kind: "remove", list: "workplaces", index: 2 });
    expect(readIntent(posted([]))).toBeNull();
    for (const value of ["", "add:", "remove:workplaces", "remove:__proto__.x.1", "delete:workplaces.1", "add:a..b"]) expect(intent(value), value).toBeNull();
  });

  it("adds an empty row at the end, or removes one and moves the others up", () => {
    expect(applyIntent({ workplaces: [{ a: 1 }] }, { kind: "add", list: "workplaces" })).toEqual({ workplaces: [{ a: 1 }, {}] });
    expect(applyIntent({}, { kind: "add", list: "establishments" })).toEqual({ establishments: [{}] });
    expect(applyIntent({ rows: [{ a: 1 }, { a: 2 }, { a: 3 }] }, { kind: "remove", list: "rows", index: 1 })).toEqual({ rows: [{ a: 1 }, { a: 3 }] });
    expect(applyIntent({ x: 1 }, { kind: "refresh" })).toEqual({ x: 1 });
  });

  it("reads and applies an intent on a list inside a row of another list", () => {
    expect(intent(addRowIntent("workPeriods.1.incapacityPeriods"))).toEqual({ kind: "add", list: "workPeriods.1.incapacityPeriods" });
    expect(intent(removeRowIntent("workPeriods.1.incapacityPeriods", 0))).toEqual({ kind: "remove", list: "workPeriods.1.incapacityPeriods", index: 0 });
    for (const value of ["add:workPeriods.1", "add:1.incapacityPeriods", "remove:workPeriods.1.2"]) expect(intent(value), value).toBeNull();
    const values = () => ({ workPeriods: [{ from: "a" }, { from: "b", incapacityPeriods: [{ from: "c" }, { from: "d" }] }] });
    expect(applyIntent(values(), { kind: "add", list: "workPeriods.0.incapacityPeriods" })).toEqual({
      workPeriods: [{ from: "a", incapacityPeriods: [{}] }, { from: "b", incapacityPeriods: [{ from: "c" }, { from: "d" }] }],
    });
    expect(applyIntent(values(), { kind: "remove", list: "workPeriods.1.incapacityPeriods", index: 0 })).toEqual({
      workPeriods: [{ from: "a" }, { from: "b", incapacityPeriods: [{ from: "d" }] }],
    });
    // A row that was not posted is not made up.
    expect(applyIntent(values(), { kind: "add", list: "workPeriods.5.incapacityPeriods" })).toEqual(values());
    expect(applyIntent({}, { kind: "add", list: "workPeriods.0.incapacityPeriods" })).toEqual({});
  });
});
