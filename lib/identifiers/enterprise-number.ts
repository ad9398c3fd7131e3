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
  const digits = normaliseKboNumber(input);
  return /^[01]/.test(digits) && hasValidCheck(digits);
}

export function isEstablishmentUnitNumber(input: string): boolean {
  const digits = normaliseKboNumber(input);
  return /^[2-8]/.test(digits) && hasValidCheck(digits);
}

/** 0123456749 → 0123.456.749, as printed on KBO extracts. */
export function formatKboNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** The full 10-digit number for the first eight digits: their mod-97 check appended. */
export function withKboCheckDigits(first8: string): string {
  return first8 + String(97 - (Number(first8) % 97)).padStart(2, "0");
}
