import { describe, expect, it } from 'vitest';
import { counted, formatCount } from '#shared/i18n/plural-forms.ts';

/** The counts every text is tried with: none, the one singular, and two plurals. */
const each = (say: (n: number) => string) => [0, 1, 2, 5].map(say);

const SEATS_LEFT = {
  sv: { one: '# plats kvar', other: '# platser kvar' },
  nb: { one: '# plass igjen', other: '# plasser igjen' },
  en: { one: '# seat left', other: '# seats left' },
};

describe('a count with its words', () => {
  it('takes the singular for exactly one and the plural for none, two and five', () => {
    expect(each((n) => counted('sv', n, SEATS_LEFT.sv))).toEqual([
      '0 platser kvar',
      '1 plats kvar',
      '2 platser kvar',
      '5 platser kvar',
    ]);
    expect(each((n) => counted('nb', n, SEATS_LEFT.nb))).toEqual([
      '0 plasser igjen',
      '1 plass igjen',
      '2 plasser igjen',
      '5 plasser igjen',
    ]);
    expect(each((n) => counted('en', n, SEATS_LEFT.en))).toEqual([
      '0 seats left',
      '1 seat left',
      '2 seats left',
      '5 seats left',
    ]);
  });

  it('takes the plural for a fraction, even one and a half', () => {
    expect(counted('en', 1.5, { one: '# hour', other: '# hours' })).toBe('1.5 hours');
    expect(counted('sv', 1.5, { one: '# timme', other: '# timmar' })).toBe('1,5 timmar');
  });

  it('writes the number as the language does', () => {
    expect(counted('sv', 3000, SEATS_LEFT.sv)).toBe('3\u00a0000 platser kvar');
    expect(counted('nb', 3000, SEATS_LEFT.nb)).toBe('3\u00a0000 plasser igjen');
    expect(counted('en', 3000, SEATS_LEFT.en)).toBe('3,000 seats left');
    expect(formatCount('sv', 12)).toBe('12');
  });

  it('lets a form leave the number out', () => {
    const forms = { one: 'Den enda platsen är vald', other: 'Alla # platser är valda' };
    expect(each((n) => counted('sv', n, forms))).toEqual([
      'Alla 0 platser är valda',
      'Den enda platsen är vald',
      'Alla 2 platser är valda',
      'Alla 5 platser är valda',
    ]);
  });
});
