import type { LetterTexts } from "./letter-texts";

export const en: LetterTexts = {
  languageTag: "en",
  registeredLetter: "Registered letter",
  subject: "Subject",
  reference: "Our reference",
  date: "Date",
  decisionDate: "Date of the decision",
  worker: "Worker",
  dateOfBirth: "Date of birth",
  nationality: "Nationality",
  category: "Category",
  employer: "Employer",
  enterpriseNumber: "Enterprise number",
  page: (page, pages) => `Page ${page} of ${pages}`,

  salutation: "Dear Sir or Madam,",
  closing: "Yours faithfully,",
  decisionTitle: {
    INADMISSIBLE: "Decision: the application is inadmissible",
    WORK_PART_REFUSED: "Decision: the authorisation to work is refused",
    RESIDENCE_REFUSED: "Decision: the combined permit is refused (annex 48)",
  },
  decisionStatement: (decision, authority, day) =>
    ({
      INADMISSIBLE: `On ${day}, ${authority} declared the application for a combined permit for the worker named above inadmissible.`,
      WORK_PART_REFUSED: `On ${day}, ${authority} refused the authorisation to work applied for the worker named above.`,
      RESIDENCE_REFUSED: `On ${day}, ${authority} refused the combined permit applied for the worker named above.`,
    })[decision],
  recordedByPortal: (authority) =>
    `The additional information requested was not provided within the term of 15 days. The Working in Belgium portal recorded this decision on behalf of ${authority}.`,
  annex48Enclosed: "Enclosed: annex 48, the decision refusing the combined permit, which is also sent to the worker.",
  motivation: "Reasons for the decision",

  appealHeading: "How to appeal",
  appealStatement: (type, body) =>
    `${{ ANNULMENT: "An appeal for annulment", ADMINISTRATIVE_APPEAL: "An administrative appeal" }[type]} against this decision may be lodged with ${
      { COUNCIL_OF_STATE: "the Council of State", REGIONAL_MINISTER_OF_EMPLOYMENT: "the competent minister for employment", COUNCIL_FOR_ALIEN_LAW_LITIGATION: "the Council for Alien Law Litigation" }[body]
    }.`,
  sendTo: "Send it to",
  form: "Form",
  formItems: {
    registeredLetter: "by registered letter",
    motivated: "stating the reasons for the appeal",
    inANationalLanguage: "in one of Belgium's national languages (Dutch, French or German)",
  },
  mayBeFiledBy: "Who may lodge it",
  appellants: { EMPLOYER: "the employer", WORKER: "the worker", WORKER_IF_LEGALLY_RESIDENT: "the worker, if legally resident in Belgium", ANY_PARTY_WITH_AN_INTEREST: "any party with an interest" },
  term: "Term",
  termLength: (value, unit) =>
    `${value} ${unit === "DAYS" ? (value === 1 ? "day" : "days") : value === 1 ? "month" : "months"} from the notification of this decision`,
  lastDay: "Last day to lodge it",
  lastDayMoved: "The term ends on a Saturday, Sunday or public holiday, so it moves to the next working day.",

  annexTitle: (annex) => `Annex ${annex}`,
  annexSubtitle: {
    "46": "Decision granting the combined permit",
    "47": "Certificate: the combined permit is deemed granted",
    "48": "Decision refusing the combined permit",
  },
  legalBasis: "Legal basis",
  legalBasisText: (annex) =>
    `Law of 15 December 1980 on access to the territory, residence, settlement and removal of foreign nationals (Aliens Act); Royal Decree of 8 October 1981 on access to the territory, residence, settlement and removal of foreign nationals, annex ${annex}.`,
  rendition: (annex) =>
    `This document is the Working in Belgium portal's rendition of annex ${annex} to the Royal Decree of 8 October 1981, drawn up from the decision recorded in the portal.`,
  grantStatement: (authority) =>
    `${authority} grants the worker named above the combined permit: the authorisation to stay in Belgium for more than three months and to work for the employer named above, in the category stated.`,
  deemedGrantStatement: (authority, termLastDay) =>
    `No decision was taken within the decision term, which ended on ${termLastDay}. The authorisation to stay and the authorisation to work are therefore deemed granted, and ${authority} delivers the combined permit with this certificate.`,
  refusalStatement: (authority) => `${authority} refuses the combined permit applied for the worker named above, for the reasons below.`,
  nextSteps: "What happens next",
  nextAbroad: (post) =>
    `The worker takes this annex to the Belgian diplomatic post in ${post}, which issues a type D visa. After arriving in Belgium, the worker reports to the municipality where they live.`,
  nextInBelgium: (day) => `The worker takes this annex to the municipality where they live within 8 working days, that is by ${day} at the latest.`,
  residenceCard: (card) =>
    `The municipality delivers the combined permit as an electronic residence card ${card}. Until then, it gives the worker an annex 49, with which the worker may work.`,
  cassation: "A judgment of the Council for Alien Law Litigation may in turn be challenged by an appeal in cassation before the Council of State.",
};
