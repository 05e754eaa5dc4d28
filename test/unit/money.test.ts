import { describe, expect, it } from 'vitest';
import { formatPrice } from '#shared/money.ts';

const NBSP = '\u00a0';

describe('a price', () => {
  it('reads "3 000 kr" in the currency’s own country, with spaces that never break', () => {
    expect(formatPrice({ amount: 3000, currency: 'NOK' }, 'nb')).toBe(`3${NBSP}000${NBSP}kr`);
    expect(formatPrice({ amount: 3000, currency: 'SEK' }, 'sv')).toBe(`3${NBSP}000${NBSP}kr`);
  });

  it('tells the neighbour’s crowns apart', () => {
    expect(formatPrice({ amount: 3000, currency: 'NOK' }, 'sv')).toBe(`3${NBSP}000${NBSP}Nkr`);
    expect(formatPrice({ amount: 3000, currency: 'SEK' }, 'nb')).toBe(`3${NBSP}000${NBSP}SEK`);
  });

  it('reads "NOK 3,000" in English', () => {
    expect(formatPrice({ amount: 3000, currency: 'NOK' }, 'en')).toBe(`NOK${NBSP}3,000`);
    expect(formatPrice({ amount: 12500, currency: 'SEK' }, 'en')).toBe(`SEK${NBSP}12,500`);
  });

  it('shows whole crowns only', () => {
    expect(formatPrice({ amount: 2999.6, currency: 'SEK' }, 'sv')).toBe(`3${NBSP}000${NBSP}kr`);
  });
});
