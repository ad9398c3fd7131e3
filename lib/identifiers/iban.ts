/**
 * IBAN check (ISO 13616): the country code and check digits moved to the end, letters as numbers
 * (A = 10 … Z = 35), the whole number mod 97 must be 1. Spaces are accepted on input.
 */
export function isValidIban(input: string): boolean {
  const iban = input.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const digits = [...(iban.slice(4) + iban.slice(0, 4))].map((char) => parseInt(char, 36)).join("");
  // Digit by digit, so that the number never outgrows a double.
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/** BE57679200609235 → BE57 6792 0060 9235, as printed on transfer forms. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ");
}
