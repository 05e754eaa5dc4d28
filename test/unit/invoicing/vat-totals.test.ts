import { describe, expect, it } from 'vitest';
import type { InvoiceLine } from '#shared/invoicing/invoice.ts';
import { decimalAmount, documentTotals } from '#shared/invoicing/vat-totals.ts';

const line = (unitPriceMinor: number, quantity: number, vatRate: number): InvoiceLine => ({
  itemId: `item-${unitPriceMinor}-${vatRate}`,
  name: 'Item',
  registrationIds: [],
  participants: [],
  quantity,
  unitPriceMinor,
  vatRate,
});

describe('VAT on a document (EN 16931)', () => {
  it('rounds each line’s net amount to two decimals', () => {
    expect(documentTotals([line(33.335, 3, 25)], true).lineNetMinor).toEqual([100]);
  });

  it('computes VAT once per rate on the rate’s sum, not as the sum of per-line VAT', () => {
    // Three lines of 0.10 at 25 %: per line 0.025 → 0.03 each (0.09); per rate 0.30 × 25 % = 0.075 → 0.08.
    const totals = documentTotals(
      [line(10, 1, 25), { ...line(10, 1, 25), itemId: 'b' }, { ...line(10, 1, 25), itemId: 'c' }],
      true,
    );
    expect(totals.breakdown).toEqual([{ category: 'S', rate: 25, taxableMinor: 30, vatMinor: 8 }]);
    expect(totals.vatMinor).toBe(8);
  });

  it('rounds half away from zero', () => {
    // 0.50 × 25 % = 0.125 → 0.13; 99.99 × 3 at 12 % = 35.9964 → 36.00.
    expect(documentTotals([line(50, 1, 25)], true).vatMinor).toBe(13);
    expect(documentTotals([line(9999, 3, 12)], true).vatMinor).toBe(3600);
  });

  it('keeps one breakdown row per rate, highest first, and totals that add up', () => {
    const totals = documentTotals([line(300_000, 2, 25), line(145_000, 2, 12), line(65_000, 1, 25)], true);
    expect(totals.breakdown).toEqual([
      { category: 'S', rate: 25, taxableMinor: 665_000, vatMinor: 166_250 },
      { category: 'S', rate: 12, taxableMinor: 290_000, vatMinor: 34_800 },
    ]);
    expect(totals.netMinor).toBe(955_000);
    expect(totals.vatMinor).toBe(201_050);
    expect(totals.grossMinor).toBe(1_156_050);
  });

  it('marks 0 % exempt for a VAT-registered seller, and every line not subject to VAT for a seller without a VAT number', () => {
    expect(documentTotals([line(1000, 1, 0)], true).breakdown).toEqual([
      { category: 'E', rate: 0, taxableMinor: 1000, vatMinor: 0 },
    ]);
    expect(documentTotals([line(1000, 1, 25), line(500, 1, 12)], false).breakdown).toEqual([
      { category: 'O', rate: undefined, taxableMinor: 1500, vatMinor: 0 },
    ]);
  });

  it('writes amounts with two decimals', () => {
    expect(decimalAmount(1_156_050)).toBe('11560.50');
    expect(decimalAmount(7)).toBe('0.07');
    expect(decimalAmount(-1250)).toBe('-12.50');
  });
});
