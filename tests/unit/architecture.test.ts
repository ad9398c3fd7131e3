import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/**
 * The layers are kept by the lint rules in eslint.config.mjs (`npm run lint`). These cases prove
 * that the configuration really catches each kind of crossing, so a changed glob or zone cannot
 * switch a boundary off unnoticed. Each source is linted as if it sat at `file`.
 */
async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports" || message.ruleId === "import/no-restricted-paths")
    .map((message) => message.ruleId!);
}

describe("architecture: layer boundaries (lint)", () => {
  it("lib/ imports no framework package", async () => {
    for (const spec of ["next/headers", "next", "next-auth", "next-intl/server"]) {
      expect(await boundaryErrors("lib/example/use-case.ts", `import "${spec}";\n`), spec).toEqual(["no-restricted-imports"]);
    }
  });

  it("lib/ imports nothing from app/, components/ or i18n/, by alias or relative path", async () => {
    const imports = ['@/app/_server/session', "../../app/_server/session", "@/components/forms/field", "../../components/forms/field", "@/i18n/navigation"];
    for (const spec of imports) {
      expect(await boundaryErrors("lib/example/use-case.ts", `export * from "${spec}";\n`), spec).toEqual(["import/no-restricted-paths"]);
    }
  });

  it("lib/ may import lib/, and its tests may render messages with next-intl", async () => {
    expect(await boundaryErrors("lib/example/use-case.ts", 'export * from "@/lib/dates";\n')).toEqual([]);
    expect(await boundaryErrors("lib/example/use-case.test.ts", 'export { createTranslator } from "next-intl";\n')).toEqual([]);
  });

  it("components/ import nothing from app/: the page passes server actions as props", async () => {
    expect(await boundaryErrors("components/example/form.tsx", 'export * from "@/app/_server/action";\n')).toEqual(["import/no-restricted-paths"]);
  });

  it("nothing outside tests/ imports from tests/", async () => {
    for (const file of ["prisma/seed-demo.ts", "lib/db/prepare-database.ts", "app/_server/action.ts", "instrumentation.ts"]) {
      expect(await boundaryErrors(file, 'export * from "@/tests/support/test-database";\n'), file).toEqual(["import/no-restricted-paths"]);
    }
    expect(await boundaryErrors("tests/integration/example.test.ts", 'export * from "@/tests/support/test-database";\n')).toEqual([]);
  });

  it("components/ do not reach the database", async () => {
    for (const spec of ["@/lib/db", "@/lib/db/prepare-database", "@/lib/generated/prisma/client"]) {
      expect(await boundaryErrors("components/example/table.tsx", `export * from "${spec}";\n`), spec).toEqual(["import/no-restricted-paths"]);
    }
    expect(await boundaryErrors("components/example/table.tsx", 'export * from "@/lib/generated/prisma/enums";\n')).toEqual([]);
  });
});
