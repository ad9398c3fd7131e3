import type { LetterTexts } from "./letter-texts";

export const de: LetterTexts = {
  languageTag: "de-BE",
  registeredLetter: "Einschreiben",
  subject: "Betreff",
  reference: "Unser Aktenzeichen",
  date: "Datum",
  decisionDate: "Datum der Entscheidung",
  worker: "Arbeitnehmer",
  dateOfBirth: "Geburtsdatum",
  nationality: "Staatsangehörigkeit",
  category: "Kategorie",
  employer: "Arbeitgeber",
  enterpriseNumber: "Unternehmensnummer",
  page: (page, pages) => `Seite ${page} von ${pages}`,

  salutation: "Sehr geehrte Damen und Herren,",
  closing: "Mit freundlichen Grüßen",
  decisionTitle: {
    INADMISSIBLE: "Entscheidung: der Antrag ist unzulässig",
    WORK_PART_REFUSED: "Entscheidung: die Arbeitserlaubnis wird verweigert",
    RESIDENCE_REFUSED: "Entscheidung: die kombinierte Erlaubnis wird verweigert (Anlage 48)",
  },
  decisionStatement: (decision, authority, day) =>
    ({
      INADMISSIBLE: `Am ${day} hat ${authority} den Antrag auf eine kombinierte Erlaubnis für den oben genannten Arbeitnehmer für unzulässig erklärt.`,
      WORK_PART_REFUSED: `Am ${day} hat ${authority} die für den oben genannten Arbeitnehmer beantragte Arbeitserlaubnis verweigert.`,
      RESIDENCE_REFUSED: `Am ${day} hat ${authority} die für den oben genannten Arbeitnehmer beantragte kombinierte Erlaubnis verweigert.`,
    })[decision],
  recordedByPortal: (authority) =>
    `Die angeforderten zusätzlichen Auskünfte wurden nicht innerhalb der Frist von 15 Tagen übermittelt. Das Portal Working in Belgium hat diese Entscheidung im Namen von ${authority} erfasst.`,
  annex48Enclosed: "Anlage: Anlage 48, die Entscheidung über die Verweigerung der kombinierten Erlaubnis, die auch dem Arbeitnehmer zugestellt wird.",
  motivation: "Begründung der Entscheidung",

  appealHeading: "Rechtsbehelfe",
  appealStatement: (type, body) =>
    `Gegen diese Entscheidung kann ${{ ANNULMENT: "eine Nichtigkeitsklage", ADMINISTRATIVE_APPEAL: "eine Verwaltungsbeschwerde" }[type]} ${
      { COUNCIL_OF_STATE: "beim Staatsrat", REGIONAL_MINISTER_OF_EMPLOYMENT: "beim zuständigen Minister für Beschäftigung", COUNCIL_FOR_ALIEN_LAW_LITIGATION: "beim Rat für Ausländerstreitsachen" }[body]
    } eingereicht werden.`,
  sendTo: "Zu richten an",
  form: "Form",
  formItems: {
    registeredLetter: "per Einschreiben",
    motivated: "mit Begründung",
    inANationalLanguage: "in einer der Landessprachen (Deutsch, Französisch oder Niederländisch)",
  },
  mayBeFiledBy: "Wer sie einreichen kann",
  appellants: { EMPLOYER: "der Arbeitgeber", WORKER: "der Arbeitnehmer", WORKER_IF_LEGALLY_RESIDENT: "der Arbeitnehmer, wenn er sich rechtmäßig in Belgien aufhält", ANY_PARTY_WITH_AN_INTEREST: "jede Partei mit einem Interesse" },
  term: "Frist",
  termLength: (value, unit) =>
    `${value} ${unit === "DAYS" ? (value === 1 ? "Tag" : "Tage") : value === 1 ? "Monat" : "Monate"} ab der Zustellung dieser Entscheidung`,
  lastDay: "Letzter Tag für die Einreichung",
  lastDayMoved: "Die Frist endet an einem Samstag, Sonntag oder gesetzlichen Feiertag und verlängert sich daher bis zum nächsten Werktag.",

  annexTitle: (annex) => `Anlage ${annex}`,
  annexSubtitle: {
    "46": "Entscheidung über die Erteilung der kombinierten Erlaubnis",
    "47": "Bescheinigung: die kombinierte Erlaubnis gilt als erteilt",
    "48": "Entscheidung über die Verweigerung der kombinierten Erlaubnis",
  },
  legalBasis: "Rechtsgrundlage",
  legalBasisText: (annex) =>
    `Gesetz vom 15. Dezember 1980 über die Einreise ins Staatsgebiet, den Aufenthalt, die Niederlassung und das Entfernen von Ausländern (Ausländergesetz); Königlicher Erlass vom 8. Oktober 1981 über die Einreise ins Staatsgebiet, den Aufenthalt, die Niederlassung und das Entfernen von Ausländern, Anlage ${annex}.`,
  rendition: (annex) =>
    `Dieses Dokument ist die Wiedergabe der Anlage ${annex} zum Königlichen Erlass vom 8. Oktober 1981 durch das Portal Working in Belgium, erstellt aus der im Portal erfassten Entscheidung.`,
  grantStatement: (authority) =>
    `${authority} erteilt dem oben genannten Arbeitnehmer die kombinierte Erlaubnis: die Erlaubnis, sich länger als drei Monate in Belgien aufzuhalten und für den oben genannten Arbeitgeber in der angegebenen Kategorie zu arbeiten.`,
  deemedGrantStatement: (authority, termLastDay) =>
    `Innerhalb der Entscheidungsfrist, die am ${termLastDay} endete, wurde keine Entscheidung getroffen. Die Aufenthaltserlaubnis und die Arbeitserlaubnis gelten daher als erteilt, und ${authority} stellt die kombinierte Erlaubnis mit dieser Bescheinigung aus.`,
  refusalStatement: (authority) => `${authority} verweigert die für den oben genannten Arbeitnehmer beantragte kombinierte Erlaubnis aus den nachstehenden Gründen.`,
  nextSteps: "Wie geht es weiter?",
  nextAbroad: (post) =>
    `Der Arbeitnehmer meldet sich mit dieser Anlage bei der belgischen diplomatischen Vertretung in ${post}, die ein Visum Typ D ausstellt. Nach der Ankunft in Belgien meldet sich der Arbeitnehmer bei der Gemeinde seines Wohnorts.`,
  nextInBelgium: (day) => `Der Arbeitnehmer meldet sich mit dieser Anlage innerhalb von 8 Werktagen bei der Gemeinde seines Wohnorts, also spätestens am ${day}.`,
  residenceCard: (card) =>
    `Die Gemeinde stellt die kombinierte Erlaubnis als elektronische Aufenthaltskarte ${card} aus. Bis dahin erhält der Arbeitnehmer von der Gemeinde eine Anlage 49, mit der er arbeiten darf.`,
  cassation: "Gegen ein Urteil des Rates für Ausländerstreitsachen kann anschließend Kassationsbeschwerde beim Staatsrat eingelegt werden.",
};
