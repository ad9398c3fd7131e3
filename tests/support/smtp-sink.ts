import { appendFile, readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server, in-process, that keeps what it receives: the portal sends to it with
// nodemailer exactly as to a real one. Integration tests read `messages`; the e2e runner starts one
// in its global set-up with `logFile`, and the browser tests, in other processes, read that file.

export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  messageId: string;
  receivedAt: string;
}

/** An SMTP error answer, e.g. `{ code: 451, message: "try again later" }`. */
export interface SmtpRefusal {
  code: number;
  message: string;
}

export interface SmtpSinkOptions {
  /** 0 (default): a free port. */
  port?: number;
  /**
   * Called for each recipient of each attempt; an answer refuses it. `attempt` counts this
   * recipient's attempts from 1.
   */
  refuse?: (recipient: string, attempt: number) => SmtpRefusal | undefined;
  /** Also append each message, one JSON line, to this file (for readers in other processes). */
  logFile?: string;
}

export interface SmtpSink {
  /** For SMTP_URL. */
  url: string;
  port: number;
  messages: ReceivedMail[];
  /** The first message (already received or to come) that fits, or a rejection after `timeoutMs`. */
  waitFor(fits: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}

export async function startSmtpSink({ port = 0, refuse, logFile }: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const attempts = new Map<string, number>();
  const waiting = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const recipient = address.address.toLowerCase();
      const attempt = (attempts.get(recipient) ?? 0) + 1;
      attempts.set(recipient, attempt);
      const refusal = refuse?.(recipient, attempt);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        async (parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()).join(", "),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            messageId: parsed.messageId ?? "",
            receivedAt: new Date().toISOString(),
          };
          messages.push(mail);
          if (logFile) await appendFile(logFile, `${JSON.stringify(mail)}\n`);
          for (const wake of waiting) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const boundPort = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${boundPort}`,
    port: boundPort,
    messages,
    waitFor(fits, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(fits);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No fitting mail within ${timeoutMs} ms; received: ${messages.map((m) => `${m.to} "${m.subject}"`).join("; ") || "none"}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiting.delete(check);
        };
        waiting.add(check);
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The messages a sink started with `logFile` has received so far (none if it has not written yet). */
export async function readMailLog(logFile: string): Promise<ReceivedMail[]> {
  const content = await readFile(logFile, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  return content
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ReceivedMail);
}
