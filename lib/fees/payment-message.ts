/**
 * The message that goes with the fee transfer, so that the Immigration Office can match the payment
 * to the worker: `NameFirstnameNationalityDDMMYYYY` (seed 001, "NaamVoornaamNationaliteitDDMMJJJJ").
 *
 * Choices, since the seed shows only the pattern:
 *  - Name: the whole family name. First name: the first given name only (the seed's "Voornaam" is
 *    one name; all of them would not fit a transfer message).
 *  - Each word starts with a capital and spaces, hyphens and apostrophes go, so the parts stay
 *    readable without separators: "van der Berg" → "VanDerBerg", "Jean-Luc" → "JeanLuc",
 *    "O'Brien" → "OBrien".
 *  - Accents are removed and letters without an accent-free form are spelled out (ß → ss,
 *    Ø → O, Ł → L, Æ → AE, …); anything else that is not A–Z or 0–9 is dropped: banks accept only a
 *    basic Latin set in transfer messages, and passports spell names in Latin letters anyway.
 *  - Nationality: the ISO 3166-1 alpha-2 code the portal stores ("IN", "MA"), the same in every
 *    language, where a country name would depend on the language of whoever reads the screen.
 *  - Date of birth as DDMMYYYY.
 *  - A transfer message holds 140 characters: the name is cut at 70 and the first name at 50, so
 *    nationality and date of birth always fit.
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: "ss",
  ẞ: "SS",
  Ø: "O",
  ø: "o",
  Ł: "L",
  ł: "l",
  Æ: "AE",
  æ: "ae",
  Œ: "OE",
  œ: "oe",
  Đ: "D",
  đ: "d",
  Þ: "Th",
  þ: "th",
  ı: "i",
};

/** "josé-maría de la cruz" → "JoseMariaDeLaCruz". */
export function transferMessageWords(text: string): string {
  const latin = [...text.normalize("NFD").replace(/\p{M}/gu, "")].map((char) => SPELLED_OUT[char] ?? char).join("");
  return latin
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

export interface PaymentMessageWorker {
  familyName: string;
  givenNames: string;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  /** ISO day. */
  dateOfBirth: string;
}

export function paymentMessage(worker: PaymentMessageWorker): string {
  const [firstGivenName = ""] = worker.givenNames.trim().split(/\s+/);
  const [year = "", month = "", day = ""] = worker.dateOfBirth.split("-");
  return (
    transferMessageWords(worker.familyName).slice(0, 70) +
    transferMessageWords(firstGivenName).slice(0, 50) +
    worker.nationality.toUpperCase() +
    day +
    month +
    year
  );
}
