import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { pickMessages, type MessageTree } from "@/lib/i18n/pick-messages";
import { clientMessages } from "./client-messages";

// Client components live in components/, and a few in app/ (the error boundary).
const root = path.resolve(import.meta.dirname, "../..");
const clientComponents = ["components", "app"]
  .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts"))
  .map((file) => ({ file, source: readFileSync(path.join(root, file), "utf8") }))
  .filter(({ source }) => source.startsWith('"use client"'));

/** A list covers a namespace when it hands over the namespace, or a part of it (the parts the component reads: see the end-to-end walk). */
const covers = (listed: string, namespace: string) => namespace === listed || namespace.startsWith(`${listed}.`) || listed.startsWith(`${namespace}.`);

describe("the messages handed to client components", () => {
  it.each(locales)("name only messages that exist, in %s", async (locale) => {
    const catalog = (await loadMessages(locale)) as MessageTree;
    for (const [name, paths] of Object.entries(clientMessages)) {
      expect(() => pickMessages(catalog, paths), name).not.toThrow();
    }
  });

  it.each(locales)("every page carries only the header's and the error page's few messages besides its own forms', in %s", async (locale) => {
    const catalog = (await loadMessages(locale)) as MessageTree;
    expect(JSON.stringify(pickMessages(catalog, clientMessages.everyPage)).length).toBeLessThan(1_500);
  });

  it("cover every namespace a client component asks for by name", () => {
    expect(clientComponents.length).toBeGreaterThan(20);
    const listed = Object.values(clientMessages).flat();
    const uncovered = clientComponents.flatMap(({ file, source }) =>
      [...source.matchAll(/useTranslations\("([^"]+)"\)/g)].map((match) => match[1] ?? "").filter((namespace) => !listed.some((path) => covers(path, namespace))).map((namespace) => `${file}: ${namespace}`),
    );
    expect(uncovered).toEqual([]);
  });
});
