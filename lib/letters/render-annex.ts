import type { PermitCategory } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { LetterDocument } from "./letter-document";
import type { AfterGrant, AnnexInput } from "./letter-input";
import { appealSection, letterLanguage, workerFields, type LetterLanguage } from "./letter-parts";
import { letterTexts } from "./texts";

/**
 * The portal's rendition of the Immigration Office's decision on residence (seed 001, REFERENCE §4):
 * annex 46 (granted), 47 (deemed granted: no decision within the term) or 48 (refused, with its
 * reasons and the appeal to the Council for Alien Law Litigation). It says on its face that it is
 * the portal's rendition, not the model form of the Royal Decree. Pure: no clock, no database.
 */
export async function renderAnnex(input: AnnexInput, locale: Locale): Promise<Uint8Array> {
  const texts = letterTexts[locale];
  const language = await letterLanguage(locale, texts);
  const title = `${texts.annexTitle(input.annex)} — ${texts.annexSubtitle[input.annex]}`;
  const document = await LetterDocument.create({
    title: `${title} — ${input.referenceNumber}`,
    language: texts.languageTag,
    author: input.authority.name,
    subject: texts.annexSubtitle[input.annex],
  });

  document.address(input.authority.name, input.authority.addressLines);
  document.text(texts.annexTitle(input.annex), { bold: true, size: 18, after: 2 });
  document.text(texts.annexSubtitle[input.annex], { bold: true, size: 13 });
  document.text(texts.rendition(input.annex), { grey: true });
  document.field(texts.legalBasis, texts.legalBasisText(input.annex));
  document.field(texts.reference, input.referenceNumber);
  document.field(texts.decisionDate, language.day(input.decisionDate));
  document.space(8);
  workerFields(document, language, input.worker);
  document.space(4);
  if (input.employer) {
    document.field(texts.employer, [input.employer.name, ...input.employer.addressLines].join("\n"));
    if (input.employer.enterpriseNumber) document.field(texts.enterpriseNumber, input.employer.enterpriseNumber);
  }
  if (input.category) document.field(texts.category, language.category(input.category));
  document.space(8);

  switch (input.annex) {
    case "46":
      document.text(texts.grantStatement(input.authority.name));
      nextSteps(document, language, input.afterGrant, input.category);
      break;
    case "47":
      document.text(texts.deemedGrantStatement(input.authority.name, language.day(input.decisionTermLastDay)));
      nextSteps(document, language, input.afterGrant, input.category);
      break;
    case "48":
      document.text(texts.refusalStatement(input.authority.name));
      document.heading(texts.motivation);
      document.text(input.motivation);
      appealSection(document, language, input.appeal);
      document.text(texts.cassation);
      break;
  }
  document.space(6);
  document.text(input.authority.name, { bold: true });

  return document.finish((page, pages) => `Working in Belgium · ${texts.annexTitle(input.annex)} · ${input.referenceNumber} · ${texts.page(page, pages)}`);
}

/**
 * Visa D at the diplomatic post when the worker is abroad; registration at the municipality within
 * 8 working days when in Belgium (seed 001, REFERENCE §4 [S39]); then the electronic card, with
 * annex 49 meanwhile. The card is an A card, an H card for an EU Blue Card (REFERENCE §4 [S20]).
 */
function nextSteps(document: LetterDocument, language: LetterLanguage, afterGrant: AfterGrant, category: PermitCategory | null): void {
  const { texts } = language;
  document.heading(texts.nextSteps);
  document.bullets([
    afterGrant.workerResidesInBelgium ? texts.nextInBelgium(language.day(afterGrant.registerAtMunicipalityBy)) : texts.nextAbroad(afterGrant.diplomaticPost),
    texts.residenceCard(category === "EU_BLUE_CARD" ? "H" : "A"),
  ]);
}
