import { z } from "@/lib/forms/zod";
import { isRealDay } from "@/lib/dates";
import { Region } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import deRouting from "@/messages/de/routing.json";
import enRouting from "@/messages/en/routing.json";
import frRouting from "@/messages/fr/routing.json";
import nlRouting from "@/messages/nl/routing.json";

// Every e-mail the portal sends: its payload (parsed whenever it is read, never cast) and its subject
// and plain-text body in the recipient's language. A mail about a dossier carries only the reference,
// the worker's name and what its topic needs, plus a link to the dossier: never a document or other
// personal data. A mail about an account (an address to verify, an invitation) has no dossier: it
// carries the secret link its topic is for, and nothing else of the account.

const day = z.string().refine(isRealDay, "a day as YYYY-MM-DD");
const text = z.string().trim().min(1);
const about = { referenceNumber: text, workerName: text };

export const topicPayloadSchemas = {
  "application.submitted": z.object({ ...about, region: z.enum(Region) }),
  "application.stopped": z.object({ ...about, howStopped: z.enum(["CANCELLATION", "WITHDRAWAL"]) }),
  "information.requested": z.object({ ...about, dueOn: day, message: text }),
  "information.reminder": z.object({ ...about, dueOn: day, message: text }),
  "application.admissible": z.object(about),
  "application.inadmissible": z.object({ ...about, appealLastDay: day }),
  "work-part.granted": z.object(about),
  "work-part.refused": z.object({ ...about, appealLastDay: day }),
  "decision-term.extended": z.object({ ...about, until: day, reason: text }),
  "residence.granted": z.object({ ...about, annex: z.literal("46") }),
  "residence.deemed-granted": z.object({ ...about, annex: z.literal("47") }),
  "residence.refused": z.object({ ...about, annex: z.literal("48"), appealLastDay: day }),
  "inbox.new-message": z.object({ ...about, subject: text }),
  "account.verify-email": z.object({ name: text, token: text }),
  "account.sign-up-address-in-use": z.object({}),
  "member.invited": z.object({ organisationName: text, invitedByName: text, role: z.enum(["USER", "ADMINISTRATOR"]), token: text }),
  "mandate.proposed": z.object({ employerName: text, mandataryName: text, validFrom: day, validUntil: day.nullable() }),
  "mandate.accepted": z.object({ employerName: text, mandataryName: text, validFrom: day, validUntil: day.nullable() }),
  "mandate.ended": z.object({ employerName: text, mandataryName: text, endedByName: text, wasAccepted: z.boolean() }),
} as const;

/** How long the links of the account mails work; the mails say so (lib/organisations). */
export const EMAIL_VERIFICATION_HOURS = 48;
export const INVITATION_DAYS = 7;

export type NotificationTopic = keyof typeof topicPayloadSchemas;
export const notificationTopics = Object.keys(topicPayloadSchemas) as NotificationTopic[];
export type TopicPayload<T extends NotificationTopic> = z.infer<(typeof topicPayloadSchemas)[T]>;

export function isNotificationTopic(value: string): value is NotificationTopic {
  return Object.hasOwn(topicPayloadSchemas, value);
}

/** What a template gets: the parsed payload, days already written out in the recipient's language. */
interface Render<P> {
  p: P;
  date: (day: string) => string;
  region: (region: Region) => string;
  /** An absolute link to a page of the portal in the recipient's language: `link("/sign-in")`. */
  link: (path: string) => string;
}
type Template<T extends NotificationTopic> = (r: Render<TopicPayload<T>>) => { subject: string; body: string };
type Templates = { [T in NotificationTopic]: Record<Locale, Template<T>> };

const templates: Templates = {
  "application.submitted": {
    nl: ({ p, region }) => ({
      subject: `Aanvraag ${p.referenceNumber} ingediend`,
      body: `De aanvraag voor een gecombineerde vergunning ${p.referenceNumber} voor ${p.workerName} is ingediend. Ze wordt behandeld door het ${region(p.region)}.`,
    }),
    fr: ({ p, region }) => ({
      subject: `Demande ${p.referenceNumber} introduite`,
      body: `La demande de permis unique ${p.referenceNumber} pour ${p.workerName} a été introduite. Elle est traitée par : ${region(p.region)}.`,
    }),
    de: ({ p, region }) => ({
      subject: `Antrag ${p.referenceNumber} eingereicht`,
      body: `Der Antrag auf kombinierte Erlaubnis ${p.referenceNumber} für ${p.workerName} wurde eingereicht. Er wird bearbeitet von: ${region(p.region)}.`,
    }),
    en: ({ p, region }) => ({
      subject: `Application ${p.referenceNumber} submitted`,
      body: `The combined-permit application ${p.referenceNumber} for ${p.workerName} has been submitted. It is handled by the ${region(p.region)}.`,
    }),
  },
  "application.stopped": {
    nl: ({ p }) => ({
      subject: `Aanvraag ${p.referenceNumber} stopgezet`,
      body: `De aanvraag ${p.referenceNumber} voor ${p.workerName} is stopgezet na ${p.howStopped === "CANCELLATION" ? "een verzoek tot annulering" : "een verzoek tot intrekking"}.`,
    }),
    fr: ({ p }) => ({
      subject: `Demande ${p.referenceNumber} arrêtée`,
      body: `La demande ${p.referenceNumber} pour ${p.workerName} a été arrêtée à la suite ${p.howStopped === "CANCELLATION" ? "d'une demande d'annulation" : "d'une demande de retrait"}.`,
    }),
    de: ({ p }) => ({
      subject: `Antrag ${p.referenceNumber} beendet`,
      body: `Der Antrag ${p.referenceNumber} für ${p.workerName} wurde nach ${p.howStopped === "CANCELLATION" ? "einem Antrag auf Annullierung" : "einer Rücknahme"} beendet.`,
    }),
    en: ({ p }) => ({
      subject: `Application ${p.referenceNumber} stopped`,
      body: `The application ${p.referenceNumber} for ${p.workerName} has been stopped following ${p.howStopped === "CANCELLATION" ? "a cancellation request" : "a withdrawal request"}.`,
    }),
  },
  "information.requested": {
    nl: ({ p, date }) => ({
      subject: `Aanvraag ${p.referenceNumber}: bijkomende informatie gevraagd`,
      body: `Voor de aanvraag ${p.referenceNumber} voor ${p.workerName} vraagt de bevoegde dienst bijkomende informatie:\n\n${p.message}\n\nAntwoord via het portaal uiterlijk op ${date(p.dueOn)}. Zonder antwoord wordt de aanvraag onontvankelijk verklaard.`,
    }),
    fr: ({ p, date }) => ({
      subject: `Demande ${p.referenceNumber} : informations complémentaires demandées`,
      body: `Pour la demande ${p.referenceNumber} pour ${p.workerName}, le service compétent demande des informations complémentaires :\n\n${p.message}\n\nRépondez via le portail au plus tard le ${date(p.dueOn)}. Sans réponse, la demande sera déclarée irrecevable.`,
    }),
    de: ({ p, date }) => ({
      subject: `Antrag ${p.referenceNumber}: zusätzliche Informationen angefordert`,
      body: `Für den Antrag ${p.referenceNumber} für ${p.workerName} fordert die zuständige Dienststelle zusätzliche Informationen an:\n\n${p.message}\n\nAntworten Sie über das Portal spätestens am ${date(p.dueOn)}. Ohne Antwort wird der Antrag für unzulässig erklärt.`,
    }),
    en: ({ p, date }) => ({
      subject: `Application ${p.referenceNumber}: additional information requested`,
      body: `For the application ${p.referenceNumber} for ${p.workerName}, the competent service asks for additional information:\n\n${p.message}\n\nAnswer through the portal by ${date(p.dueOn)} at the latest. Without an answer the application will be declared inadmissible.`,
    }),
  },
  "information.reminder": {
    nl: ({ p, date }) => ({
      subject: `Herinnering: aanvraag ${p.referenceNumber}, antwoord uiterlijk op ${date(p.dueOn)}`,
      body: `De bijkomende informatie voor de aanvraag ${p.referenceNumber} voor ${p.workerName} is nog niet bezorgd:\n\n${p.message}\n\nAntwoord via het portaal uiterlijk op ${date(p.dueOn)}. Zonder antwoord wordt de aanvraag onontvankelijk verklaard.`,
    }),
    fr: ({ p, date }) => ({
      subject: `Rappel : demande ${p.referenceNumber}, réponse au plus tard le ${date(p.dueOn)}`,
      body: `Les informations complémentaires pour la demande ${p.referenceNumber} pour ${p.workerName} n'ont pas encore été fournies :\n\n${p.message}\n\nRépondez via le portail au plus tard le ${date(p.dueOn)}. Sans réponse, la demande sera déclarée irrecevable.`,
    }),
    de: ({ p, date }) => ({
      subject: `Erinnerung: Antrag ${p.referenceNumber}, Antwort spätestens am ${date(p.dueOn)}`,
      body: `Die zusätzlichen Informationen für den Antrag ${p.referenceNumber} für ${p.workerName} liegen noch nicht vor:\n\n${p.message}\n\nAntworten Sie über das Portal spätestens am ${date(p.dueOn)}. Ohne Antwort wird der Antrag für unzulässig erklärt.`,
    }),
    en: ({ p, date }) => ({
      subject: `Reminder: application ${p.referenceNumber}, answer by ${date(p.dueOn)}`,
      body: `The additional information for the application ${p.referenceNumber} for ${p.workerName} has not been provided yet:\n\n${p.message}\n\nAnswer through the portal by ${date(p.dueOn)} at the latest. Without an answer the application will be declared inadmissible.`,
    }),
  },
  "application.admissible": {
    nl: ({ p }) => ({
      subject: `Aanvraag ${p.referenceNumber} ontvankelijk`,
      body: `De aanvraag ${p.referenceNumber} voor ${p.workerName} is ontvankelijk verklaard. De bevoegde dienst beslist nu over de arbeidskaart.`,
    }),
    fr: ({ p }) => ({
      subject: `Demande ${p.referenceNumber} recevable`,
      body: `La demande ${p.referenceNumber} pour ${p.workerName} a été déclarée recevable. Le service compétent statue maintenant sur le volet travail.`,
    }),
    de: ({ p }) => ({
      subject: `Antrag ${p.referenceNumber} zulässig`,
      body: `Der Antrag ${p.referenceNumber} für ${p.workerName} wurde für zulässig erklärt. Die zuständige Dienststelle entscheidet nun über den Arbeitsteil.`,
    }),
    en: ({ p }) => ({
      subject: `Application ${p.referenceNumber} admissible`,
      body: `The application ${p.referenceNumber} for ${p.workerName} has been declared admissible. The competent service now decides on the work part.`,
    }),
  },
  "application.inadmissible": {
    nl: ({ p, date }) => ({
      subject: `Aanvraag ${p.referenceNumber} onontvankelijk`,
      body: `De aanvraag ${p.referenceNumber} voor ${p.workerName} is onontvankelijk verklaard. De beslissing en de mogelijkheden om beroep in te stellen staan in het portaal. Beroep kan tot en met ${date(p.appealLastDay)}.`,
    }),
    fr: ({ p, date }) => ({
      subject: `Demande ${p.referenceNumber} irrecevable`,
      body: `La demande ${p.referenceNumber} pour ${p.workerName} a été déclarée irrecevable. La décision et les voies de recours figurent dans le portail. Un recours est possible jusqu'au ${date(p.appealLastDay)} inclus.`,
    }),
    de: ({ p, date }) => ({
      subject: `Antrag ${p.referenceNumber} unzulässig`,
      body: `Der Antrag ${p.referenceNumber} für ${p.workerName} wurde für unzulässig erklärt. Die Entscheidung und die Rechtsmittel finden Sie im Portal. Ein Widerspruch ist bis einschließlich ${date(p.appealLastDay)} möglich.`,
    }),
    en: ({ p, date }) => ({
      subject: `Application ${p.referenceNumber} inadmissible`,
      body: `The application ${p.referenceNumber} for ${p.workerName} has been declared inadmissible. The decision and how to appeal are in the portal. An appeal can be filed until ${date(p.appealLastDay)} inclusive.`,
    }),
  },
  "work-part.granted": {
    nl: ({ p }) => ({
      subject: `Aanvraag ${p.referenceNumber}: arbeidskaart toegekend`,
      body: `Voor de aanvraag ${p.referenceNumber} voor ${p.workerName} is de toelating tot arbeid toegekend. De Dienst Vreemdelingenzaken beslist nu over het verblijf.`,
    }),
    fr: ({ p }) => ({
      subject: `Demande ${p.referenceNumber} : volet travail accordé`,
      body: `Pour la demande ${p.referenceNumber} pour ${p.workerName}, l'autorisation de travail a été accordée. L'Office des étrangers statue maintenant sur le séjour.`,
    }),
    de: ({ p }) => ({
      subject: `Antrag ${p.referenceNumber}: Arbeitsteil bewilligt`,
      body: `Für den Antrag ${p.referenceNumber} für ${p.workerName} wurde die Arbeitserlaubnis bewilligt. Das Ausländeramt entscheidet nun über den Aufenthalt.`,
    }),
    en: ({ p }) => ({
      subject: `Application ${p.referenceNumber}: work part granted`,
      body: `For the application ${p.referenceNumber} for ${p.workerName}, the work part has been granted. The Immigration Office now decides on residence.`,
    }),
  },
  "work-part.refused": {
    nl: ({ p, date }) => ({
      subject: `Aanvraag ${p.referenceNumber}: arbeidskaart geweigerd`,
      body: `Voor de aanvraag ${p.referenceNumber} voor ${p.workerName} is de toelating tot arbeid geweigerd. De gemotiveerde beslissing en de mogelijkheden om beroep in te stellen staan in het portaal. Beroep kan tot en met ${date(p.appealLastDay)}.`,
    }),
    fr: ({ p, date }) => ({
      subject: `Demande ${p.referenceNumber} : volet travail refusé`,
      body: `Pour la demande ${p.referenceNumber} pour ${p.workerName}, l'autorisation de travail a été refusée. La décision motivée et les voies de recours figurent dans le portail. Un recours est possible jusqu'au ${date(p.appealLastDay)} inclus.`,
    }),
    de: ({ p, date }) => ({
      subject: `Antrag ${p.referenceNumber}: Arbeitsteil abgelehnt`,
      body: `Für den Antrag ${p.referenceNumber} für ${p.workerName} wurde die Arbeitserlaubnis abgelehnt. Die begründete Entscheidung und die Rechtsmittel finden Sie im Portal. Ein Widerspruch ist bis einschließlich ${date(p.appealLastDay)} möglich.`,
    }),
    en: ({ p, date }) => ({
      subject: `Application ${p.referenceNumber}: work part refused`,
      body: `For the application ${p.referenceNumber} for ${p.workerName}, the work part has been refused. The motivated decision and how to appeal are in the portal. An appeal can be filed until ${date(p.appealLastDay)} inclusive.`,
    }),
  },
  "decision-term.extended": {
    nl: ({ p, date }) => ({
      subject: `Aanvraag ${p.referenceNumber}: beslissingstermijn verlengd`,
      body: `De termijn om te beslissen over de aanvraag ${p.referenceNumber} voor ${p.workerName} is verlengd tot ${date(p.until)}.\n\nReden: ${p.reason}`,
    }),
    fr: ({ p, date }) => ({
      subject: `Demande ${p.referenceNumber} : délai de décision prolongé`,
      body: `Le délai de décision pour la demande ${p.referenceNumber} pour ${p.workerName} a été prolongé jusqu'au ${date(p.until)}.\n\nMotif : ${p.reason}`,
    }),
    de: ({ p, date }) => ({
      subject: `Antrag ${p.referenceNumber}: Entscheidungsfrist verlängert`,
      body: `Die Frist für die Entscheidung über den Antrag ${p.referenceNumber} für ${p.workerName} wurde bis zum ${date(p.until)} verlängert.\n\nGrund: ${p.reason}`,
    }),
    en: ({ p, date }) => ({
      subject: `Application ${p.referenceNumber}: decision term extended`,
      body: `The term for deciding on the application ${p.referenceNumber} for ${p.workerName} has been extended until ${date(p.until)}.\n\nReason: ${p.reason}`,
    }),
  },
  "residence.granted": {
    nl: ({ p }) => ({
      subject: `Aanvraag ${p.referenceNumber}: verblijf toegestaan (bijlage ${p.annex})`,
      body: `De Dienst Vreemdelingenzaken heeft het verblijf van ${p.workerName} toegestaan (bijlage ${p.annex}). De gecombineerde vergunning is toegekend. De beslissing en de volgende stappen staan in het portaal.`,
    }),
    fr: ({ p }) => ({
      subject: `Demande ${p.referenceNumber} : séjour autorisé (annexe ${p.annex})`,
      body: `L'Office des étrangers a autorisé le séjour de ${p.workerName} (annexe ${p.annex}). Le permis unique est accordé. La décision et les étapes suivantes figurent dans le portail.`,
    }),
    de: ({ p }) => ({
      subject: `Antrag ${p.referenceNumber}: Aufenthalt bewilligt (Anlage ${p.annex})`,
      body: `Das Ausländeramt hat den Aufenthalt von ${p.workerName} bewilligt (Anlage ${p.annex}). Die kombinierte Erlaubnis ist erteilt. Die Entscheidung und die nächsten Schritte finden Sie im Portal.`,
    }),
    en: ({ p }) => ({
      subject: `Application ${p.referenceNumber}: residence granted (annex ${p.annex})`,
      body: `The Immigration Office has granted residence to ${p.workerName} (annex ${p.annex}). The combined permit is granted. The decision and the next steps are in the portal.`,
    }),
  },
  "residence.deemed-granted": {
    nl: ({ p }) => ({
      subject: `Aanvraag ${p.referenceNumber}: verblijf geacht toegestaan (bijlage ${p.annex})`,
      body: `Over de aanvraag ${p.referenceNumber} voor ${p.workerName} is niet binnen de termijn beslist: de vergunning wordt geacht te zijn toegestaan (bijlage ${p.annex}). De volgende stappen staan in het portaal.`,
    }),
    fr: ({ p }) => ({
      subject: `Demande ${p.referenceNumber} : séjour réputé autorisé (annexe ${p.annex})`,
      body: `Aucune décision n'a été prise dans le délai sur la demande ${p.referenceNumber} pour ${p.workerName} : le permis est réputé accordé (annexe ${p.annex}). Les étapes suivantes figurent dans le portail.`,
    }),
    de: ({ p }) => ({
      subject: `Antrag ${p.referenceNumber}: Aufenthalt gilt als bewilligt (Anlage ${p.annex})`,
      body: `Über den Antrag ${p.referenceNumber} für ${p.workerName} wurde nicht fristgerecht entschieden: die Erlaubnis gilt als erteilt (Anlage ${p.annex}). Die nächsten Schritte finden Sie im Portal.`,
    }),
    en: ({ p }) => ({
      subject: `Application ${p.referenceNumber}: residence deemed granted (annex ${p.annex})`,
      body: `No decision was taken in time on the application ${p.referenceNumber} for ${p.workerName}: the permit is deemed granted (annex ${p.annex}). The next steps are in the portal.`,
    }),
  },
  "residence.refused": {
    nl: ({ p, date }) => ({
      subject: `Aanvraag ${p.referenceNumber}: verblijf geweigerd (bijlage ${p.annex})`,
      body: `De Dienst Vreemdelingenzaken heeft het verblijf van ${p.workerName} geweigerd (bijlage ${p.annex}). De gemotiveerde beslissing en de mogelijkheden om beroep in te stellen staan in het portaal. Beroep kan tot en met ${date(p.appealLastDay)}.`,
    }),
    fr: ({ p, date }) => ({
      subject: `Demande ${p.referenceNumber} : séjour refusé (annexe ${p.annex})`,
      body: `L'Office des étrangers a refusé le séjour de ${p.workerName} (annexe ${p.annex}). La décision motivée et les voies de recours figurent dans le portail. Un recours est possible jusqu'au ${date(p.appealLastDay)} inclus.`,
    }),
    de: ({ p, date }) => ({
      subject: `Antrag ${p.referenceNumber}: Aufenthalt abgelehnt (Anlage ${p.annex})`,
      body: `Das Ausländeramt hat den Aufenthalt von ${p.workerName} abgelehnt (Anlage ${p.annex}). Die begründete Entscheidung und die Rechtsmittel finden Sie im Portal. Ein Rechtsmittel ist bis einschließlich ${date(p.appealLastDay)} möglich.`,
    }),
    en: ({ p, date }) => ({
      subject: `Application ${p.referenceNumber}: residence refused (annex ${p.annex})`,
      body: `The Immigration Office has refused residence to ${p.workerName} (annex ${p.annex}). The motivated decision and how to appeal are in the portal. An appeal can be filed until ${date(p.appealLastDay)} inclusive.`,
    }),
  },
  "inbox.new-message": {
    nl: ({ p }) => ({
      subject: `Nieuw bericht over aanvraag ${p.referenceNumber}`,
      body: `Er staat een nieuw bericht in uw portaalinbox over de aanvraag ${p.referenceNumber} voor ${p.workerName}: „${p.subject}”.`,
    }),
    fr: ({ p }) => ({
      subject: `Nouveau message concernant la demande ${p.referenceNumber}`,
      body: `Un nouveau message concernant la demande ${p.referenceNumber} pour ${p.workerName} se trouve dans votre boîte du portail : « ${p.subject} ».`,
    }),
    de: ({ p }) => ({
      subject: `Neue Nachricht zum Antrag ${p.referenceNumber}`,
      body: `In Ihrem Portal-Postfach liegt eine neue Nachricht zum Antrag ${p.referenceNumber} für ${p.workerName}: „${p.subject}“.`,
    }),
    en: ({ p }) => ({
      subject: `New message about application ${p.referenceNumber}`,
      body: `There is a new message in your portal inbox about the application ${p.referenceNumber} for ${p.workerName}: “${p.subject}”.`,
    }),
  },
  "account.verify-email": {
    nl: ({ p, link }) => ({
      subject: "Bevestig uw e-mailadres voor Working in Belgium",
      body: `Beste ${p.name},\n\nBevestig uw e-mailadres met deze link; pas daarna kunt u zich aanmelden:\n${link(`/verify-email/${p.token}`)}\n\nDe link werkt één keer, gedurende ${EMAIL_VERIFICATION_HOURS} uur. Hebt u zich niet ingeschreven, negeer dan dit bericht.`,
    }),
    fr: ({ p, link }) => ({
      subject: "Confirmez votre adresse e-mail pour Working in Belgium",
      body: `Bonjour ${p.name},\n\nConfirmez votre adresse e-mail avec ce lien ; vous pourrez ensuite vous connecter :\n${link(`/verify-email/${p.token}`)}\n\nLe lien fonctionne une seule fois, pendant ${EMAIL_VERIFICATION_HOURS} heures. Si vous ne vous êtes pas inscrit, ignorez ce message.`,
    }),
    de: ({ p, link }) => ({
      subject: "Bestätigen Sie Ihre E-Mail-Adresse für Working in Belgium",
      body: `Guten Tag ${p.name},\n\nbestätigen Sie Ihre E-Mail-Adresse mit diesem Link; danach können Sie sich anmelden:\n${link(`/verify-email/${p.token}`)}\n\nDer Link funktioniert einmal, ${EMAIL_VERIFICATION_HOURS} Stunden lang. Wenn Sie sich nicht registriert haben, ignorieren Sie diese Nachricht.`,
    }),
    en: ({ p, link }) => ({
      subject: "Confirm your e-mail address for Working in Belgium",
      body: `Dear ${p.name},\n\nConfirm your e-mail address with this link; you can sign in once you have:\n${link(`/verify-email/${p.token}`)}\n\nThe link works once, for ${EMAIL_VERIFICATION_HOURS} hours. If you did not sign up, ignore this message.`,
    }),
  },
  "account.sign-up-address-in-use": {
    nl: ({ link }) => ({
      subject: "Inschrijving met uw e-mailadres op Working in Belgium",
      body: `Iemand heeft geprobeerd een organisatie in te schrijven op Working in Belgium met dit e-mailadres. Er bestaat al een account met dit adres, dus er is niets aangemaakt.\n\nWas u het? Meld u aan: ${link("/sign-in")}\nWachtwoord vergeten: ${link("/forgot-password")}\nWilt u lid worden van een andere organisatie, vraag dan de beheerder ervan om een uitnodiging.\n\nWas u het niet, dan hoeft u niets te doen.`,
    }),
    fr: ({ link }) => ({
      subject: "Inscription avec votre adresse e-mail sur Working in Belgium",
      body: `Quelqu'un a tenté d'inscrire une organisation sur Working in Belgium avec cette adresse e-mail. Un compte existe déjà avec cette adresse, rien n'a donc été créé.\n\nC'était vous ? Connectez-vous : ${link("/sign-in")}\nMot de passe oublié : ${link("/forgot-password")}\nPour rejoindre une autre organisation, demandez une invitation à son administrateur.\n\nSi ce n'était pas vous, vous n'avez rien à faire.`,
    }),
    de: ({ link }) => ({
      subject: "Registrierung mit Ihrer E-Mail-Adresse bei Working in Belgium",
      body: `Jemand hat versucht, bei Working in Belgium eine Organisation mit dieser E-Mail-Adresse zu registrieren. Mit dieser Adresse besteht bereits ein Konto, daher wurde nichts angelegt.\n\nWaren Sie das? Melden Sie sich an: ${link("/sign-in")}\nPasswort vergessen: ${link("/forgot-password")}\nUm einer anderen Organisation beizutreten, bitten Sie deren Administrator um eine Einladung.\n\nWaren Sie es nicht, müssen Sie nichts tun.`,
    }),
    en: ({ link }) => ({
      subject: "A sign-up with your e-mail address on Working in Belgium",
      body: `Someone tried to sign up an organisation on Working in Belgium with this e-mail address. An account with this address already exists, so nothing was created.\n\nWas it you? Sign in: ${link("/sign-in")}\nForgot your password: ${link("/forgot-password")}\nTo join another organisation, ask its administrator for an invitation.\n\nIf it was not you, there is nothing to do.`,
    }),
  },
  "member.invited": {
    nl: ({ p, link }) => ({
      subject: `Uitnodiging voor ${p.organisationName} op Working in Belgium`,
      body: `${p.invitedByName} nodigt u uit om als ${p.role === "ADMINISTRATOR" ? "beheerder" : "gebruiker"} lid te worden van ${p.organisationName} op Working in Belgium:\n${link(`/invitation/${p.token}`)}\n\nDe link werkt één keer, gedurende ${INVITATION_DAYS} dagen.`,
    }),
    fr: ({ p, link }) => ({
      subject: `Invitation à rejoindre ${p.organisationName} sur Working in Belgium`,
      body: `${p.invitedByName} vous invite à rejoindre ${p.organisationName} sur Working in Belgium en tant ${p.role === "ADMINISTRATOR" ? "qu'administrateur" : "qu'utilisateur"} :\n${link(`/invitation/${p.token}`)}\n\nLe lien fonctionne une seule fois, pendant ${INVITATION_DAYS} jours.`,
    }),
    de: ({ p, link }) => ({
      subject: `Einladung zu ${p.organisationName} bei Working in Belgium`,
      body: `${p.invitedByName} lädt Sie ein, ${p.organisationName} bei Working in Belgium als ${p.role === "ADMINISTRATOR" ? "Administrator" : "Benutzer"} beizutreten:\n${link(`/invitation/${p.token}`)}\n\nDer Link funktioniert einmal, ${INVITATION_DAYS} Tage lang.`,
    }),
    en: ({ p, link }) => ({
      subject: `Invitation to join ${p.organisationName} on Working in Belgium`,
      body: `${p.invitedByName} invites you to join ${p.organisationName} on Working in Belgium as ${p.role === "ADMINISTRATOR" ? "an administrator" : "a user"}:\n${link(`/invitation/${p.token}`)}\n\nThe link works once, for ${INVITATION_DAYS} days.`,
    }),
  },
  "mandate.proposed": {
    nl: ({ p, date, link }) => ({
      subject: `${p.employerName} stelt u een mandaat voor`,
      body: `${p.employerName} stelt ${p.mandataryName} een mandaat voor om namens haar aanvragen in te dienen en op te volgen, vanaf ${date(p.validFrom)}${p.validUntil ? ` tot en met ${date(p.validUntil)}` : ""}. Een beheerder van ${p.mandataryName} kan het aanvaarden of weigeren:\n${link("/organisation/mandates")}`,
    }),
    fr: ({ p, date, link }) => ({
      subject: `${p.employerName} vous propose un mandat`,
      body: `${p.employerName} propose à ${p.mandataryName} un mandat pour introduire et suivre des demandes en son nom, à partir du ${date(p.validFrom)}${p.validUntil ? ` jusqu'au ${date(p.validUntil)} inclus` : ""}. Un administrateur de ${p.mandataryName} peut l'accepter ou le refuser :\n${link("/organisation/mandates")}`,
    }),
    de: ({ p, date, link }) => ({
      subject: `${p.employerName} schlägt Ihnen ein Mandat vor`,
      body: `${p.employerName} schlägt ${p.mandataryName} ein Mandat vor, in ihrem Namen Anträge einzureichen und zu verfolgen, ab dem ${date(p.validFrom)}${p.validUntil ? ` bis einschließlich ${date(p.validUntil)}` : ""}. Ein Administrator von ${p.mandataryName} kann es annehmen oder ablehnen:\n${link("/organisation/mandates")}`,
    }),
    en: ({ p, date, link }) => ({
      subject: `${p.employerName} proposes a mandate to you`,
      body: `${p.employerName} proposes a mandate to ${p.mandataryName} to file and follow applications on its behalf, from ${date(p.validFrom)}${p.validUntil ? ` until ${date(p.validUntil)} inclusive` : ""}. An administrator of ${p.mandataryName} can accept or refuse it:\n${link("/organisation/mandates")}`,
    }),
  },
  "mandate.accepted": {
    nl: ({ p, date, link }) => ({
      subject: `${p.mandataryName} heeft uw mandaat aanvaard`,
      body: `${p.mandataryName} heeft het mandaat van ${p.employerName} aanvaard, geldig vanaf ${date(p.validFrom)}${p.validUntil ? ` tot en met ${date(p.validUntil)}` : ""}. U kunt het op elk moment beëindigen:\n${link("/organisation/mandates")}`,
    }),
    fr: ({ p, date, link }) => ({
      subject: `${p.mandataryName} a accepté votre mandat`,
      body: `${p.mandataryName} a accepté le mandat de ${p.employerName}, valable à partir du ${date(p.validFrom)}${p.validUntil ? ` jusqu'au ${date(p.validUntil)} inclus` : ""}. Vous pouvez y mettre fin à tout moment :\n${link("/organisation/mandates")}`,
    }),
    de: ({ p, date, link }) => ({
      subject: `${p.mandataryName} hat Ihr Mandat angenommen`,
      body: `${p.mandataryName} hat das Mandat von ${p.employerName} angenommen, gültig ab dem ${date(p.validFrom)}${p.validUntil ? ` bis einschließlich ${date(p.validUntil)}` : ""}. Sie können es jederzeit beenden:\n${link("/organisation/mandates")}`,
    }),
    en: ({ p, date, link }) => ({
      subject: `${p.mandataryName} has accepted your mandate`,
      body: `${p.mandataryName} has accepted the mandate of ${p.employerName}, valid from ${date(p.validFrom)}${p.validUntil ? ` until ${date(p.validUntil)} inclusive` : ""}. You can end it at any time:\n${link("/organisation/mandates")}`,
    }),
  },
  "mandate.ended": {
    nl: ({ p, link }) => ({
      subject: `Mandaat tussen ${p.employerName} en ${p.mandataryName} ${p.wasAccepted ? "beëindigd" : "niet aanvaard"}`,
      body: `${p.endedByName} heeft ${p.wasAccepted ? "het mandaat beëindigd" : "het voorgestelde mandaat ingetrokken of geweigerd"} tussen ${p.employerName} en ${p.mandataryName}. ${p.mandataryName} kan niet langer namens ${p.employerName} optreden; de aanvragen blijven bij ${p.employerName}.\n${link("/organisation/mandates")}`,
    }),
    fr: ({ p, link }) => ({
      subject: `Mandat entre ${p.employerName} et ${p.mandataryName} ${p.wasAccepted ? "terminé" : "non accepté"}`,
      body: `${p.endedByName} a ${p.wasAccepted ? "mis fin au mandat" : "retiré ou refusé le mandat proposé"} entre ${p.employerName} et ${p.mandataryName}. ${p.mandataryName} ne peut plus agir au nom de ${p.employerName} ; les demandes restent chez ${p.employerName}.\n${link("/organisation/mandates")}`,
    }),
    de: ({ p, link }) => ({
      subject: `Mandat zwischen ${p.employerName} und ${p.mandataryName} ${p.wasAccepted ? "beendet" : "nicht angenommen"}`,
      body: `${p.endedByName} hat ${p.wasAccepted ? "das Mandat beendet" : "das vorgeschlagene Mandat zurückgezogen oder abgelehnt"} zwischen ${p.employerName} und ${p.mandataryName}. ${p.mandataryName} kann nicht mehr im Namen von ${p.employerName} handeln; die Anträge bleiben bei ${p.employerName}.\n${link("/organisation/mandates")}`,
    }),
    en: ({ p, link }) => ({
      subject: `Mandate between ${p.employerName} and ${p.mandataryName} ${p.wasAccepted ? "ended" : "not accepted"}`,
      body: `${p.endedByName} has ${p.wasAccepted ? "ended the mandate" : "withdrawn or refused the proposed mandate"} between ${p.employerName} and ${p.mandataryName}. ${p.mandataryName} can no longer act for ${p.employerName}; the applications stay with ${p.employerName}.\n${link("/organisation/mandates")}`,
    }),
  },
};

const automatic: Record<Locale, string> = {
  nl: "Dit is een automatisch bericht van Working in Belgium; antwoord er niet op.",
  fr: "Ceci est un message automatique de Working in Belgium ; n'y répondez pas.",
  de: "Dies ist eine automatische Nachricht von Working in Belgium; bitte antworten Sie nicht darauf.",
  en: "This is an automatic message from Working in Belgium; do not reply to it.",
};
const followDossier: Record<Locale, (link: string) => string> = {
  nl: (link) => `Volg de aanvraag in het portaal: ${link}`,
  fr: (link) => `Suivez la demande dans le portail : ${link}`,
  de: (link) => `Verfolgen Sie den Antrag im Portal: ${link}`,
  en: (link) => `Follow the application in the portal: ${link}`,
};

const regionNames: Record<Locale, Record<Region, string>> = {
  nl: nlRouting.regions,
  fr: frRouting.regions,
  de: deRouting.regions,
  en: enRouting.regions,
};

export interface RenderedMail {
  subject: string;
  text: string;
}

/** A topic's message in one language: its subject and its text, without the mail's closing lines. */
export interface RenderedMessage {
  subject: string;
  body: string;
}

/**
/**
 * Parses `payload` against its topic and renders its subject and text in `locale`, its links under
 * `portalUrl`: what a mail says and what the portal inbox shows. Throws a ZodError when the payload
 * does not fit its topic.
 */
export function renderTopicMessage<T extends NotificationTopic>(topic: T, payload: unknown, locale: Locale, portalUrl = ""): RenderedMessage {
  const parsed = topicPayloadSchemas[topic].parse(payload) as TopicPayload<T>;
  const dates = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-BE`, { dateStyle: "long", timeZone: "UTC" });
  const template = templates[topic][locale] as Template<T>;
  return template({
    p: parsed,
    date: (value) => dates.format(new Date(`${value}T00:00:00Z`)),
    region: (region) => regionNames[locale][region],
    link: (path) => `${portalUrl}/${locale}${path}`,
  });
}

/**
 * The mail of a topic in `locale`, its links under `portalUrl`; a mail about a dossier
 * (`applicationId`) ends with the link to it. Throws a ZodError when the payload does not fit its topic.
 */
export function renderNotification<T extends NotificationTopic>(
  topic: T,
  payload: unknown,
  locale: Locale,
  portalUrl: string,
  applicationId: string | null = null,
): RenderedMail {
  const { subject, body } = renderTopicMessage(topic, payload, locale, portalUrl);
  const follow = applicationId ? `${followDossier[locale](`${portalUrl}/${locale}/dossiers/${applicationId}`)}\n\n` : "";
  return { subject, text: `${body}\n\n${follow}${automatic[locale]}\n` };
}

/** The worker's name as mails give it. A submitted dossier always has its worker. */
export function workerNameForMail(worker: { givenNames: string; familyName: string } | null): string {
  if (!worker) throw new Error("A notification names the dossier's worker, and this dossier has none");
  return `${worker.givenNames} ${worker.familyName}`;
}
