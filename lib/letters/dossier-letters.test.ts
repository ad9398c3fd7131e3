import { describe, expect, it } from "vitest";
import { letterFileName } from "./dossier-letters";

describe("letterFileName", () => {
  it("names a letter by the dossier's reference and its kind", () => {
    expect(letterFileName("WIB-2026-000001", "ANNEX_46")).toBe("WIB-2026-000001-annex-46.pdf");
    expect(letterFileName("WIB-2026-000001", "WORK_PART_REFUSAL")).toBe("WIB-2026-000001-work-part-refusal.pdf");
  });

  it("adds the language of a second version, and keeps the name plain ASCII whatever the reference holds", () => {
    expect(letterFileName("WIB-2026-000001", "ANNEX_48", "fr")).toBe("WIB-2026-000001-annex-48-fr.pdf");
    expect(letterFileName('WIB/"2026"é', "INADMISSIBILITY")).toBe("WIB__2026__-inadmissibility.pdf");
  });
});
