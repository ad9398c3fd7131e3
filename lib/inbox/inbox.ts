import { z } from "@/lib/forms/zod";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, dossierScopeSelect } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A message as the inbox shows it, with its dossier's reference for the link and its letter (once the `letters.write` job wrote it). */
const INBOX_ENTRY = {
  id: true,
  topic: true,
  payload: true,
  createdAt: true,
  readAt: true,
  application: { select: { id: true, referenceNumber: true } },
  letter: { select: { id: true, kind: true, locale: true } },
} as const;

/** Whose messages the actor reads: a worker their own, everyone else with the permission their organisation's. */
function inboxOf(actor: Actor): Prisma.InboxMessageWhereInput {
  assertCan(actor, "inbox:read");
  if (actor.kind === "worker") return { userId: actor.userId };
  return { organisationId: actor.organisationId };
}

/** The actor's inbox, newest first, each message with its dossier's reference. */
export async function listInbox({ actor }: { actor: Actor }) {
  return getDb().inboxMessage.findMany({
    where: inboxOf(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: INBOX_ENTRY,
  });
}

/** How many of the actor's messages are still unread: the home pages show it beside the link to the inbox. */
export async function countUnreadInbox({ actor }: { actor: Actor }): Promise<number> {
  return getDb().inboxMessage.count({ where: { AND: [inboxOf(actor), { readAt: null }] } });
}

export type InboxEntry = Awaited<ReturnType<typeof listInbox>>[number];

const openInboxMessageSchema = z.object({ messageId: z.uuid() });

/**
 * A message as it is opened: `dossierOpen` says whether the reader may still open its dossier (and
 * so its letter). A mandatary keeps the messages about a dossier it filed after the mandate ends
 * (docs/decisions/mandates.md), but no longer the dossier: the page then offers no dead link.
 */
export type OpenedInboxMessage = InboxEntry & { dossierOpen: boolean };

/** Opens one message of the actor's inbox: marked read the first time. Another inbox's message is NOT_FOUND. */
export async function openInboxMessage({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<OpenedInboxMessage> {
  const { messageId } = parseInput(openInboxMessageSchema, input);
  const db = getDb();
  const where = { AND: [{ id: messageId }, inboxOf(actor)] };
  // Only an unread message is written: opening it again keeps the first reading's time.
  await db.inboxMessage.updateMany({ where: { AND: [...where.AND, { readAt: null }] }, data: { readAt: new Date() } });
  const found = await db.inboxMessage.findFirst({
    where,
    select: { ...INBOX_ENTRY, application: { select: { ...INBOX_ENTRY.application.select, ...dossierScopeSelect(actor) } } },
  });
  if (!found) throw new AppError("NOT_FOUND");
  const {
    application: { id, referenceNumber, ...scope },
    ...rest
  } = found;
  const message = { ...rest, application: { id, referenceNumber } };
  if (!can(actor, "dossier:read", scope, now)) return { ...message, letter: null, dossierOpen: false };
  return { ...message, letter: message.letter ?? (await finalDecisionLetter(actor, id)), dossierOpen: true };
}

/**
 * The annex of a dossier's final decision for a message the letters job has not attached one to (yet,
 * or because it wrote the copy in the reader's language in another run): the reader's language first.
 */
async function finalDecisionLetter(actor: Actor, applicationId: string): Promise<InboxEntry["letter"]> {
  const db = getDb();
  const reader = await db.user.findUnique({ where: { id: actor.userId }, select: { locale: true } });
  const letters = await db.letter.findMany({
    where: { applicationId, kind: { in: ["ANNEX_46", "ANNEX_47", "ANNEX_48"] } },
    select: { id: true, kind: true, locale: true },
    orderBy: { createdAt: "desc" },
  });
  return letters.find((letter) => letter.locale === reader?.locale) ?? letters[0] ?? null;
}
