import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { systemClock } from "@/lib/jobs/clock";
import type { JobDefinition } from "@/lib/jobs/job";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { createScratchDatabase, createTestPrismaClient } from "../support/test-database";

// Two runners on one database stand for two portal processes: each has its own Prisma client, its
// own queue connections and its own schedule, as a second `next start` would.
let database: { url: string; drop(): Promise<void> };
let db: PrismaClient;
let sink: SmtpSink;
const previousSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  database = await createScratchDatabase();
  await migrateDatabase(database.url);
  db = createTestPrismaClient(database.url);
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});

afterAll(async () => {
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
  await sink.stop();
  await db.$disconnect();
  await database.drop();
});

async function twoRunners(options: { jobs?: readonly JobDefinition[]; pollInterval?: number } = {}): Promise<JobRunner[]> {
  return Promise.all(
    [1, 2].map(async () => {
      const processDb = createTestPrismaClient(database.url);
      const runner = await startJobRunner({ connectionString: database.url, db: processDb, clock: systemClock, ...options });
      return {
        stop: async () => {
          await runner.stop();
          await processDb.$disconnect();
        },
      };
    }),
  );
}

const stopAll = (runners: JobRunner[]) => Promise.all(runners.map((runner) => runner.stop()));

async function enqueueSubmitted(recipientEmail: string): Promise<void> {
  await db.$transaction((tx) =>
    enqueueNotification(tx, {
      topic: "application.submitted",
      recipientEmail,
      locale: "en",
      applicationId: randomUUID(),
      payload: { referenceNumber: `WIB-2027-${recipientEmail.slice(0, 6)}`, workerName: "Arjun Mehta", region: "FLEMISH_REGION" },
    }),
  );
}

describe("the job queue (graphile-worker) with two runners on one database", () => {
  it("runs the delivery as soon as a notification commits, woken by NOTIFY rather than by polling", async () => {
    // Polling once a minute: only the notification at commit can make this fast.
    const runners = await twoRunners({ pollInterval: 60_000 });
    try {
      const to = `prompt-${randomUUID()}@example.test`;
      const committedAt = Date.now();
      await enqueueSubmitted(to);
      await sink.waitFor((mail) => mail.to === to, 5_000);
      expect(Date.now() - committedAt).toBeLessThan(5_000);
    } finally {
      await stopAll(runners);
    }
  });

  it("delivers 100 messages exactly once each", async () => {
    const runners = await twoRunners();
    try {
      const recipients = Array.from({ length: 100 }, (_, index) => `bulk-${index}-${randomUUID()}@example.test`);
      // Ten writers at a time, like ten requests of a busy portal (the client's pool has ten connections).
      for (let index = 0; index < recipients.length; index += 10) {
        await Promise.all(recipients.slice(index, index + 10).map((to) => enqueueSubmitted(to)));
      }
      const isBulk = (to: string) => to.startsWith("bulk-");
      await expect.poll(() => sink.messages.filter((mail) => isBulk(mail.to)).length, { timeout: 20_000, interval: 200 }).toBe(100);
      // Anything sent twice would arrive shortly after; give it the time.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const bulk = sink.messages.filter((mail) => isBulk(mail.to));
      expect(bulk).toHaveLength(100);
      expect(new Set(bulk.map((mail) => mail.to))).toEqual(new Set(recipients));
      expect(new Set(bulk.map((mail) => mail.messageId)).size).toBe(100);
      expect(await db.outboxMessage.count({ where: { recipientEmail: { in: recipients }, status: "SENT", attempts: 1 } })).toBe(100);
    } finally {
      await stopAll(runners);
    }
  });

  it("runs a job scheduled every minute once per tick, not once per runner", { timeout: 100_000 }, async () => {
    const runs: Date[] = [];
    const everyMinute: JobDefinition = {
      name: "test.every-minute",
      schedule: "* * * * *",
      handler: async ({ clock }) => {
        runs.push(clock());
      },
    };
    const runners = await twoRunners({ jobs: [everyMinute] });
    try {
      // A tick at least 10 s away (so both runners are surely watching), and a few seconds after it.
      // An earlier tick may fall inside the wait as well: every tick that ran must have run once.
      const nextTick = Math.ceil((Date.now() + 10_000) / 60_000) * 60_000;
      await new Promise((resolve) => setTimeout(resolve, nextTick - Date.now() + 5_000));
      const minutes = runs.map((run) => Math.floor(run.getTime() / 60_000));
      expect(minutes).toContain(nextTick / 60_000);
      expect(new Set(minutes).size).toBe(minutes.length);
    } finally {
      await stopAll(runners);
    }
  });
});
