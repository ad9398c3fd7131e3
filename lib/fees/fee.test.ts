import { describe, expect, it } from "vitest";
import { isValidIban } from "@/lib/identifiers/iban";
import { overlappingRows } from "@/lib/reference/dated";
import { FEE_ACCOUNT, FEE_ROWS, feeOn } from "./fee";

describe("the Immigration Office fee", () => {
  it("is 144 EUR in 2024 and 148 EUR in 2025, each that year's verified figure", () => {
    expect(feeOn("2024-01-01")).toMatchObject({ row: { id: "fee.2024", amountCents: 14400 }, figureYear: 2024, year: 2024, verified: true });
    expect(feeOn("2024-12-31")).toMatchObject({ row: { id: "fee.2024" }, verified: true });
    expect(feeOn("2025-01-01")).toMatchObject({ row: { id: "fee.2025", amountCents: 14800 }, figureYear: 2025, verified: true });
  });

  it("shows the latest earlier figure, flagged, in a year without a verified one", () => {
    expect(feeOn("2026-11-29")).toMatchObject({ row: { id: "fee.2025", amountCents: 14800 }, figureYear: 2025, year: 2026, verified: false });
  });

  it("has no figure before the first known one", () => {
    expect(feeOn("2023-12-31")).toBeUndefined();
  });

  it("has at most one figure per day", () => {
    expect(overlappingRows(FEE_ROWS, () => "fee")).toEqual([]);
  });

  it("is paid to a valid IBAN", () => {
    expect(isValidIban(FEE_ACCOUNT.iban)).toBe(true);
    expect(FEE_ACCOUNT.iban).toBe("BE57679200609235");
  });
});
