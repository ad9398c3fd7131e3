/**
 * KBO/BCE numbers: 10 digits, the last two a mod-97 check of the first eight
 * (97 − n mod 97, so never 00). Enterprise numbers start with 0 or 1, establishment unit numbers
 * with 2–8. Separators (dots, spaces) and a "BE" prefix are accepted on input.
 */
export function normaliseKboNumber(input: string): string {
  const digits = input.replace(/^BE/i, "").replace(/[\s.]/g, "");
  return digits.length === 9 ? `0${digits}` : digits;
}

function hasValidCheck(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

export function isEnterpriseNumber(input: string): boolean {
  return kboNumberProblem(input, "enterprise") === null;
}

export function isEstablishmentUnitNumber(input: string): boolean {
  return kboNumberProblem(input, "establishment-unit") === null;
}

export type KboNumberKind = "enterprise" | "establishment-unit";

/**
 * The first rule a KBO/BCE number breaks, so that a form can say which (REFERENCE §2): a character
 * other than digits, dots, spaces and a "BE" prefix; not 10 digits (9 get a leading 0); a number
 * of the other kind (an establishment unit's number given as the enterprise number, or the reverse);
 * a first digit neither kind has (9); a wrong mod-97 check. Null when the number is right.
 */
export type KboNumberProblem = "characters" | "length" | "establishmentUnitNumber" | "enterpriseNumber" | "firstDigit" | "checkDigits";

export function kboNumberProblem(input: string, kind: KboNumberKind): KboNumberProblem | null {
  const digits = normaliseKboNumber(input.trim());
  if (!/^\d*$/.test(digits)) return "characters";
  if (digits.length !== 10) return "length";
  const first = Number(digits[0]);
  if (kind === "enterprise" && first >= 2 && first <= 8) return "establishmentUnitNumber";
  if (kind === "establishment-unit" && first <= 1) return "enterpriseNumber";
  if (first === 9) return "firstDigit";
  return hasValidCheck(digits) ? null : "checkDigits";
}

/** 0123456749 → 0123.456.749, as printed on KBO extracts. */
export function formatKboNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** The full 10-digit number for the first eight digits: their mod-97 check appended. */
export function withKboCheckDigits(first8: string): string {
  return first8 + String(97 - (Number(first8) % 97)).padStart(2, "0");
}
