import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** The opening tag of every `<form` in a source file, up to its closing `>` (braces of JSX expressions skipped). */
function formTags(source: string): string[] {
  const tags: string[] = [];
  for (const match of source.matchAll(/<form[\s>]/g)) {
    let depth = 0;
    let end = match.index;
    while (end < source.length && !(source[end] === ">" && depth === 0)) {
      if (source[end] === "{") depth++;
      else if (source[end] === "}") depth--;
      end++;
    }
    tags.push(source.slice(match.index, end + 1));
  }
  return tags;
}


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

// The first lint loads the whole config and type information: seconds, more on a busy machine.
describe("architecture: layer boundaries (lint)", { timeout: 60_000 }, () => {
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

describe("architecture: forms", () => {
  // A form without an action falls back to a GET of the page with its fields (passwords too) in
  // the URL when it is submitted before its JavaScript has loaded, or without JavaScript.
  it("every <form> in app/ and components/ posts to an action", () => {
    const files = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))].filter((file) => file.endsWith(".tsx"));
    const tags = files.flatMap((file) => formTags(readFileSync(file, "utf8")).map((tag) => ({ file: path.relative(root, file), tag })));
    // The six forms of this slice at least, so that a scanner finding nothing cannot pass.
    expect(tags.length).toBeGreaterThanOrEqual(6);
    expect(tags.filter(({ tag }) => !/\saction=\{/.test(tag))).toEqual([]);
  });

  it("finds a form's opening tag, with or without an action", () => {
    expect(formTags(`<form onSubmit={() => { go(); }} noValidate>\n<input />\n</form>`)).toEqual(["<form onSubmit={() => { go(); }} noValidate>"]);
    expect(formTags(`<form\n  action={formAction}\n  className="a">`)).toEqual([`<form\n  action={formAction}\n  className="a">`]);
    expect(formTags(`<formula>`)).toEqual([]);
  });
});
