import { z } from "@/lib/forms/zod";
import type { Locale } from "@/lib/i18n/locales";

// The mails that carry a one-time link (lib/auth/account-links.ts): the link row's id travels in
// the payload, and the delivery job makes the token and the link only when it sends the mail, so
// the token is never stored. Each mail says how long its link works and that it works once.

const text = z.string().trim().min(1);
const linkId = z.uuid();

export const accountMailPayloadSchemas = {
  /** A dossier naming the worker's address was submitted: sign in and follow it. */
  "worker.invitation": z.object({ linkId, referenceNumber: text, workerName: text }),
  "account.sign-in-link": z.object({ linkId }),
  "account.password-reset": z.object({ linkId }),
} as const;

export type AccountMailTopic = keyof typeof accountMailPayloadSchemas;
export const accountMailTopics = Object.keys(accountMailPayloadSchemas) as AccountMailTopic[];
export type AccountMailPayload<T extends AccountMailTopic> = z.infer<(typeof accountMailPayloadSchemas)[T]>;

export function isAccountMailTopic(value: string): value is AccountMailTopic {
  return Object.hasOwn(accountMailPayloadSchemas, value);
}

/** The page of the portal a topic's link opens (without the language); the token follows as `?token=`. */
export const linkPathByTopic: Record<AccountMailTopic, string> = {
  "worker.invitation": "/sign-in/link",
  "account.sign-in-link": "/sign-in/link",
  "account.password-reset": "/reset-password",
};

type Template<T extends AccountMailTopic> = (p: AccountMailPayload<T>, link: string) => { subject: string; body: string };
const templates: { [T in AccountMailTopic]: Record<Locale, Template<T>> } = {
  "worker.invitation": {
    nl: (p, link) => ({
      subject: `Volg uw aanvraag ${p.referenceNumber} voor een gecombineerde vergunning`,
      body: `Uw werkgever heeft voor u, ${p.workerName}, een aanvraag voor een gecombineerde vergunning ingediend (${p.referenceNumber}).\n\nMet deze link meldt u zich zonder wachtwoord aan en volgt u de aanvraag:\n${link}\n\nDe link werkt één keer en 14 dagen lang. Daarna vraagt u een nieuwe aan op de aanmeldpagina voor werknemers.`,
    }),
    fr: (p, link) => ({
      subject: `Suivez votre demande de permis unique ${p.referenceNumber}`,
      body: `Votre employeur a introduit pour vous, ${p.workerName}, une demande de permis unique (${p.referenceNumber}).\n\nCe lien vous connecte sans mot de passe pour suivre la demande :\n${link}\n\nLe lien fonctionne une seule fois, pendant 14 jours. Ensuite, demandez-en un nouveau sur la page de connexion des travailleurs.`,
    }),
    de: (p, link) => ({
      subject: `Verfolgen Sie Ihren Antrag ${p.referenceNumber} auf kombinierte Erlaubnis`,
      body: `Ihr Arbeitgeber hat für Sie, ${p.workerName}, einen Antrag auf kombinierte Erlaubnis eingereicht (${p.referenceNumber}).\n\nMit diesem Link melden Sie sich ohne Passwort an und verfolgen den Antrag:\n${link}\n\nDer Link funktioniert einmal und 14 Tage lang. Danach fordern Sie auf der Anmeldeseite für Arbeitnehmer einen neuen an.`,
    }),
    en: (p, link) => ({
      subject: `Follow your combined-permit application ${p.referenceNumber}`,
      body: `Your employer has submitted a combined-permit application for you, ${p.workerName} (${p.referenceNumber}).\n\nThis link signs you in without a password so that you can follow the application:\n${link}\n\nThe link works once, for 14 days. After that, ask for a new one on the workers' sign-in page.`,
    }),
  },
  "account.sign-in-link": {
    nl: (_, link) => ({
      subject: "Uw aanmeldlink voor Working in Belgium",
      body: `Meld u aan met deze link:\n${link}\n\nDe link werkt één keer en 15 minuten lang. Hebt u niets gevraagd? Dan kunt u dit bericht negeren.`,
    }),
    fr: (_, link) => ({
      subject: "Votre lien de connexion à Working in Belgium",
      body: `Connectez-vous avec ce lien :\n${link}\n\nLe lien fonctionne une seule fois, pendant 15 minutes. Vous n'avez rien demandé ? Ignorez ce message.`,
    }),
    de: (_, link) => ({
      subject: "Ihr Anmeldelink für Working in Belgium",
      body: `Melden Sie sich mit diesem Link an:\n${link}\n\nDer Link funktioniert einmal und 15 Minuten lang. Haben Sie nichts angefordert? Dann ignorieren Sie diese Nachricht.`,
    }),
    en: (_, link) => ({
      subject: "Your sign-in link for Working in Belgium",
      body: `Sign in with this link:\n${link}\n\nThe link works once, for 15 minutes. If you did not ask for it, ignore this message.`,
    }),
  },
  "account.password-reset": {
    nl: (_, link) => ({
      subject: "Stel een nieuw wachtwoord in voor Working in Belgium",
      body: `Kies een nieuw wachtwoord met deze link:\n${link}\n\nDe link werkt één keer en 30 minuten lang. Daarna wordt u overal afgemeld. Hebt u niets gevraagd? Dan blijft uw wachtwoord ongewijzigd.`,
    }),
    fr: (_, link) => ({
      subject: "Choisissez un nouveau mot de passe pour Working in Belgium",
      body: `Choisissez un nouveau mot de passe avec ce lien :\n${link}\n\nLe lien fonctionne une seule fois, pendant 30 minutes. Vous serez ensuite déconnecté partout. Vous n'avez rien demandé ? Votre mot de passe reste inchangé.`,
    }),
    de: (_, link) => ({
      subject: "Wählen Sie ein neues Passwort für Working in Belgium",
      body: `Wählen Sie mit diesem Link ein neues Passwort:\n${link}\n\nDer Link funktioniert einmal und 30 Minuten lang. Danach werden Sie überall abgemeldet. Haben Sie nichts angefordert? Dann bleibt Ihr Passwort unverändert.`,
    }),
    en: (_, link) => ({
      subject: "Choose a new password for Working in Belgium",
      body: `Choose a new password with this link:\n${link}\n\nThe link works once, for 30 minutes. You are then signed out everywhere. If you did not ask for it, your password stays as it is.`,
    }),
  },
};

const footer: Record<Locale, string> = {
  nl: "Dit is een automatisch bericht van Working in Belgium; antwoord er niet op.",
  fr: "Ceci est un message automatique de Working in Belgium ; n'y répondez pas.",
  de: "Dies ist eine automatische Nachricht von Working in Belgium; bitte antworten Sie nicht darauf.",
  en: "This is an automatic message from Working in Belgium; do not reply to it.",
};

/** Parses `payload` against its topic and renders the mail in `locale` with its one-time `link`. */
export function renderAccountMail<T extends AccountMailTopic>(topic: T, payload: unknown, locale: Locale, link: string): { subject: string; text: string } {
  const parsed = accountMailPayloadSchemas[topic].parse(payload) as AccountMailPayload<T>;
  const { subject, body } = (templates[topic][locale] as Template<T>)(parsed, link);
  return { subject, text: `${body}\n\n${footer[locale]}\n` };
}
