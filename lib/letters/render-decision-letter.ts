import type { Locale } from "@/lib/i18n/locales";
import { LetterDocument } from "./letter-document";
import type { DecisionLetterInput } from "./letter-input";
import { appealSection, letterLanguage, workerFields } from "./letter-parts";
import { letterTexts } from "./texts";

/**
 * The registered letter to the employer for a negative decision (seed 000: "Negatieve beslissingen
 * blijft u ontvangen via aangetekende brief"): inadmissible, work part refused, or the combined
 * permit refused (the cover letter of annex 48). It names the decision, its reasons and the appeal
 * with its addressee, form and last day (DOMAIN.md §8). Pure: no clock, no database.
 */
export async function renderDecisionLetter(input: DecisionLetterInput, locale: Locale): Promise<Uint8Array> {
  const texts = letterTexts[locale];
  const language = await letterLanguage(locale, texts);
  const title = texts.decisionTitle[input.decision];
  const document = await LetterDocument.create({
    title: `${title} — ${input.referenceNumber}`,
    language: texts.languageTag,
    author: input.authority.name,
    subject: texts.registeredLetter,
  });

  document.address(input.authority.name, input.authority.addressLines);
  document.address(input.employer.name, input.employer.addressLines, { inWindow: true, mark: texts.registeredLetter.toUpperCase() });
  document.field(texts.date, language.day(input.letterDate));
  document.field(texts.reference, input.referenceNumber);
  document.field(texts.subject, title);
  document.space(8);
  workerFields(document, language, input.worker);
  if (input.category) document.field(texts.category, language.category(input.category));
  document.field(texts.decisionDate, language.day(input.decisionDate));
  document.space(8);

  document.text(texts.salutation);
  document.text(texts.decisionStatement(input.decision, input.authority.name, language.day(input.decisionDate)));
  if (input.recordedByPortal) document.text(texts.recordedByPortal(input.authority.name));
  document.heading(texts.motivation);
  document.text(input.motivation);
  appealSection(document, language, input.appeal);
  if (input.decision === "RESIDENCE_REFUSED") document.text(texts.annex48Enclosed);
  document.space(6);
  document.text(texts.closing, { after: 2 });
  document.text(input.authority.name, { bold: true });

  return document.finish((page, pages) => `Working in Belgium · ${input.referenceNumber} · ${texts.page(page, pages)}`);
}
