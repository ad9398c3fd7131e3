import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { locales, type Locale } from "@/lib/i18n/locales";
import type { AnnexInput, AppealInput, DecisionLetterInput } from "./letter-input";
import { renderAnnex } from "./render-annex";
import { renderDecisionLetter } from "./render-decision-letter";

/** The PDF read back as a reader would: each page's text (lines joined by spaces) and its document information. */
async function readPdf(bytes: Uint8Array) {
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(
        content.items
          .map((item) => ("str" in item ? item.str : ""))
          .join(" ")
          .replace(/\s+/g, " "),
      );
    }
    const { info } = await pdf.getMetadata();
    return { pages, text: pages.join(" "), info: info as { Title?: string; Author?: string; Language?: string } };
  } finally {
    await pdf.destroy();
  }
}

// The minister's appeal against a refused work part, Flemish Region (seed 001), its last day moved
// off a Sunday.
const ministerAppeal: AppealInput = {
  appealTo: "REGIONAL_MINISTER_OF_EMPLOYMENT",
  appealType: "ADMINISTRATIVE_APPEAL",
  addressee: {
    name: "Minister van Tewerkstelling",
    addressLines: [
      "Het Vlaamse Subsidieagentschap voor Werk en Sociale economie",
      "Dienst Arbeidsmigratie en Uitzendkantoren",
      "Koning Albert II-laan 35 bus 21",
      "1030 Brussel",
    ],
  },
  form: { registeredLetter: true, motivated: true, inANationalLanguage: true },
  mayBeFiledBy: ["EMPLOYER", "WORKER_IF_LEGALLY_RESIDENT"],
  length: { value: 1, unit: "MONTHS" },
  lastDay: "2027-01-04",
  lastDayMovedToNextWorkingDay: true,
};

const workRefusal: DecisionLetterInput = {
  decision: "WORK_PART_REFUSED",
  authority: { name: "Vlaamse overheid, Departement Werk en Sociale Economie", addressLines: ["Koning Albert II-laan 35 bus 20", "1030 Brussel"] },
  employer: { name: "Antwerp Data NV", addressLines: ["Meir 1", "2000 Antwerpen"] },
  letterDate: "2026-12-02",
  decisionDate: "2026-12-01",
  referenceNumber: "WIB-2026-000123",
  worker: { givenNames: "Ravi", familyName: "Kumar", dateOfBirth: "1991-02-03", nationality: "IN" },
  category: "HIGHLY_SKILLED",
  motivation: "The salary stated in the employment contract is below the threshold for highly skilled workers in force on the day of submission.",
  appeal: ministerAppeal,
};

const callAppeal: AppealInput = {
  appealTo: "COUNCIL_FOR_ALIEN_LAW_LITIGATION",
  appealType: "ANNULMENT",
  addressee: { name: "Raad voor Vreemdelingenbetwistingen", addressLines: ["Gaucheretstraat 92-94", "1030 Brussel"] },
  form: { registeredLetter: false, motivated: false, inANationalLanguage: false },
  mayBeFiledBy: ["WORKER"],
  length: { value: 30, unit: "DAYS" },
  lastDay: "2027-02-15",
  lastDayMovedToNextWorkingDay: false,
};

const annexCommon = {
  authority: { name: "Dienst Vreemdelingenzaken", addressLines: ["Pachecolaan 44", "1000 Brussel"] },
  referenceNumber: "WIB-2026-000456",
  decisionDate: "2027-01-14",
  worker: { givenNames: "Thị Ánh", familyName: "Nguyễn", dateOfBirth: "1994-07-21", nationality: "VN" },
  employer: { name: "Brussels Lab SRL", addressLines: ["Rue de la Loi 50", "1040 Etterbeek"], enterpriseNumber: "0403170701" },
  category: "EU_BLUE_CARD",
} as const;

const expected: Record<Locale, { lastDay: string; moved: string; appeal: string; title: string; page: string }> = {
  nl: { lastDay: "4 januari 2027", moved: "verlengd tot de volgende werkdag", appeal: "een administratief beroep worden ingesteld bij de bevoegde minister van Werk", title: "Beslissing: de toelating tot arbeid wordt geweigerd", page: "Pagina 1 van 1" },
  fr: { lastDay: "4 janvier 2027", moved: "reporté au jour ouvrable suivant", appeal: "Un recours administratif peut être introduit contre cette décision auprès du ministre compétent pour l'Emploi", title: "Décision : l'autorisation de travail est refusée", page: "Page 1 sur 1" },
  de: { lastDay: "4. Januar 2027", moved: "bis zum nächsten Werktag", appeal: "Gegen diese Entscheidung kann eine Verwaltungsbeschwerde beim zuständigen Minister für Beschäftigung eingereicht werden.", title: "Entscheidung: die Arbeitserlaubnis wird verweigert", page: "Seite 1 von 1" },
  en: { lastDay: "4 January 2027", moved: "moves to the next working day", appeal: "An administrative appeal against this decision may be lodged with the competent minister for employment", title: "Decision: the authorisation to work is refused", page: "Page 1 of 1" },
};

describe("renderDecisionLetter", () => {
  for (const locale of locales) {
    it(`${locale}: prints the decision, its reasons and the appeal with its addressee, form and last day`, async () => {
      const { text, pages, info } = await readPdf(await renderDecisionLetter(workRefusal, locale));
      const want = expected[locale];
      expect(pages).toHaveLength(1);
      expect(text).toContain(want.title);
      expect(text).toContain("WIB-2026-000123");
      expect(text).toContain("Antwerp Data NV Meir 1 2000 Antwerpen");
      expect(text).toContain("Ravi Kumar");
      expect(text).toContain(workRefusal.motivation);
      expect(text).toContain(want.appeal);
      expect(text).toContain("Minister van Tewerkstelling Het Vlaamse Subsidieagentschap voor Werk en Sociale economie Dienst Arbeidsmigratie en Uitzendkantoren Koning Albert II-laan 35 bus 21 1030 Brussel");
      expect(text).toContain(want.lastDay);
      expect(text).toContain(want.moved);
      expect(text).toContain(want.page);
      expect(info.Title).toBe(`${want.title} — WIB-2026-000123`);
      expect(info.Author).toBe("Vlaamse overheid, Departement Werk en Sociale Economie");
      expect(info.Language).toMatch(new RegExp(`^${locale}`));
    });
  }

  it("writes the country, the category and every condition of the appeal in the reader's language", async () => {
    const { text } = await readPdf(await renderDecisionLetter(workRefusal, "fr"));
    expect(text).toContain("Inde");
    expect(text).toContain("Travailleur hautement qualifié");
    expect(text).toContain("par lettre recommandée; motivé; rédigé dans une des langues nationales");
    expect(text).toContain("l'employeur; le travailleur, s'il séjourne légalement en Belgique");
    expect(text).toContain("1 mois à compter de la notification de la présente décision");
  });

  it("continues a long motivation on a second page, to its last word", async () => {
    const paragraphs = Array.from({ length: 14 }, (_, index) => `Paragraph ${index + 1}. ${"The documents submitted do not show that the conditions are met. ".repeat(5)}`);
    const motivation = `${paragraphs.join("\n\n")}End of the reasons.`;
    const { pages } = await readPdf(await renderDecisionLetter({ ...workRefusal, motivation }, "en"));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain("Paragraph 1.");
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    const whole = pages.join(" ");
    for (let index = 1; index <= 14; index++) expect(whole).toContain(`Paragraph ${index}.`);
    expect(whole).toContain("End of the reasons.");
    // The appeal follows the reasons, on the last page.
    expect(pages.at(-1)).toContain("4 January 2027");
  });

  it("keeps a name with letters outside Latin-1 intact", async () => {
    const worker = { givenNames: "Şükrü Łukasz", familyName: "Őrsi-Nguyễn Thị Ánh", dateOfBirth: "1988-11-30", nationality: "TR" };
    const { text } = await readPdf(await renderDecisionLetter({ ...workRefusal, worker }, "de"));
    expect(text).toContain("Şükrü Łukasz Őrsi-Nguyễn Thị Ánh");
    expect(text).toContain("30. November 1988");
    expect(text).toContain("Türkei");
  });

  it("an inadmissibility the portal recorded says so, and names the Council of State", async () => {
    const { text } = await readPdf(
      await renderDecisionLetter(
        {
          ...workRefusal,
          decision: "INADMISSIBLE",
          recordedByPortal: true,
          category: null,
          appeal: { ...callAppeal, appealTo: "COUNCIL_OF_STATE", addressee: { name: "Raad van State", addressLines: ["Wetenschapsstraat 33", "1040 Brussel"] }, mayBeFiledBy: ["EMPLOYER"], length: { value: 60, unit: "DAYS" } },
        },
        "nl",
      ),
    );
    expect(text).toContain("Beslissing: de aanvraag is onontvankelijk");
    expect(text).toContain("Het portaal Working in Belgium heeft deze beslissing geregistreerd namens Vlaamse overheid");
    expect(text).toContain("een beroep tot nietigverklaring worden ingesteld bij de Raad van State");
    expect(text).toContain("Raad van State Wetenschapsstraat 33 1040 Brussel");
    expect(text).toContain("60 dagen na de kennisgeving");
    expect(text).toContain("15 februari 2027");
    // Conditions the input does not set are not printed, nor a move that did not happen.
    expect(text).not.toContain("per aangetekende brief");
    expect(text).not.toContain("volgende werkdag");
    expect(text).not.toContain("Categorie");
  });

  it("the residence refusal's cover letter names annex 48", async () => {
    const { text } = await readPdf(await renderDecisionLetter({ ...workRefusal, decision: "RESIDENCE_REFUSED", appeal: callAppeal }, "en"));
    expect(text).toContain("Decision: the combined permit is refused (annex 48)");
    expect(text).toContain("Enclosed: annex 48");
    expect(text).toContain("Council for Alien Law Litigation");
  });
});

describe("renderAnnex", () => {
  const annex46: AnnexInput = { ...annexCommon, annex: "46", afterGrant: { workerResidesInBelgium: false, diplomaticPost: "Hanoi (Vietnam)" } };

  for (const locale of locales) {
    it(`${locale}: annex 46 says it is the portal's rendition and names its legal basis`, async () => {
      const { text, info } = await readPdf(await renderAnnex(annex46, locale));
      expect(text).toContain({ nl: "Bijlage 46", fr: "Annexe 46", de: "Anlage 46", en: "Annex 46" }[locale]);
      expect(text).toContain({ nl: "weergave door het portaal Working in Belgium", fr: "reproduction, par le portail Working in Belgium", de: "Wiedergabe der Anlage 46", en: "Working in Belgium portal's rendition of annex 46" }[locale]);
      expect(text).toContain({ nl: "Wet van 15 december 1980", fr: "Loi du 15 décembre 1980", de: "Gesetz vom 15. Dezember 1980", en: "Law of 15 December 1980" }[locale]);
      expect(text).toContain("Thị Ánh Nguyễn");
      expect(text).toContain("Brussels Lab SRL");
      expect(text).toContain("0403170701");
      expect(text).toContain("Hanoi (Vietnam)");
      expect(info.Author).toBe("Dienst Vreemdelingenzaken");
      expect(info.Language).toMatch(new RegExp(`^${locale}`));
    });
  }

  it("annex 46 abroad: the visa D at the post, then the H card of a Blue Card and annex 49", async () => {
    const { text } = await readPdf(await renderAnnex(annex46, "en"));
    expect(text).toContain("grants the worker named above the combined permit");
    expect(text).toContain("Belgian diplomatic post in Hanoi (Vietnam), which issues a type D visa");
    expect(text).toContain("electronic residence card H");
    expect(text).toContain("annex 49");
    expect(text).not.toContain("8 working days");
  });

  it("annex 47 in Belgium: the term that passed, and registration at the municipality by its last day", async () => {
    const { text } = await readPdf(
      await renderAnnex(
        { ...annexCommon, category: "HIGHLY_SKILLED", annex: "47", decisionTermLastDay: "2027-01-12", afterGrant: { workerResidesInBelgium: true, registerAtMunicipalityBy: "2027-01-26" } },
        "nl",
      ),
    );
    expect(text).toContain("Attest: de gecombineerde vergunning wordt geacht te zijn toegekend");
    expect(text).toContain("die eindigde op 12 januari 2027");
    expect(text).toContain("binnen 8 werkdagen aan bij de gemeente waar hij verblijft, dus uiterlijk op 26 januari 2027");
    expect(text).toContain("verblijfskaart A");
    expect(text).not.toContain("visum type D");
  });

  it("annex 48: the reasons and the appeal to the Council for Alien Law Litigation, then cassation", async () => {
    const { text } = await readPdf(await renderAnnex({ ...annexCommon, annex: "48", motivation: "The worker poses a threat to public order.", appeal: callAppeal }, "fr"));
    expect(text).toContain("Décision de refus du permis unique");
    expect(text).toContain("The worker poses a threat to public order.");
    expect(text).toContain("Un recours en annulation peut être introduit contre cette décision auprès du Conseil du contentieux des étrangers");
    expect(text).toContain("Raad voor Vreemdelingenbetwistingen Gaucheretstraat 92-94 1030 Brussel");
    expect(text).toContain("30 jours à compter de la notification");
    expect(text).toContain("15 février 2027");
    expect(text).toContain("recours en cassation devant le Conseil d'État");
    expect(text).not.toContain("annexe 49");
  });
});
