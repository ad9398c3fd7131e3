import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick-messages";

const catalog = {
  common: { portalName: "Working in Belgium", languages: { nl: "Nederlands", en: "English" } },
  forms: { choose: "Choose" },
  checklist: { form: { legend: "Where?" }, result: { title: "Documents" } },
};

describe("pickMessages", () => {
  it("keeps the namespaces named, whole, and nothing else", () => {
    expect(pickMessages(catalog, ["forms"])).toEqual({ forms: { choose: "Choose" } });
  });

  it("keeps a nested path at its place in the tree", () => {
    expect(pickMessages(catalog, ["checklist.form", "common.languages"])).toEqual({
      checklist: { form: { legend: "Where?" } },
      common: { languages: { nl: "Nederlands", en: "English" } },
    });
  });

  it("merges paths of one namespace, in either order with the whole namespace", () => {
    expect(pickMessages(catalog, ["checklist.form", "checklist.result"])).toEqual({ checklist: catalog.checklist });
    expect(pickMessages(catalog, ["checklist", "checklist.form"])).toEqual({ checklist: catalog.checklist });
    expect(pickMessages(catalog, ["checklist.form", "checklist"])).toEqual({ checklist: catalog.checklist });
  });

  it("leaves the catalog as it was", () => {
    const before = structuredClone(catalog);
    pickMessages(catalog, ["checklist", "checklist.form", "common.languages", "common"]);
    expect(catalog).toEqual(before);
  });

  it("refuses a path that names no messages", () => {
    expect(() => pickMessages(catalog, ["checklist.nothing"])).toThrow('no messages at "checklist.nothing"');
    expect(() => pickMessages(catalog, ["common.portalName.more"])).toThrow("no messages");
  });
});
