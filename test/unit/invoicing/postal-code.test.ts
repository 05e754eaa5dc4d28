import { describe, expect, it } from 'vitest';
import { postalCodeOf } from '#shared/invoicing/postal-code.ts';

describe('a postcode', () => {
  it.each(['76128', '761 28', ' 761  28 '])('reads Swedish %j as "761 28"', (typed) => {
    expect(postalCodeOf(typed, 'SE')).toBe('761 28');
  });

  it('reads a Norwegian one as its four digits', () => {
    expect(postalCodeOf('3015', 'NO')).toBe('3015');
    expect(postalCodeOf('0 161', 'NO')).toBe('0161');
  });

  it.each([
    ['7612', 'SE'],
    ['761 288', 'SE'],
    ['SE-761 28', 'SE'],
    ['76128', 'NO'],
    ['301', 'NO'],
  ] as const)('refuses %j in %s', (typed, country) => {
    expect(postalCodeOf(typed, country)).toBeUndefined();
  });
});
