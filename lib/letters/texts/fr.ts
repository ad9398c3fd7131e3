import type { LetterTexts } from "./letter-texts";

export const fr: LetterTexts = {
  languageTag: "fr-BE",
  registeredLetter: "Lettre recommandée",
  subject: "Objet",
  reference: "Notre référence",
  date: "Date",
  decisionDate: "Date de la décision",
  worker: "Travailleur",
  dateOfBirth: "Date de naissance",
  nationality: "Nationalité",
  category: "Catégorie",
  employer: "Employeur",
  enterpriseNumber: "Numéro d'entreprise",
  page: (page, pages) => `Page ${page} sur ${pages}`,

  salutation: "Madame, Monsieur,",
  closing: "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
  decisionTitle: {
    INADMISSIBLE: "Décision : la demande est irrecevable",
    WORK_PART_REFUSED: "Décision : l'autorisation de travail est refusée",
    RESIDENCE_REFUSED: "Décision : le permis unique est refusé (annexe 48)",
  },
  decisionStatement: (decision, authority, day) =>
    ({
      INADMISSIBLE: `Le ${day}, ${authority} a déclaré irrecevable la demande de permis unique pour le travailleur mentionné ci-dessus.`,
      WORK_PART_REFUSED: `Le ${day}, ${authority} a refusé l'autorisation de travail demandée pour le travailleur mentionné ci-dessus.`,
      RESIDENCE_REFUSED: `Le ${day}, ${authority} a refusé le permis unique demandé pour le travailleur mentionné ci-dessus.`,
    })[decision],
  recordedByPortal: (authority) =>
    `Les informations complémentaires demandées n'ont pas été fournies dans le délai de 15 jours. Le portail Working in Belgium a enregistré cette décision au nom de ${authority}.`,
  annex48Enclosed: "Annexe : l'annexe 48, la décision de refus du permis unique, qui est également notifiée au travailleur.",
  motivation: "Motifs de la décision",

  appealHeading: "Voies de recours",
  appealStatement: (type, body) =>
    `${{ ANNULMENT: "Un recours en annulation", ADMINISTRATIVE_APPEAL: "Un recours administratif" }[type]} peut être introduit contre cette décision auprès ${
      { COUNCIL_OF_STATE: "du Conseil d'État", REGIONAL_MINISTER_OF_EMPLOYMENT: "du ministre compétent pour l'Emploi", COUNCIL_FOR_ALIEN_LAW_LITIGATION: "du Conseil du contentieux des étrangers" }[body]
    }.`,
  sendTo: "À adresser à",
  form: "Forme",
  formItems: {
    registeredLetter: "par lettre recommandée",
    motivated: "motivé",
    inANationalLanguage: "rédigé dans une des langues nationales (français, néerlandais ou allemand)",
  },
  mayBeFiledBy: "Qui peut l'introduire",
  appellants: { EMPLOYER: "l'employeur", WORKER: "le travailleur", WORKER_IF_LEGALLY_RESIDENT: "le travailleur, s'il séjourne légalement en Belgique", ANY_PARTY_WITH_AN_INTEREST: "toute partie intéressée" },
  term: "Délai",
  termLength: (value, unit) => `${value} ${unit === "DAYS" ? (value === 1 ? "jour" : "jours") : "mois"} à compter de la notification de la présente décision`,
  lastDay: "Dernier jour pour l'introduire",
  lastDayMoved: "Le délai expirant un samedi, un dimanche ou un jour férié légal, il est reporté au jour ouvrable suivant.",

  annexTitle: (annex) => `Annexe ${annex}`,
  annexSubtitle: {
    "46": "Décision d'octroi du permis unique",
    "47": "Attestation : le permis unique est réputé accordé",
    "48": "Décision de refus du permis unique",
  },
  legalBasis: "Base légale",
  legalBasisText: (annex) =>
    `Loi du 15 décembre 1980 sur l'accès au territoire, le séjour, l'établissement et l'éloignement des étrangers (loi sur les étrangers) ; arrêté royal du 8 octobre 1981 sur l'accès au territoire, le séjour, l'établissement et l'éloignement des étrangers, annexe ${annex}.`,
  rendition: (annex) =>
    `Ce document est la reproduction, par le portail Working in Belgium, de l'annexe ${annex} de l'arrêté royal du 8 octobre 1981, établie à partir de la décision enregistrée dans le portail.`,
  grantStatement: (authority) =>
    `${authority} accorde au travailleur mentionné ci-dessus le permis unique : l'autorisation de séjourner en Belgique plus de trois mois et de travailler pour l'employeur mentionné ci-dessus, dans la catégorie indiquée.`,
  deemedGrantStatement: (authority, termLastDay) =>
    `Aucune décision n'a été prise dans le délai, qui a expiré le ${termLastDay}. L'autorisation de séjour et l'autorisation de travail sont dès lors réputées accordées, et ${authority} délivre le permis unique au moyen de la présente attestation.`,
  refusalStatement: (authority) => `${authority} refuse le permis unique demandé pour le travailleur mentionné ci-dessus, pour les motifs exposés ci-dessous.`,
  nextSteps: "Et ensuite ?",
  nextAbroad: (post) =>
    `Le travailleur se présente avec la présente annexe au poste diplomatique belge à ${post}, qui délivre un visa de type D. Après son arrivée en Belgique, le travailleur se présente à la commune où il réside.`,
  nextInBelgium: (day) => `Le travailleur se présente avec la présente annexe à la commune où il réside dans les 8 jours ouvrables, soit au plus tard le ${day}.`,
  residenceCard: (card) =>
    `La commune délivre le permis unique sous la forme d'une carte de séjour électronique ${card}. Dans l'attente, elle remet au travailleur une annexe 49, qui lui permet de travailler.`,
  cassation: "Un arrêt du Conseil du contentieux des étrangers peut ensuite faire l'objet d'un recours en cassation devant le Conseil d'État.",
};
