import { describe, expect, it } from 'vitest';
import { languageNamed, preferredLanguage } from '#shared/i18n/reader-language.ts';

describe("the reader's language", () => {
  it('is the first of ours the browser asks for, by q-value and then by order', () => {
    expect(preferredLanguage('sv-SE,sv;q=0.9,en;q=0.8')).toBe('sv');
    expect(preferredLanguage('de-DE,en-GB;q=0.7,sv;q=0.9')).toBe('sv');
    expect(preferredLanguage('en-US,en;q=0.9')).toBe('en');
    expect(preferredLanguage('fr, en;q=0.5, nb;q=0.5')).toBe('en');
  });

  it('writes bokmål for every Norwegian tag a browser sends', () => {
    expect(preferredLanguage('nb-NO')).toBe('nb');
    expect(preferredLanguage('nn')).toBe('nb');
    expect(preferredLanguage('no;q=0.8, de')).toBe('nb');
  });

  it('is undefined when the browser asks for none of ours, or refuses them with q=0', () => {
    expect(preferredLanguage('de-DE,fr;q=0.8')).toBeUndefined();
    expect(preferredLanguage('sv;q=0')).toBeUndefined();
    expect(preferredLanguage(undefined)).toBeUndefined();
  });

  it('takes only our own codes from ?lang= or the cookie', () => {
    expect(languageNamed('nb')).toBe('nb');
    expect(languageNamed('no')).toBeUndefined();
    expect(languageNamed('<script>')).toBeUndefined();
  });
});
