import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";

const root = path.resolve(__dirname, "../../messages");

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
}

function catalog(locale: string, file: string): Record<string, string> {
  return flatten(JSON.parse(readFileSync(path.join(root, locale, file), "utf8")));
}

describe("message catalogs", () => {
  const files = readdirSync(path.join(root, "en")).filter((f) => f.endsWith(".json"));

  it("has the same files for every language", () => {
    for (const locale of locales) expect(readdirSync(path.join(root, locale)).sort()).toEqual([...files].sort());
  });

  for (const file of files) {
    const english = catalog("en", file);
    for (const locale of locales.filter((l) => l !== "en")) {
      it(`${locale}/${file} has exactly the English keys`, () => {
        expect(Object.keys(catalog(locale, file)).sort()).toEqual(Object.keys(english).sort());
      });
      it(`${locale}/${file} keeps every placeholder and leaves nothing empty`, () => {
        const translated = catalog(locale, file);
        for (const [key, message] of Object.entries(english)) {
          expect(placeholders(translated[key] ?? ""), key).toEqual(placeholders(message));
          expect((translated[key] ?? "").trim(), key).not.toBe("");
        }
      });
    }
  }

  describe("the words of the domain", () => {
    for (const locale of locales) {
      const portal = catalog(locale, "portal.json");

      it(`${locale}: the portal is called "Working in Belgium", untranslated (the seeds never translate it)`, () => {
        expect(portal["meta.title"]).toBe("Working in Belgium");
        expect(portal["common.portalName"]).toBe("Working in Belgium");
      });

      it(`${locale}: the Blue Card category names the permit applied for, not its holder`, () => {
        expect(portal["categories.EU_BLUE_CARD"]).toBe(portal["applicationTypes.EU_BLUE_CARD"]);
      });
    }

    // Phrases that are wrong in Belgian administration, with the reason. The German-speaking
    // Community is a community, not a region, so no label calls every service "regional".
    const wrong: Record<string, [RegExp, string][]> = {
      en: [[/\bregional (service|caseworker)/i, "a region or community"]],
      nl: [[/gewestelijke (dienst|dossierbehandelaar)/i, "a region or community"]],
      fr: [
        [/(service|gestionnaire de dossiers) régional/i, "a region or community"],
        [/cadre dirigeant/i, "Belgium's category is « personnel de direction »"],
      ],
      de: [[/regionale[rn]? (Dienst|Sachbearbeiter)/i, "a region or community"]],
    };
    for (const locale of locales) {
      it(`${locale}: uses none of the phrases Belgian administration does not`, () => {
        const messages = readdirSync(path.join(root, locale)).flatMap((file) => Object.entries(catalog(locale, file)));
        for (const [pattern, reason] of wrong[locale] ?? []) {
          expect(messages.filter(([, message]) => pattern.test(message)).map(([key]) => `${key}: ${reason}`)).toEqual([]);
        }
      });
    }
  });

  it("has a message for every validation key the code names, and no validation message nothing names", () => {
    const english = catalog("en", "portal.json");
    const sources = [
      "lib/filing/step-schemas.ts",
      "lib/filing/start-draft-application.ts",
      "lib/filing/start-draft-application-input.ts",
      "lib/filing/save-filing-step.ts",
      "lib/filing/save-person-step.ts",
      "lib/filing/person-filing.ts",
      "lib/filing/resolve-workplaces.ts",
      "lib/applications/submit-application.ts",
      "lib/checklist/diplomatic-post-rule.ts",
      "lib/auth/sign-in-input.ts",
      "lib/dossier-life/dossier-command.ts",
      "lib/dossier-life/request-information.ts",
      "lib/dossier-life/decide-admissibility.ts",
      "lib/dossier-life/decide-work-part.ts",
      "lib/dossier-life/extend-decision-term.ts",
      "lib/dossier-life/decide-residence.ts",
      "lib/dossier-life/answer-information.ts",
      "lib/dossier-life/stop-dossier.ts",
      "lib/organisations/organisation-input.ts",
      "lib/organisations/sign-up.ts",
      "lib/organisations/email-verification.ts",
      "lib/organisations/members.ts",
      "lib/organisations/invitations.ts",
      "lib/forms/zod-mini.ts",
      "lib/forms/plausible.ts",
      "lib/checklist/employment-start.ts",
      "lib/mandates/mandate-input.ts",
      "lib/mandates/grant-mandate.ts",
    ]
      .map((file) => readFileSync(path.resolve(__dirname, "../..", file), "utf8"))
      .join("\n");
    const named = new Set([...sources.matchAll(/"(validation\.\w+)"/g)].map((m) => m[1]!));
    for (const key of named) expect(english[key], key).toBeDefined();
    for (const key of Object.keys(english).filter((k) => k.startsWith("validation."))) expect(named.has(key), `${key} is unused`).toBe(true);
  });
});
