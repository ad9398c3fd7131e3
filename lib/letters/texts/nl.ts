import type { LetterTexts } from "./letter-texts";

export const nl: LetterTexts = {
  languageTag: "nl-BE",
  registeredLetter: "Aangetekende brief",
  subject: "Betreft",
  reference: "Onze referentie",
  date: "Datum",
  decisionDate: "Datum van de beslissing",
  worker: "Werknemer",
  dateOfBirth: "Geboortedatum",
  nationality: "Nationaliteit",
  category: "Categorie",
  employer: "Werkgever",
  enterpriseNumber: "Ondernemingsnummer",
  page: (page, pages) => `Pagina ${page} van ${pages}`,

  salutation: "Geachte mevrouw, geachte heer,",
  closing: "Met vriendelijke groeten,",
  decisionTitle: {
    INADMISSIBLE: "Beslissing: de aanvraag is onontvankelijk",
    WORK_PART_REFUSED: "Beslissing: de toelating tot arbeid wordt geweigerd",
    RESIDENCE_REFUSED: "Beslissing: de gecombineerde vergunning wordt geweigerd (bijlage 48)",
  },
  decisionStatement: (decision, authority, day) =>
    ({
      INADMISSIBLE: `Op ${day} heeft ${authority} de aanvraag voor een gecombineerde vergunning voor de hierboven vermelde werknemer onontvankelijk verklaard.`,
      WORK_PART_REFUSED: `Op ${day} heeft ${authority} de toelating tot arbeid geweigerd die voor de hierboven vermelde werknemer werd aangevraagd.`,
      RESIDENCE_REFUSED: `Op ${day} heeft ${authority} de gecombineerde vergunning geweigerd die voor de hierboven vermelde werknemer werd aangevraagd.`,
    })[decision],
  recordedByPortal: (authority) =>
    `De gevraagde aanvullende inlichtingen werden niet binnen de termijn van 15 dagen bezorgd. Het portaal Working in Belgium heeft deze beslissing geregistreerd namens ${authority}.`,
  annex48Enclosed: "Bijlage: bijlage 48, de beslissing tot weigering van de gecombineerde vergunning, die ook aan de werknemer wordt betekend.",
  motivation: "Motivering van de beslissing",

  appealHeading: "Beroepsmogelijkheden",
  appealStatement: (type, body) =>
    `Tegen deze beslissing kan ${{ ANNULMENT: "een beroep tot nietigverklaring", ADMINISTRATIVE_APPEAL: "een administratief beroep" }[type]} worden ingesteld bij ${
      { COUNCIL_OF_STATE: "de Raad van State", REGIONAL_MINISTER_OF_EMPLOYMENT: "de bevoegde minister van Werk", COUNCIL_FOR_ALIEN_LAW_LITIGATION: "de Raad voor Vreemdelingenbetwistingen" }[body]
    }.`,
  sendTo: "Te richten aan",
  form: "Vorm",
  formItems: {
    registeredLetter: "per aangetekende brief",
    motivated: "gemotiveerd",
    inANationalLanguage: "opgesteld in een van de landstalen (Nederlands, Frans of Duits)",
  },
  mayBeFiledBy: "Wie kan het instellen",
  appellants: { EMPLOYER: "de werkgever", WORKER: "de werknemer", WORKER_IF_LEGALLY_RESIDENT: "de werknemer, als hij wettig in België verblijft", ANY_PARTY_WITH_AN_INTEREST: "iedere belanghebbende" },
  term: "Termijn",
  termLength: (value, unit) =>
    `${value} ${unit === "DAYS" ? (value === 1 ? "dag" : "dagen") : value === 1 ? "maand" : "maanden"} na de kennisgeving van deze beslissing`,
  lastDay: "Laatste dag om het in te stellen",
  lastDayMoved: "De termijn eindigt op een zaterdag, zondag of wettelijke feestdag en wordt daarom verlengd tot de volgende werkdag.",

  annexTitle: (annex) => `Bijlage ${annex}`,
  annexSubtitle: {
    "46": "Beslissing tot toekenning van de gecombineerde vergunning",
    "47": "Attest: de gecombineerde vergunning wordt geacht te zijn toegekend",
    "48": "Beslissing tot weigering van de gecombineerde vergunning",
  },
  legalBasis: "Rechtsgrond",
  legalBasisText: (annex) =>
    `Wet van 15 december 1980 betreffende de toegang tot het grondgebied, het verblijf, de vestiging en de verwijdering van vreemdelingen (Vreemdelingenwet); koninklijk besluit van 8 oktober 1981 betreffende de toegang tot het grondgebied, het verblijf, de vestiging en de verwijdering van vreemdelingen, bijlage ${annex}.`,
  rendition: (annex) =>
    `Dit document is de weergave door het portaal Working in Belgium van bijlage ${annex} bij het koninklijk besluit van 8 oktober 1981, opgemaakt op basis van de beslissing die in het portaal is geregistreerd.`,
  grantStatement: (authority) =>
    `${authority} kent de hierboven vermelde werknemer de gecombineerde vergunning toe: de machtiging om langer dan drie maanden in België te verblijven en de toelating om te werken voor de hierboven vermelde werkgever, in de vermelde categorie.`,
  deemedGrantStatement: (authority, termLastDay) =>
    `Binnen de beslissingstermijn, die eindigde op ${termLastDay}, werd geen beslissing genomen. De machtiging tot verblijf en de toelating tot arbeid worden daarom geacht te zijn toegekend, en ${authority} levert de gecombineerde vergunning af met dit attest.`,
  refusalStatement: (authority) => `${authority} weigert de gecombineerde vergunning die voor de hierboven vermelde werknemer werd aangevraagd, om de hieronder vermelde redenen.`,
  nextSteps: "Wat nu?",
  nextAbroad: (post) =>
    `De werknemer meldt zich met deze bijlage aan bij de Belgische diplomatieke post in ${post}, die een visum type D aflevert. Na aankomst in België meldt de werknemer zich aan bij de gemeente waar hij verblijft.`,
  nextInBelgium: (day) => `De werknemer meldt zich met deze bijlage binnen 8 werkdagen aan bij de gemeente waar hij verblijft, dus uiterlijk op ${day}.`,
  residenceCard: (card) =>
    `De gemeente levert de gecombineerde vergunning af in de vorm van een elektronische verblijfskaart ${card}. In afwachting daarvan krijgt de werknemer van de gemeente een bijlage 49, waarmee hij mag werken.`,
  cassation: "Tegen een arrest van de Raad voor Vreemdelingenbetwistingen kan vervolgens cassatieberoep worden ingesteld bij de Raad van State.",
};
