import type { InvoiceLine } from './invoice.ts';

/**
 * VAT categories of EN 16931 used here: S (standard rated, any rate above 0), E (exempt: 0 % from a seller
 * registered for VAT), O (not subject to VAT: every line of a seller with no VAT number).
 */
export type VatCategory = 'S' | 'E' | 'O';

export interface VatBreakdownRow {
  category: VatCategory;
  /** Absent for category O, which carries no rate. */
  rate?: number;
  taxableMinor: number;
  vatMinor: number;
}

export interface DocumentTotals {
  /** Each line's net amount, in the lines' order. */
  lineNetMinor: number[];
  breakdown: VatBreakdownRow[];
  netMinor: number;
  vatMinor: number;
  grossMinor: number;
}

/** Half away from zero, as EN 16931 rounds to two decimals; the 1e-9 keeps a product like 0.075 × 100 from falling short. */
function roundMinor(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) + 1e-9);
}

export function vatCategoryOf(rate: number, sellerHasVatNumber: boolean): VatCategory {
  if (!sellerHasVatNumber) return 'O';
  return rate > 0 ? 'S' : 'E';
}

/**
 * The amounts of a document as EN 16931 computes them (BR-CO-10 … BR-CO-17, BR-S-08): each line's net amount is
 * quantity × price, rounded to two decimals; lines are summed per VAT category and rate; the VAT of each is that
 * sum × rate, rounded once — never the sum of per-line VAT, which can differ by a cent per line; the totals add up.
 */
export function documentTotals(lines: readonly InvoiceLine[], sellerHasVatNumber: boolean): DocumentTotals {
  const lineNetMinor = lines.map((line) => roundMinor(line.quantity * line.unitPriceMinor));
  const rows = new Map<string, VatBreakdownRow>();
  lines.forEach((line, at) => {
    const category = vatCategoryOf(line.vatRate, sellerHasVatNumber);
    const rate = category === 'O' ? undefined : line.vatRate;
    const key = `${category}:${rate ?? ''}`;
    const row = rows.get(key) ?? { category, rate, taxableMinor: 0, vatMinor: 0 };
    row.taxableMinor += lineNetMinor[at] ?? 0;
    rows.set(key, row);
  });
  const breakdown = [...rows.values()]
    .map((row) => ({ ...row, vatMinor: roundMinor((row.taxableMinor * (row.rate ?? 0)) / 100) }))
    .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
  const netMinor = lineNetMinor.reduce((sum, amount) => sum + amount, 0);
  const vatMinor = breakdown.reduce((sum, row) => sum + row.vatMinor, 0);
  return { lineNetMinor, breakdown, netMinor, vatMinor, grossMinor: netMinor + vatMinor };
}

/** "1234.50": minor units as the two-decimal amount UBL carries. */
export function decimalAmount(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const absolute = Math.abs(minor);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}
