import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LetterKind } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { addWorkingDays } from "@/lib/terms/holidays";
import { dateToDay, dayInBelgium } from "@/lib/dates";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { getStorage } from "@/lib/storage/get-storage";
import { findDiplomaticPost } from "@/lib/reference/diplomatic-posts";
import { termsAfter, type AppealTerm } from "@/lib/terms/terms-after";
import type { DeadlineEvent } from "@/lib/terms/deadline-request";
import { renderAnnex } from "@/lib/letters/render-annex";
import { renderDecisionLetter } from "@/lib/letters/render-decision-letter";
import type { AppealInput, Party } from "@/lib/letters/letter-input";

/** Days after the final decision within which a worker in Belgium registers at the municipality (REFERENCE §4 [S39]). */
const REGISTRATION_WORKING_DAYS = 8;
const BATCH = 50;
/** How long after a decision a run still looks for a copy of its letter that is missing. */
const RECENT_MS = 24 * 60 * 60 * 1000;

/** Which document a decision gets: the registered letter of a negative regional decision, or the Immigration Office's annex. */
function letterKindOf(decision: { kind: string; outcome: string }): LetterKind | null {
  if (decision.kind === "ADMISSIBILITY" && decision.outcome === "INADMISSIBLE") return "INADMISSIBILITY";
  if (decision.kind === "WORK_PART" && decision.outcome === "REFUSED") return "WORK_PART_REFUSAL";
  if (decision.kind === "RESIDENCE") return decision.outcome === "GRANTED" ? "ANNEX_46" : decision.outcome === "DEEMED_GRANTED" ? "ANNEX_47" : "ANNEX_48";
  return null;
}

/** The appeal event of lib/terms for each letter that carries an appeal. */
const appealEventOf: Partial<Record<LetterKind, DeadlineEvent>> = {
  INADMISSIBILITY: "INADMISSIBILITY_DECISION_NOTIFIED",
  WORK_PART_REFUSAL: "WORK_PART_REFUSAL_NOTIFIED",
  ANNEX_48: "RESIDENCE_REFUSAL_NOTIFIED",
};

/**
 * Writes the PDF that each decision needing one lacks (the `letters.write` job): the registered letter
 * of an inadmissibility or a refused work part, the annex 46, 47 or 48 of a residence decision — in
 * the filer's language and, when it differs, the worker's — stores it, records it as a Letter, and
 * attaches it to the inbox messages of that decision. Idempotent: a letter is unique per decision,
 * kind and language, so a second process writing the same one loses the insert and removes its file.
 */
export async function writeDecisionLetters(now: Date = new Date()): Promise<number> {
  const db = getDb();
  const decisions = await db.decision.findMany({
    where: {
      // Without any letter, or recent: a run that wrote the filer's copy but not the worker's (it
      // failed or lost a race in between) leaves a decision whose missing copy a later run writes.
      OR: [{ letters: { none: {} } }, { decidedAt: { gte: new Date(now.getTime() - RECENT_MS) } }],
      AND: { OR: [{ kind: "ADMISSIBILITY", outcome: "INADMISSIBLE" }, { kind: "WORK_PART", outcome: "REFUSED" }, { kind: "RESIDENCE" }] },
      // Only dossiers a letter can be written for: one that cannot would stay unwritten and, listed
      // first, keep the batch from ever reaching newer decisions.
      application: { referenceNumber: { not: null }, workerId: { not: null } },
    },
    include: {
      letters: { select: { locale: true } },
      authority: true,
      application: {
        include: {
          employer: true,
          worker: { include: { user: { select: { locale: true } } } },
          createdBy: { select: { locale: true } },
          terms: { where: { kind: "DECISION_ON_MERITS" }, orderBy: { createdAt: "desc" }, take: 1 },
        },
      },
    },
    // Those without any letter first, newest first: the decision just taken is the one somebody is
    // waiting for; recent ones that have all their copies come last and cost no rendering.
    orderBy: [{ letters: { _count: "asc" } }, { decidedAt: "desc" }],
    take: BATCH,
  });
  let written = 0;
  for (const decision of decisions) {
    const kind = letterKindOf(decision);
    const dossier = decision.application;
    if (!kind || !dossier.worker || !dossier.referenceNumber) continue;
    const locales = [...new Set([dossier.createdBy.locale, dossier.worker.user?.locale ?? dossier.createdBy.locale].filter(isLocale))];
    const decisionDay = dayInBelgium(decision.decidedAt);
    const party = (organisation: { name: string; registeredOfficeStreet: string | null; registeredOfficePostalCode: string | null; registeredOfficeCity: string | null }): Party => ({
      name: organisation.name,
      addressLines: [organisation.registeredOfficeStreet, [organisation.registeredOfficePostalCode, organisation.registeredOfficeCity].filter(Boolean).join(" ")].filter((line): line is string => Boolean(line)),
    });
    const annexEmployer = dossier.employer ? { ...party(dossier.employer), enterpriseNumber: dossier.employer.enterpriseNumber } : null;
    // A negative decision goes to the applicant: the employer, or the person who filed in their own name.
    const addressee: Party = dossier.employer
      ? party(dossier.employer)
      : { name: `${dossier.worker.givenNames} ${dossier.worker.familyName}`, addressLines: dossier.workerResidencePostalCode ? [dossier.workerResidencePostalCode] : [] };
    const worker = { givenNames: dossier.worker.givenNames, familyName: dossier.worker.familyName, dateOfBirth: dateToDay(dossier.worker.dateOfBirth), nationality: dossier.worker.nationality };
    const appealFor = (locale: Locale): AppealInput | null => {
      const event = appealEventOf[kind];
      if (!event) return null;
      const appeal = termsAfter({ event, eventDate: decisionDay, region: dossier.competentRegion }).terms.find((term): term is AppealTerm => term.term === "APPEAL");
      if (!appeal) return null;
      const lines = appeal.addressee?.lines[locale] ?? [];
      return {
        appealTo: appeal.appealTo,
        appealType: appeal.appealType,
        addressee: { name: lines[0] ?? "", addressLines: lines.slice(1) },
        form: appeal.form,
        mayBeFiledBy: appeal.mayBeFiledBy,
        length: appeal.length,
        lastDay: appeal.lastDay,
        lastDayMovedToNextWorkingDay: appeal.lastDayMovedToNextWorkingDay !== undefined,
      };
    };
    const afterGrant = () =>
      dossier.workerResidesInBelgium
        ? ({ workerResidesInBelgium: true, registerAtMunicipalityBy: addWorkingDays(decisionDay, REGISTRATION_WORKING_DAYS) } as const)
        : ({ workerResidesInBelgium: false, diplomaticPost: postName(dossier.diplomaticPostCode, decisionDay) } as const);

    for (const locale of locales) {
      if (decision.letters.some((letter) => letter.locale === locale)) continue;
      const common = { authority: party(decision.authority), referenceNumber: dossier.referenceNumber, decisionDate: decisionDay, worker, category: dossier.category };
      const appeal = appealFor(locale);
      let pdf: Uint8Array;
      if (kind === "ANNEX_46") {
        pdf = await renderAnnex({ ...common, annex: "46", employer: annexEmployer, afterGrant: afterGrant() }, locale);
      } else if (kind === "ANNEX_47") {
        const term = dossier.terms[0];
        const lastDay = term ? dateToDay(term.extendedUntil ?? term.endsOn) : decisionDay;
        pdf = await renderAnnex({ ...common, annex: "47", employer: annexEmployer, decisionTermLastDay: lastDay, afterGrant: afterGrant() }, locale);
      } else if (kind === "ANNEX_48" && appeal) {
        pdf = await renderAnnex({ ...common, annex: "48", employer: annexEmployer, motivation: decision.motivation ?? "", appeal }, locale);
      } else if (appeal && (kind === "INADMISSIBILITY" || kind === "WORK_PART_REFUSAL")) {
        pdf = await renderDecisionLetter(
          {
            ...common,
            decision: kind === "INADMISSIBILITY" ? "INADMISSIBLE" : "WORK_PART_REFUSED",
            employer: addressee,
            letterDate: dayInBelgium(now),
            motivation: decision.motivation ?? "",
            recordedByPortal: decision.decidedById === null,
            appeal,
          },
          locale,
        );
      } else {
        continue;
      }
      const owners: Prisma.InboxMessageWhereInput[] = [];
      // The organisations' inboxes get the letter in the filer's language; the worker's in theirs.
      const organisations = [dossier.employerId, dossier.filedById].filter((id): id is string => id !== null);
      if (locale === locales[0] && organisations.length > 0) owners.push({ organisationId: { in: organisations } });
      if (dossier.worker.userId && locale === locales.at(-1)) owners.push({ userId: dossier.worker.userId });
      if (await storeLetter({ applicationId: dossier.id, decisionId: decision.id, kind, locale, pdf, inboxOwners: owners })) written++;
    }
  }
  return written;
}

function postName(code: string | null, day: string): string {
  const post = code ? findDiplomaticPost(code, day) : undefined;
  return post ? `${post.city} (${post.country})` : (code ?? "");
}

/** Stores the PDF, then records it and attaches it to the dossier's inbox messages without one; false when another process was first. */
async function storeLetter(input: {
  applicationId: string;
  decisionId: string;
  kind: LetterKind;
  locale: string;
  pdf: Uint8Array;
  inboxOwners: Prisma.InboxMessageWhereInput[];
}): Promise<boolean> {
  const storage = getStorage();
  const key = `letters/${input.applicationId.toLowerCase()}/${randomUUID()}.pdf`;
  await storage.put(key, Readable.from([Buffer.from(input.pdf)]));
  try {
    await getDb().$transaction(async (tx) => {
      const letter = await tx.letter.create({
        data: {
          applicationId: input.applicationId,
          decisionId: input.decisionId,
          kind: input.kind,
          locale: input.locale,
          storageKey: key,
          sizeBytes: input.pdf.byteLength,
          sha256: createHash("sha256").update(input.pdf).digest("hex"),
        },
        select: { id: true },
      });
      if (input.inboxOwners.length > 0) {
        await tx.inboxMessage.updateMany({ where: { applicationId: input.applicationId, letterId: null, OR: input.inboxOwners }, data: { letterId: letter.id } });
      }
    });
    return true;
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}
