import { describe, expect, it } from "vitest";
import { inForce, isInForce, overlappingRows, type Dated } from "./dated";

const row = (id: string, validFrom: string, validUntil: string | null, key = "k"): Dated & { key: string } => ({ id, validFrom, validUntil, source: "test", key });

describe("dated rows", () => {
  const rows = [row("a", "2024-01-01", "2024-12-31"), row("b", "2025-01-01", null), row("c", "2025-06-01", "2025-06-30", "other")];

  it("are in force from their first day to their last day, both included", () => {
    expect(isInForce(rows[0]!, "2023-12-31")).toBe(false);
    expect(isInForce(rows[0]!, "2024-01-01")).toBe(true);
    expect(isInForce(rows[0]!, "2024-12-31")).toBe(true);
    expect(isInForce(rows[0]!, "2025-01-01")).toBe(false);
    expect(isInForce(rows[1]!, "2099-01-01")).toBe(true);
  });

  it("selects the rows in force on a day, in order", () => {
    expect(inForce(rows, "2024-07-01").map((r) => r.id)).toEqual(["a"]);
    expect(inForce(rows, "2025-06-15").map((r) => r.id)).toEqual(["b", "c"]);
    expect(inForce(rows, "2023-01-01")).toEqual([]);
  });

  it("finds rows of one key whose periods overlap", () => {
    expect(overlappingRows(rows, (r) => r.key)).toEqual([]);
    const clash = [...rows, row("d", "2024-12-31", "2025-01-31")];
    expect(overlappingRows(clash, (r) => r.key)).toEqual([
      ["a", "d"],
      ["b", "d"],
    ]);
    expect(overlappingRows([row("e", "2020-01-01", null), row("f", "2010-01-01", null)], (r) => r.key)).toEqual([["e", "f"]]);
  });
});
