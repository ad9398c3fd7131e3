import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentKind } from "@/lib/generated/prisma/enums";

const root = path.resolve(__dirname, "../..");
const english = JSON.parse(readFileSync(path.join(root, "messages/en/documents.json"), "utf8")) as { errors: Record<string, string>; kinds: Record<string, string> };

describe("documents catalog", () => {
  it("labels every checklist item (DocumentKind)", () => {
    expect(Object.keys(english.kinds).sort()).toEqual(Object.values(DocumentKind).sort());
  });

  it("has a message for every documents error the code names, and none that nothing names", () => {
    const sources = ["lib/documents", "app/_server", "components/documents"]
      .flatMap((dir) => readdirSync(path.join(root, dir)).filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts")).map((f) => path.join(root, dir, f)))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const named = new Set([...sources.matchAll(/"documents\.errors\.(\w+)"/g)].map((m) => m[1]!));
    expect([...named].sort()).toEqual(Object.keys(english.errors).sort());
  });

  it("tells the user to reduce a file that is too large first, in every language (seed 000)", () => {
    const reduce = { nl: /verklein het bestand eerst/i, fr: /réduisez d'abord le fichier/i, de: /verkleinern sie die datei zuerst/i, en: /reduce the file first/i };
    for (const [locale, pattern] of Object.entries(reduce)) {
      const catalog = JSON.parse(readFileSync(path.join(root, `messages/${locale}/documents.json`), "utf8")) as typeof english;
      expect(catalog.errors.fileTooLarge, locale).toMatch(pattern);
      expect(catalog.errors.dossierFull, locale).toMatch(pattern);
    }
  });
});
