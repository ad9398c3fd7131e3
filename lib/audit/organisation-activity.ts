import type { AuditOutcome, OrganisationKind, Region } from "@/lib/generated/prisma/enums";
import { organisationOf, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/authorization";
import { getDb } from "@/lib/db";

/**
 * An organisation's activity log (issue 11, item 7): who did what on the organisation's dossiers
 * (as employer or as the mandatary who filed them) and mandates, read from the audit log, newest
 * first. Only what the administrator needs to follow their own files is shown:
 *  - their own organisation's members by name: the administrator manages them and knows them;
 *  - another employer or mandatary by its organisation's name (a legal person, not personal data),
 *    never the person who acted there; a refusal by an outsider (a guessed id) as "another
 *    organisation", without naming it;
 *  - authorities by their office ("Regional caseworker (Flemish Region)", "Immigration Office"):
 *    a caseworker acts for their office, and their name would add a third party's personal data
 *    without telling the client anything it can act on (decisions are signed by the office);
 *  - the worker as "the worker"; the portal (terms that passed) as "the portal".
 * The entries' metadata, client address and user agent are never shown here: they are for the DPO.
 */

export const ACTIVITY_PAGE_SIZE = 25;

export type ActivityActor =
  | { kind: "member"; name: string }
  | { kind: "organisation"; name: string; organisationKind: "EMPLOYER" | "MANDATARY" }
  | { kind: "other-organisation" }
  | { kind: "regional-caseworker"; region: Region | null }
  | { kind: "immigration-office" }
  | { kind: "worker" }
  | { kind: "portal" };

export interface ActivityEntry {
  id: string;
  occurredAt: Date;
  action: string;
  outcome: AuditOutcome;
  actor: ActivityActor;
  /** The dossier acted on (its reference number once submitted), or the mandate. */
  subject: { kind: "dossier"; id: string; referenceNumber: string | null } | { kind: "mandate"; id: string };
}

export interface ActivityPage {
  organisationName: string;
  entries: ActivityEntry[];
  /** The cursor of the next (older) page, or null on the last. */
  next: string | null;
}

interface Row {
  id: string;
  occurredAt: Date;
  action: string;
  outcome: AuditOutcome;
  entityType: string;
  entityId: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  actorName: string | null;
  actorOrganisationKind: OrganisationKind | null;
  actorOrganisationName: string | null;
  actorRegion: Region | null;
  referenceNumber: string | null;
  byPortal: boolean;
}

/** A page's position: the last entry shown, as `<ISO time>_<id>`; anything else starts at the top. */
export function parseActivityCursor(cursor: unknown): { at: Date; id: string } | null {
  if (typeof cursor !== "string" || cursor.length > 80) return null;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(cursor);
  if (!match) return null;
  const at = new Date(match[1]!);
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2]! };
}

function cursorOf(entry: { occurredAt: Date; id: string }): string {
  return `${entry.occurredAt.toISOString()}_${entry.id}`;
}

/**
 * One page of the actor's organisation's activity, older than `cursor` (keyset: occurredAt, id).
 * Entries on a draft that was deleted stay in the audit log but no longer name a dossier of the
 * organisation, and are not shown.
 */
export async function listOrganisationActivity({ actor, cursor, pageSize = ACTIVITY_PAGE_SIZE }: { actor: Actor; cursor?: unknown; pageSize?: number }): Promise<ActivityPage> {
  assertCan(actor, "organisation:read-activity");
  const organisationId = organisationOf(actor);
  if (!organisationId) return { organisationName: "", entries: [], next: null };
  const after = parseActivityCursor(cursor);
  const limit = Math.min(Math.max(1, pageSize), 100);
  const db = getDb();
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
  // Times compared as the column's type (timestamp(3) without time zone, in UTC as Prisma writes it).
  const rows = await db.$queryRaw<Row[]>`
    WITH subjects AS (
      SELECT 'Application'::text AS "entityType", a."id"::text AS "entityId", a."referenceNumber" FROM "Application" a
      WHERE a."employerId" = ${organisationId}::uuid OR a."filedById" = ${organisationId}::uuid
      UNION ALL
      SELECT 'Mandate', m."id"::text, NULL FROM "Mandate" m
      WHERE m."employerId" = ${organisationId}::uuid OR m."mandataryId" = ${organisationId}::uuid
    )
    SELECT e."id", e."occurredAt", e."action", e."outcome", e."entityType", e."entityId",
           e."actorUserId", e."actorOrganisationId",
           CASE WHEN e."actorOrganisationId" = ${organisationId}::uuid THEN u."name" END AS "actorName",
           o."kind" AS "actorOrganisationKind", o."name" AS "actorOrganisationName", o."region" AS "actorRegion",
           s."referenceNumber", COALESCE(e."metadata"->>'by' = 'portal', false) AS "byPortal"
    FROM "AuditEntry" e
    JOIN subjects s ON s."entityType" = e."entityType" AND s."entityId" = e."entityId"
    LEFT JOIN "User" u ON u."id" = e."actorUserId"
    LEFT JOIN "Organisation" o ON o."id" = e."actorOrganisationId"
    WHERE ${after === null}::boolean
       OR (e."occurredAt", e."id") < (${after?.at ?? new Date(0)}::timestamp(3), ${after?.id ?? "00000000-0000-0000-0000-000000000000"}::uuid)
    ORDER BY e."occurredAt" DESC, e."id" DESC
    LIMIT ${limit + 1}`;
  const entries = rows.slice(0, limit).map((row) => toEntry(row, organisationId));
  return { organisationName: organisation.name, entries, next: rows.length > limit ? cursorOf(entries.at(-1)!) : null };
}

function toEntry(row: Row, organisationId: string): ActivityEntry {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    action: row.action,
    outcome: row.outcome,
    actor: actorOf(row, organisationId),
    subject: row.entityType === "Mandate" ? { kind: "mandate", id: row.entityId } : { kind: "dossier", id: row.entityId, referenceNumber: row.referenceNumber },
  };
}

function actorOf(row: Row, organisationId: string): ActivityActor {
  if (!row.actorUserId) return { kind: "portal" };
  if (row.actorOrganisationId === organisationId) return { kind: "member", name: row.actorName ?? "" };
  switch (row.actorOrganisationKind) {
    case "REGIONAL_AUTHORITY":
      return { kind: "regional-caseworker", region: row.actorRegion };
    case "IMMIGRATION_OFFICE":
      return { kind: "immigration-office" };
    case "EMPLOYER":
    case "MANDATARY":
      return row.outcome === "SUCCESS" ? { kind: "organisation", name: row.actorOrganisationName ?? "", organisationKind: row.actorOrganisationKind } : { kind: "other-organisation" };
    case null:
      return { kind: "worker" };
  }
}

/** Actions with a label in the catalogs (`organisation.activity.actions.<key>`); others read "other". */
const labelledActions = new Set([
  "application.create",
  "application.save-step",
  "application.submit",
  "application.delete-draft",
  "document.upload",
  "document.download",
  "document.delete",
  "letter.read",
  "dossier.read",
  "worker.claim-dossier",
  "dossier.request-stop",
  "dossier.answer-information",
  "dossier.take-into-treatment",
  "dossier.decide-admissibility",
  "dossier.request-information",
  "dossier.decide-work-part",
  "dossier.decide-residence",
  "dossier.extend-decision-term",
  "dossier.process-stop",
  "dossier.submit",
  "dossier.requestCancellation",
  "dossier.processCancellation",
  "dossier.takeIntoTreatment",
  "dossier.requestWithdrawal",
  "dossier.processWithdrawal",
  "dossier.requestInformation",
  "dossier.answerInformation",
  "dossier.declareAdmissible",
  "dossier.declareInadmissible",
  "dossier.expireInformationRequest",
  "dossier.grantWorkPart",
  "dossier.refuseWorkPart",
  "dossier.extendDecisionTerm",
  "dossier.grantResidence",
  "dossier.refuseResidence",
  "dossier.deemGranted",
  "dossier.flagDecisionOverdue",
]);

/** The catalog key of an action's label: dots become underscores (next-intl reads dots as nesting). */
export function activityActionKey(action: string): string {
  return labelledActions.has(action) ? action.replace(/\./g, "_") : "other";
}

export const activityActionKeys = [...labelledActions].map(activityActionKey);
