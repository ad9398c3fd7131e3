import type { IsoDay } from "@/lib/dates";
import { inForce, type Dated } from "@/lib/reference/dated";

/**
 * The Immigration Office's administrative fee (retributie / redevance) for a combined-permit
 * application, due per person per application and indexed every 1 January (REFERENCE.md §2). One
 * row per verified yearly figure; a year without a verified figure has no row.
 */
export interface FeeRow extends Dated {
  amountCents: number;
}

export const FEE_ROWS: readonly FeeRow[] = [
  {
    id: "fee.2024",
    validFrom: "2024-01-01",
    validUntil: "2024-12-31",
    amountCents: 144_00,
    source: "REFERENCE.md §2 [S8] droitsquotidiens.be; seed 001 (144 euro)",
  },
  {
    id: "fee.2025",
    validFrom: "2025-01-01",
    validUntil: "2025-12-31",
    amountCents: 148_00,
    source: "REFERENCE.md §2 [S9] vanhavermaet.be, 9 January 2025",
  },
  // 2026: not verified (REFERENCE.md §2: the only claim, €377, looks unreliable). Add the row once
  // dofi.ibz.be confirms the figure.
];

export interface FeeAccount extends Dated {
  iban: string;
  bic: string;
  /** Account holder as the seed names it. */
  holder: string;
}

/** The Immigration Office account the fee is paid to (checked by a unit test with the IBAN rule). */
export const FEE_ACCOUNT: FeeAccount = {
  id: "fee-account.2019",
  validFrom: "2019-01-01",
  validUntil: null,
  iban: "BE57679200609235",
  bic: "PCHQBEBB",
  holder: "Dienst Vreemdelingenzaken / Office des Étrangers",
  source: "Seed 001; REFERENCE.md §2 [S8][S10] (bank code 679 = bpost, BIC PCHQBEBB [S7])",
};

/** The fee for a filing day, and whether it is that year's verified figure. */
export interface FeeFigure {
  row: FeeRow;
  /** The year the figure is for. */
  figureYear: number;
  /** The filing day's year. */
  year: number;
  /**
   * True when the row is in force on the day. False when the year has no verified figure yet and
   * the latest earlier one is shown instead: the screen must say which year's figure it is.
   */
  verified: boolean;
}

/**
 * The fee that applies on a filing day: the row in force, else the most recent earlier row
 * (flagged unverified); undefined before the first known figure.
 */
export function feeOn(day: IsoDay): FeeFigure | undefined {
  const year = Number(day.slice(0, 4));
  const [current] = inForce(FEE_ROWS, day);
  if (current) return { row: current, figureYear: Number(current.validFrom.slice(0, 4)), year, verified: true };
  const earlier = FEE_ROWS.filter((row) => row.validUntil !== null && row.validUntil < day).at(-1);
  return earlier ? { row: earlier, figureYear: Number(earlier.validFrom.slice(0, 4)), year, verified: false } : undefined;
}
