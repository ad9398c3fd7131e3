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
});
