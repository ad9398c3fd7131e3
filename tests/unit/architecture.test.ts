import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
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

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
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

describe("architecture", () => {
  // The domain stays plain TypeScript: it can be tested, reused by the API and the worker, and
  // moved off Next.js without rewriting the rules.
  it("lib/ imports nothing from Next.js, next-auth, app/ or components/", () => {
    // Tests beside the code may render messages with next-intl's translator, as the pages do.
    const production = sourceFiles(path.join(root, "lib")).filter((file) => !file.endsWith(".test.ts"));
    const offending = production.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(next|next-auth|next-intl)(\/|$)/.test(spec) || /^@\/(app|components)\//.test(spec) || /^(\.\.\/)+(app|components)\//.test(spec))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it("components/ do not reach the database", () => {
    const offending = sourceFiles(path.join(root, "components")).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec === "@/lib/db" || spec.startsWith("@/lib/generated/prisma/client"))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  // Components are reused by more than one route and moved between them: a page hands a form its
  // server action, so renaming a route never breaks a component.
  it("components/ import nothing from app/", () => {
    const offending = sourceFiles(path.join(root, "components")).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^@\/app\//.test(spec) || /^(\.\.\/)+app\//.test(spec))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

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
