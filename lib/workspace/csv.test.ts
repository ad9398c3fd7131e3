import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV cells", () => {
  it("leaves plain text as it is", () => {
    expect(csvCell("WIB-2026-000123")).toBe("WIB-2026-000123");
    expect(csvCell("Liège warehouse")).toBe("Liège warehouse");
  });

  it("writes a missing value as an empty cell", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("quotes a cell with a comma, a quote or a line break, doubling its quotes", () => {
    expect(csvCell("Dubois, Marc")).toBe('"Dubois, Marc"');
    expect(csvCell('Bakery "Le Pain" SA')).toBe('"Bakery ""Le Pain"" SA"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("quotes a cell with leading or trailing space, which readers would otherwise trim", () => {
    expect(csvCell(" Mehta")).toBe('" Mehta"');
    expect(csvCell("Mehta ")).toBe('"Mehta "');
  });

  it.each(["=1+1", "+32 2 123 45 67", "-2+3", "@SUM(A1:A2)", "=HYPERLINK(\"http://evil.example\",\"x\")"])("keeps %s from running as a formula", (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
    expect(cell).toContain(value.replaceAll('"', '""'));
  });

  it("guards a tab or carriage return at the start, which some spreadsheets skip before a formula", () => {
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe("\"'\r=1+1\"");
  });

  it("guards and quotes a formula that also holds a comma", () => {
    expect(csvCell('=IMPORTXML("a","b")')).toBe('"\'=IMPORTXML(""a"",""b"")"');
  });

  it("does not touch those characters inside a cell", () => {
    expect(csvCell("Jean-Luc")).toBe("Jean-Luc");
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("CSV text", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    expect(toCsv([["Reference", "Worker"], ["WIB-2026-000001", "Dubois, Marc"]])).toBe('\uFEFFReference,Worker\r\nWIB-2026-000001,"Dubois, Marc"\r\n');
  });
});
