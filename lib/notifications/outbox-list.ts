import type { Db } from "@/lib/db";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

/**
 * The outbox as operators read it: newest first, with each message's state, attempts, last error and,
 * once rendered, its subject and text. FAILED messages stay here until someone acts on them.
 */
export function listOutboxMessages(db: Db, { status, limit = 100 }: { status?: OutboxStatus; limit?: number }) {
  return db.outboxMessage.findMany({
    where: status ? { status } : {},
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      topic: true,
      recipientEmail: true,
      locale: true,
      status: true,
      attempts: true,
      lastError: true,
      availableAt: true,
      sentAt: true,
      sentVia: true,
      subject: true,
      textBody: true,
      createdAt: true,
    },
  });
}
