import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import de from "@/messages/de/routing.json";
import en from "@/messages/en/routing.json";
import fr from "@/messages/fr/routing.json";
import nl from "@/messages/nl/routing.json";
import { Region } from "@/lib/generated/prisma/enums";
import { determineCompetentRegion, determineResidenceRegion, type RoutingInput, type RoutingPlace } from "./competent-region";
import { applyCompetentRegionRule } from "./competent-region-rule";
import { formatRoutingReason, type RoutingTranslator } from "./format-reason";
import type { Translate } from "@/lib/i18n/locales";
import { ROUTING_ERRORS, routingInputSchema } from "./routing-input";
import { fieldErrorsFromIssues, translateFieldErrors } from "@/lib/errors/validation";

const catalogs = { nl, fr, de, en };
type Locale = keyof typeof catalogs;

// The translators the portal uses: next-intl's, typed as getTranslations() types them.
const messages = (locale: Locale): Messages => ({ routing: catalogs[locale] });
const translator = (locale: Locale): RoutingTranslator => createTranslator({ locale, messages: messages(locale), namespace: "routing" });
const rootTranslator = (locale: Locale): Translate => createTranslator({ locale, messages: messages(locale) });

const at = (postalCode: string, share: number, label?: string): RoutingPlace => ({ postalCode, share, ...(label ? { label } : {}) });
const route = (input: Partial<RoutingInput>) => determineCompetentRegion({ registeredOffice: null, establishments: [], placesOfWork: [], ...input }).reason;
const say = (input: Partial<RoutingInput>, locale: Locale) => formatRoutingReason(route(input), translator(locale));
const nbsp = "\u00a0";

describe("formatRoutingReason", () => {
  const mainly = { establishments: [at("2000", 30), at("9000", 30), at("1000", 40)] };

  it("explains the largest share against the others, in each language with its own place names", () => {
    expect(say(mainly, "en")).toBe(
      "The worker is mainly employed in the Flemish Region: 60% of working time in the Flemish Region (Antwerpen 30%, Gent 30%) against 40% in the Brussels-Capital Region (Bruxelles 40%).",
    );
    expect(say(mainly, "nl")).toBe(
      "De werknemer wordt hoofdzakelijk tewerkgesteld in het Vlaams Gewest: 60% van de arbeidstijd in het Vlaams Gewest (Antwerpen 30%, Gent 30%), tegenover 40% in het Brussels Hoofdstedelijk Gewest (Brussel 40%).",
    );
    expect(say(mainly, "fr")).toBe(
      `Le travailleur est occupé principalement en Région flamande${nbsp}: 60${nbsp}% du temps de travail en Région flamande (Anvers 30${nbsp}%, Gand 30${nbsp}%), contre 40${nbsp}% en Région de Bruxelles-Capitale (Bruxelles 40${nbsp}%).`,
    );
    expect(say(mainly, "de")).toBe(
      `Der Arbeitnehmer wird hauptsächlich in der Flämischen Region beschäftigt: 60${nbsp}% der Arbeitszeit in der Flämischen Region (Antwerpen 30${nbsp}%, Gent 30${nbsp}%) gegenüber 40${nbsp}% in der Region Brüssel-Hauptstadt (Brüssel 40${nbsp}%).`,
    );
  });

  it("lists several other regions with 'and'", () => {
    expect(say({ establishments: [at("4000", 50), at("2000", 30), at("4700", 20)] }, "nl")).toBe(
      "De werknemer wordt hoofdzakelijk tewerkgesteld in het Waals Gewest: 50% van de arbeidstijd in het Waals Gewest (Luik 50%), tegenover 30% in het Vlaams Gewest (Antwerpen 30%) en 20% in de Duitstalige Gemeenschap (Eupen 20%).",
    );
  });

  it("says when all units are in one region, using the units' labels", () => {
    const input = { establishments: [at("4700", 60, "Werk Eupen"), at("4720", 40)] };
    expect(say(input, "en")).toBe("The worker is employed only in establishment units in the German-speaking Community (Werk Eupen 60%, Kelmis 40%).");
    expect(say(input, "fr")).toBe(
      `Le travailleur est occupé uniquement dans des unités d'établissement situées en Communauté germanophone (Werk Eupen 60${nbsp}%, La Calamine 40${nbsp}%).`,
    );
    expect(say(input, "de")).toBe(`Der Arbeitnehmer wird ausschließlich in Niederlassungseinheiten in der Deutschsprachigen Gemeinschaft beschäftigt (Werk Eupen 60${nbsp}%, Kelmis 40${nbsp}%).`);
    expect(say(input, "nl")).toBe("De werknemer wordt uitsluitend tewerkgesteld in vestigingseenheden in de Duitstalige Gemeenschap (Werk Eupen 60%, Kelmis 40%).");
  });

  it("explains a tie broken by the registered office, even outside the tied regions", () => {
    const input = { registeredOffice: { postalCode: "1000" }, establishments: [at("2000", 50), at("5000", 50)] };
    expect(say(input, "en")).toBe(
      "No main place of employment can be determined: 50% in the Flemish Region (Antwerpen 50%) and 50% in the Walloon Region (Namur 50%). The location of the registered office (1000 Bruxelles) therefore decides: Brussels-Capital Region.",
    );
    expect(say(input, "nl")).toBe(
      "De hoofdzakelijke plaats van tewerkstelling kan niet worden bepaald: 50% in het Vlaams Gewest (Antwerpen 50%) en 50% in het Waals Gewest (Namen 50%). Daarom is de plaats van de maatschappelijke zetel (1000 Brussel) doorslaggevend: Brussels Hoofdstedelijk Gewest.",
    );
    expect(say(input, "fr")).toBe(
      `Le lieu principal d'occupation ne peut pas être déterminé${nbsp}: 50${nbsp}% en Région flamande (Anvers 50${nbsp}%) et 50${nbsp}% en Région wallonne (Namur 50${nbsp}%). Le lieu du siège social (1000 Bruxelles) est donc déterminant${nbsp}: Région de Bruxelles-Capitale.`,
    );
    expect(say(input, "de")).toBe(
      `Ein hauptsächlicher Beschäftigungsort lässt sich nicht bestimmen: 50${nbsp}% in der Flämischen Region (Antwerpen 50${nbsp}%) und 50${nbsp}% in der Wallonischen Region (Namur 50${nbsp}%). Daher ist der Ort des Gesellschaftssitzes (1000 Brüssel) ausschlaggebend: Region Brüssel-Hauptstadt.`,
    );
  });

  it("explains a registered office without units", () => {
    const input = { registeredOffice: { postalCode: "4000" } };
    expect(say(input, "en")).toBe("The employer has no establishment unit in Belgium. The location of the registered office (4000 Liège) therefore decides: Walloon Region.");
    expect(say(input, "nl")).toBe("De werkgever heeft geen vestigingseenheid in België. Daarom is de plaats van de maatschappelijke zetel (4000 Luik) doorslaggevend: Waals Gewest.");
    expect(say(input, "fr")).toBe(`L'employeur n'a pas d'unité d'établissement en Belgique. Le lieu du siège social (4000 Liège) est donc déterminant${nbsp}: Région wallonne.`);
    expect(say(input, "de")).toBe("Der Arbeitgeber hat keine Niederlassungseinheit in Belgien. Daher ist der Ort des Gesellschaftssitzes (4000 Lüttich) ausschlaggebend: Wallonische Region.");
  });

  it("explains routing by the places of work", () => {
    const several = { placesOfWork: [at("8500", 70), at("7700", 30)] };
    expect(say(several, "en")).toBe(
      "The employer has neither a registered office nor an establishment unit in Belgium, so the places where the worker will work decide. The worker will mainly work in the Flemish Region: 70% of working time in the Flemish Region (Kortrijk 70%) against 30% in the Walloon Region (Mouscron 30%).",
    );
    expect(say(several, "nl")).toBe(
      "De werkgever heeft geen maatschappelijke zetel en geen vestigingseenheid in België; daarom zijn de plaatsen waar de werknemer zal werken doorslaggevend. De werknemer zal hoofdzakelijk in het Vlaams Gewest werken: 70% van de arbeidstijd in het Vlaams Gewest (Kortrijk 70%), tegenover 30% in het Waals Gewest (Moeskroen 30%).",
    );
    expect(say(several, "fr")).toBe(
      `L'employeur n'a ni siège social ni unité d'établissement en Belgique${nbsp}; ce sont donc les lieux où le travailleur exercera ses activités qui sont déterminants. Le travailleur exercera principalement ses activités en Région flamande${nbsp}: 70${nbsp}% du temps de travail en Région flamande (Courtrai 70${nbsp}%), contre 30${nbsp}% en Région wallonne (Mouscron 30${nbsp}%).`,
    );
    expect(say(several, "de")).toBe(
      `Der Arbeitgeber hat weder einen Gesellschaftssitz noch eine Niederlassungseinheit in Belgien; daher sind die Orte ausschlaggebend, an denen der Arbeitnehmer arbeiten wird. Der Arbeitnehmer wird hauptsächlich in der Flämischen Region arbeiten: 70${nbsp}% der Arbeitszeit in der Flämischen Region (Kortrijk 70${nbsp}%) gegenüber 30${nbsp}% in der Wallonischen Region (Mouscron 30${nbsp}%).`,
    );
    expect(say({ placesOfWork: [at("3790", 100)] }, "en")).toBe(
      "The employer has neither a registered office nor an establishment unit in Belgium, so the places where the worker will work decide. The worker will work only in the Flemish Region (Voeren 100%).",
    );
    expect(say({ placesOfWork: [at("3790", 100)] }, "fr")).toContain(`uniquement en Région flamande (Fourons 100${nbsp}%).`);
    expect(say({ placesOfWork: [at("3790", 100)] }, "nl")).toContain("De werknemer zal uitsluitend in het Vlaams Gewest werken (Voeren 100%).");
    expect(say({ placesOfWork: [at("3790", 100)] }, "de")).toContain(`Der Arbeitnehmer wird ausschließlich in der Flämischen Region arbeiten (Voeren 100${nbsp}%).`);
  });

  it("explains why the rules cannot decide between tied units", () => {
    const input = { establishments: [at("1000", 40), at("2000", 40), at("5000", 20)] };
    expect(say(input, "en")).toBe(
      "No main place of employment can be determined: 40% in the Flemish Region (Antwerpen 40%), 40% in the Brussels-Capital Region (Bruxelles 40%) and 20% in the Walloon Region (Namur 20%). The employer has no registered office in Belgium. The rules cannot decide, so the filer chooses one of the regions with the largest share.",
    );
    expect(say(input, "nl")).toContain("De werkgever heeft geen maatschappelijke zetel in België. De regels geven geen uitsluitsel; de indiener kiest een van de gewesten met het grootste aandeel.");
    expect(say(input, "fr")).toContain(`L'employeur n'a pas de siège social en Belgique. Les règles ne permettent pas de trancher${nbsp}; le demandeur choisit l'une des régions ayant la part la plus élevée.`);
    expect(say(input, "de")).toContain("Der Arbeitgeber hat keinen Gesellschaftssitz in Belgien. Die Regeln ergeben keine Entscheidung; der Antragsteller wählt eine der Regionen mit dem größten Anteil.");
  });

  it("explains why the rules cannot decide between tied places of work", () => {
    const input = { placesOfWork: [at("4700", 50), at("4960", 50)] };
    expect(say(input, "en")).toBe(
      "The employer has neither a registered office nor an establishment unit in Belgium, so the places where the worker will work decide. No main place of employment can be determined: 50% in the Walloon Region (Malmedy 50%) and 50% in the German-speaking Community (Eupen 50%). The rules cannot decide, so the filer chooses one of the regions with the largest share.",
    );
    for (const locale of ["nl", "fr", "de"] as const) expect(say(input, locale)).toMatch(/Malmedy.*Eupen/);
  });

  it("renders a reason read back from the database", () => {
    const stored = JSON.parse(JSON.stringify(route(mainly)));
    expect(formatRoutingReason(stored, translator("en"))).toBe(say(mainly, "en"));
  });
});

describe("formatRoutingReason without the places' names", () => {
  it("names a place by its postal code until its names are known, the office too", () => {
    const unnamed = (input: Partial<RoutingInput>) =>
      applyCompetentRegionRule({ registeredOffice: null, establishments: [], placesOfWork: [], ...input }, (code) => (code === "2000" ? { nl: "Antwerpen", fr: "Anvers" } : {})).reason;
    expect(formatRoutingReason(unnamed({ establishments: [at("2000", 60), at("1000", 40)] }), translator("en"))).toBe(
      "The worker is mainly employed in the Flemish Region: 60% of working time in the Flemish Region (Antwerpen 60%) against 40% in the Brussels-Capital Region (1000 40%).",
    );
    expect(formatRoutingReason(unnamed({ registeredOffice: { postalCode: "4000" } }), translator("fr"))).toBe(
      "L'employeur n'a pas d'unité d'établissement en Belgique. Le lieu du siège social (4000) est donc déterminant\u00a0: Région wallonne.",
    );
  });
});

describe("routing message catalogs", () => {
  const keys = (value: unknown, prefix = ""): string[] =>
    typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
      : [prefix];

  it("have the same keys in all four languages", () => {
    const reference = keys(en).sort();
    for (const locale of ["nl", "fr", "de"] as const) expect(keys(catalogs[locale]).sort(), locale).toEqual(reference);
  });

  it("name every region and every validation error", () => {
    for (const locale of Object.keys(catalogs) as Locale[]) {
      const all = new Set(keys(catalogs[locale]).map((key) => `routing.${key}`));
      for (const region of Object.values(Region)) {
        expect(all.has(`routing.regions.${region}`), `${locale} ${region}`).toBe(true);
        expect(all.has(`routing.regionIn.${region}`), `${locale} ${region}`).toBe(true);
      }
      for (const key of Object.values(ROUTING_ERRORS)) expect(all.has(key), `${locale} ${key}`).toBe(true);
    }
  });

  it("translate validation errors with their figures", () => {
    const result = routingInputSchema.safeParse({ establishments: [{ postalCode: "2000", share: 60 }, { postalCode: "1000", share: 30 }], placesOfWork: [{ postalCode: "7010" }] });
    const issues = result.error?.issues ?? [];
    expect(translateFieldErrors(fieldErrorsFromIssues(issues), rootTranslator("en"))).toEqual([
      { path: "placesOfWork.0.postalCode", message: "This postal code belongs to an organisation, not to a place: enter the postal code of the municipality." },
      { path: "establishments", message: "The shares of working time add up to 90%; they must add up to 100%." },
    ]);
    const totals = routingInputSchema.safeParse({ establishments: [{ postalCode: "2000", share: 60 }, { postalCode: "1000", share: 30 }] }).error?.issues ?? [];
    expect(translateFieldErrors(fieldErrorsFromIssues(totals), rootTranslator("nl"))).toEqual([{ path: "establishments", message: "De aandelen van de arbeidstijd zijn samen 90%; ze moeten samen 100% zijn." }]);
    expect(translateFieldErrors(fieldErrorsFromIssues(totals), rootTranslator("fr"))[0]?.message).toBe(`Les parts du temps de travail totalisent 90${nbsp}%${nbsp}; leur total doit être de 100${nbsp}%.`);
    expect(translateFieldErrors(fieldErrorsFromIssues(totals), rootTranslator("de"))[0]?.message).toBe(`Die Anteile an der Arbeitszeit ergeben zusammen 90${nbsp}%; sie müssen zusammen 100${nbsp}% ergeben.`);
    const many = routingInputSchema.safeParse({ placesOfWork: Array.from({ length: 51 }, () => ({ postalCode: "2000", share: 1 })) }).error?.issues ?? [];
    expect(translateFieldErrors(fieldErrorsFromIssues(many), rootTranslator("en"))[0]?.message).toBe("Enter at most 50 establishment units or places of work.");
  });
});

describe("the worker's own application: the place of residence decides", () => {
  it("routes to the region of the postal code where the worker lives, the German-speaking Community for its municipalities", () => {
    expect(determineResidenceRegion("4000")).toMatchObject({ region: "WALLOON_REGION", rule: "PLACE_OF_RESIDENCE", candidates: [] });
    expect(determineResidenceRegion("4700")).toMatchObject({ region: "GERMAN_SPEAKING_COMMUNITY", rule: "PLACE_OF_RESIDENCE" });
    expect(determineResidenceRegion("9000")).toMatchObject({ region: "FLEMISH_REGION", rule: "PLACE_OF_RESIDENCE" });
  });

  it("says why in every language, naming the place", () => {
    const reason = determineResidenceRegion("9000").reason;
    expect(formatRoutingReason(reason, translator("en"))).toBe(
      "The worker lives in Gent, in the Flemish Region: for the unlimited-duration permit, the authority of the worker's place of residence is competent.",
    );
    for (const locale of ["nl", "fr", "de"] as const) expect(formatRoutingReason(reason, translator(locale))).toMatch(/9000|Gent|Gand/);
  });
});
