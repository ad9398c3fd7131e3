import type { Locale } from "@/lib/i18n/locales";
import { de } from "./de";
import { en } from "./en";
import { fr } from "./fr";
import type { LetterTexts } from "./letter-texts";
import { nl } from "./nl";

export type { LetterTexts } from "./letter-texts";

export const letterTexts: Record<Locale, LetterTexts> = { nl, fr, de, en };
