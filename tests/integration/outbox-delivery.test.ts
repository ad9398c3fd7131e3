import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { fixedClock } from "@/lib/jobs/clock";
import { CLAIM_LEASE_MS, MAX_DELIVERY_ATTEMPTS, deliverOutbox, retryDelayMs } from "@/lib/notifications/deliver-outbox";
import { createAccountLink } from "@/lib/auth/account-links";
import { keyedHash } from "@/lib/auth/keyed-hash";
import { enqueueAccountMail, enqueueNotification, type Notification } from "@/lib/notifications/enqueue-notification";
import { mailTransportFor, type MailSettings } from "@/lib/notifications/mail-transport";
import { listOutboxMessages } from "@/lib/notifications/outbox-list";
import { startSmtpSink, type SmtpRefusal, type SmtpSink } from "../support/smtp-sink";
import { createScratchDatabase, createTestPrismaClient } from "../support/test-database";

// A database of its own: the delivery takes every due message, and other files' submissions write some.
let database: { url: string; drop(): Promise<void> };
let db: PrismaClient;
let sink: SmtpSink;
let refusals = new Map<string, (attempt: number) => SmtpRefusal | undefined>();

beforeAll(async () => {
  database = await createScratchDatabase();
  await migrateDatabase(database.url);
  db = createTestPrismaClient(database.url);
  sink = await startSmtpSink({ refuse: (recipient, attempt) => refusals.get(recipient)?.(attempt) });
});

afterAll(async () => {
  await sink.stop();
  await db.$disconnect();
  await database.drop();
});

afterEach(() => {
  refusals = new Map();
});

const start = new Date("2027-03-01T08:00:00Z");
const settings = (): MailSettings => ({ smtpUrl: sink.url, from: "Working in Belgium <portal@portal.test>", portalUrl: "https://portal.test", production: true });
const deliver = (at: Date, mailSettings = settings()) => deliverOutbox({ db, clock: fixedClock(at) }, mailSettings, mailTransportFor(mailSettings));
const later = (ms: number) => new Date(start.getTime() + ms);

async function enqueue(overrides: Partial<Notification> = {}): Promise<{ id: string; to: string; applicationId: string }> {
  const to = `${randomUUID()}@example.test`;
  const applicationId = randomUUID();
  const notification = {
    topic: "application.submitted",
    recipientEmail: to,
    locale: "fr",
    applicationId,
    payload: { referenceNumber: "WIB-2027-000123", workerName: "Arjun Mehta", region: "WALLOON_REGION" },
    ...overrides,
  } as Notification;
  await db.$transaction((tx) => enqueueNotification(tx, notification));
  const row = await db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: to } });
  // Rows are written with the database's time; the tests run the delivery on a clock of their own.
  await db.outboxMessage.update({ where: { id: row.id }, data: { availableAt: start } });
  return { id: row.id, to, applicationId };
}

const received = (to: string) => sink.messages.filter((mail) => mail.to === to);

describe("outbox delivery over SMTP", () => {
  it("sends a message once, in the recipient's language, with its row id as Message-ID and a link to the dossier", async () => {
    const { id, to, applicationId } = await enqueue();
    expect((await deliver(start)).sent).toBeGreaterThanOrEqual(1);
    await deliver(later(60_000));

    const mails = received(to);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: "Demande WIB-2027-000123 introduite", messageId: `<${id}@portal.test>`, from: "portal@portal.test" });
    expect(mails[0]?.text).toContain("Arjun Mehta");
    expect(mails[0]?.text).toContain("Région wallonne");
    expect(mails[0]?.text).toContain(`https://portal.test/fr/dossiers/${applicationId}`);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      sentAt: start,
      sentVia: "SMTP",
      attempts: 1,
      subject: "Demande WIB-2027-000123 introduite",
      lastError: null,
    });
  });

  it("retries a temporary refusal (451) after its backoff, and sends it once", async () => {
    const { id, to } = await enqueue({ locale: "nl" });
    refusals.set(to, (attempt) => (attempt === 1 ? { code: 451, message: "Try again later" } : undefined));

    await deliver(start);
    const afterFirst = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(afterFirst).toMatchObject({ status: "PENDING", attempts: 1, availableAt: later(retryDelayMs(1)) });
    expect(afterFirst.lastError).toContain("451");

    await deliver(later(retryDelayMs(1) - 1_000));
    expect(received(to)).toHaveLength(0);

    await deliver(later(retryDelayMs(1)));
    await deliver(later(retryDelayMs(1) + retryDelayMs(2)));
    expect(received(to)).toHaveLength(1);
    expect(received(to)[0]?.subject).toBe("Aanvraag WIB-2027-000123 ingediend");
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("marks a permanently refused address (550) FAILED at once and lists it for operators", async () => {
    const { id, to } = await enqueue();
    refusals.set(to, () => ({ code: 550, message: "No such user here" }));

    const report = await deliver(start);
    expect(report.failed).toBeGreaterThanOrEqual(1);
    await deliver(later(24 * 60 * 60_000));

    expect(received(to)).toHaveLength(0);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toContain("550");
    const failed = await listOutboxMessages(db, { status: "FAILED" });
    expect(failed.map((message) => message.id)).toContain(id);
  });

  it("gives up after the last attempt when the server keeps refusing for now", async () => {
    const { id, to } = await enqueue();
    refusals.set(to, () => ({ code: 421, message: "Service not available" }));

    let at = start;
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      await deliver(at);
      expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: attempt });
      at = new Date(at.getTime() + retryDelayMs(attempt));
    }
    await deliver(at);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS });
    expect(received(to)).toHaveLength(0);
  });

  it("marks a message whose payload does not fit its topic FAILED, without sending it", async () => {
    const { id, to } = await enqueue();
    await db.outboxMessage.update({ where: { id }, data: { payload: { referenceNumber: "WIB-2027-000123" } } });

    await deliver(start);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toMatch(/cannot render.*workerName/s);
    expect(received(to)).toHaveLength(0);
  });

  it("sends again, with the same Message-ID, a message whose run died between claim and mark once its lease has passed", async () => {
    const { id, to } = await enqueue();
    // What a crash after the claim leaves behind (the send may or may not have happened).
    await db.outboxMessage.update({ where: { id }, data: { status: "SENDING", claimedAt: start, attempts: 1 } });

    await deliver(later(CLAIM_LEASE_MS - 1_000));
    expect(received(to)).toHaveLength(0);
    await deliver(later(CLAIM_LEASE_MS));
    expect(received(to).map((mail) => mail.messageId)).toEqual([`<${id}@portal.test>`]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("refuses to enqueue a payload that does not fit its topic", async () => {
    await expect(
      enqueue({ topic: "information.requested", payload: { referenceNumber: "WIB-1", workerName: "A B", dueOn: "2027-02-30", message: "x" } } as Partial<Notification>),
    ).rejects.toThrow(/dueOn/);
  });
});

describe("outbox delivery without SMTP_URL", () => {
  it("puts messages in the development mailbox, rendered, outside production", async () => {
    const { id, to } = await enqueue({ locale: "de" });
    await deliver(start, { from: "x@portal.test", portalUrl: "http://localhost:3000", production: false });

    expect(received(to)).toHaveLength(0);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", sentVia: "DEV_MAILBOX", subject: "Antrag WIB-2027-000123 eingereicht" });
    expect(row.textBody).toContain("Wallonische Region");
    expect((await listOutboxMessages(db, {})).find((message) => message.id === id)).toMatchObject({ recipientEmail: to, textBody: row.textBody });
  });

  it("keeps messages pending in production", async () => {
    const { id } = await enqueue();
    const report = await deliver(start, { from: "x@portal.test", portalUrl: "https://portal.test", production: true });
    expect(report).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});

describe("outbox delivery of a one-time link", () => {
  /** A reset link and its mail, written as the forgotten-password page writes them, due at `start`. */
  async function resetMail(): Promise<{ to: string; linkId: string }> {
    const to = `${randomUUID()}@example.test`;
    const user = await db.user.create({ data: { email: to, name: "Reset", passwordHash: "x" } });
    const linkId = await db.$transaction(async (tx) => {
      const id = await createAccountLink(tx, { purpose: "PASSWORD_RESET", email: to, userId: user.id }, start);
      await enqueueAccountMail(tx, { topic: "account.password-reset", recipientEmail: to, locale: "nl", payload: { linkId: id } });
      return id;
    });
    await db.outboxMessage.updateMany({ where: { recipientEmail: to }, data: { availableAt: start } });
    return { to, linkId };
  }

  it("makes the token when it sends the mail: the mail has it, the database keeps its keyed hash and a copy of the mail without it", async () => {
    const { to, linkId } = await resetMail();
    await deliver(start);
    const [mail] = received(to);
    const token = /reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail!.text)?.[1];
    expect(mail!.text).toContain("https://portal.test/nl/reset-password?token=");
    expect(mail!.subject).toBe("Stel een nieuw wachtwoord in voor Working in Belgium");
    expect(token).toBeDefined();
    expect((await db.accountLink.findUniqueOrThrow({ where: { id: linkId } })).tokenHash).toBe(keyedHash("link-token", token!));
    const row = await db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: to } });
    expect(row.status).toBe("SENT");
    expect(row.textBody).toContain("reset-password?token=(withheld)");
    expect(JSON.stringify(await db.outboxMessage.findMany({ where: { recipientEmail: to } }))).not.toContain(token);
  });

  it("does not send a link that expired or was used before its turn came", async () => {
    const { to, linkId } = await resetMail();
    await db.accountLink.update({ where: { id: linkId }, data: { usedAt: start } });
    expect(await deliver(start)).toMatchObject({ failed: 1 });
    expect(received(to)).toHaveLength(0);
    expect(await db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: to } })).toMatchObject({ status: "FAILED", lastError: expect.stringContaining("used or expired") });
  });
});
