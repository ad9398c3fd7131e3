import nodemailer from "nodemailer";

/** One rendered e-mail, ready to send. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** `<outbox-row-id@portal-host>`: the same on every attempt, so a repeated send is recognisable. */
  messageId: string;
}

export interface MailTransport {
  kind: "SMTP" | "DEV_MAILBOX";
  send(mail: OutgoingMail): Promise<void>;
}

/** Settings read from the environment (README: E-mail). */
export interface MailSettings {
  smtpUrl?: string;
  from: string;
  portalUrl: string;
  production: boolean;
}

export function mailSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const portalUrl = (env.PORTAL_URL || "http://localhost:3000").replace(/\/+$/, "");
  return {
    smtpUrl: env.SMTP_URL || undefined,
    from: env.MAIL_FROM || `Working in Belgium <no-reply@${new URL(portalUrl).hostname}>`,
    portalUrl,
    production: env.NODE_ENV === "production",
  };
}

/**
 * Where mail goes: the SMTP server of SMTP_URL; without one, outside production, the development
 * mailbox (nothing leaves the machine: the delivered row, with its rendered text, is the mailbox,
 * shown at /{locale}/dev/mailbox); in production without one, nowhere (null), so messages wait.
 */
export function mailTransportFor(settings: MailSettings): MailTransport | null {
  if (settings.smtpUrl) {
    const transporter = nodemailer.createTransport(settings.smtpUrl);
    return {
      kind: "SMTP",
      send: async (mail) => {
        await transporter.sendMail({ from: settings.from, ...mail });
      },
    };
  }
  if (settings.production) return null;
  return { kind: "DEV_MAILBOX", send: async () => {} };
}

/** What the portal says at start about where its mail goes. */
export function describeMailTransport(settings: MailSettings): string {
  if (settings.smtpUrl) return `SMTP ${new URL(settings.smtpUrl).host}, from ${settings.from}`;
  if (settings.production) return "SMTP_URL is not set: e-mails stay PENDING in the outbox until it is";
  return "no SMTP_URL: e-mails go to the development mailbox (/en/dev/mailbox)";
}
