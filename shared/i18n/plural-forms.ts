import type { Language } from '#shared/domain/event.ts';

/**
 * The words around one count, by CLDR plural category; `#` in a form stands for the number. Swedish, Norwegian
 * bokmål and English have only `one` (1) and `other` (0, 2, 5, 1.5 …). A form may leave the number out, as in
 * `{ one: 'Den enda platsen', other: 'Alla # platser' }`.
 */
export interface PluralForms {
  one: string;
  other: string;
}

/** Our language codes are also the locales Intl knows them by. */
const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A count written as the language writes numbers: 3000 is "3 000" in sv and nb (a no-break space), "3,000" in en. */
export function formatCount(language: Language, n: number): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(n);
}

/**
 * The form of `forms` that `n` takes in the language, with its `#` replaced by the number as `formatCount` writes
 * it: `counted('sv', 1, { one: '# plats kvar', other: '# platser kvar' })` is "1 plats kvar", with 3000 it is
 * "3 000 platser kvar". Keep names and other free text out of the forms and put them around the call: a `#` in
 * them could be taken for the number.
 */
export function counted(language: Language, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const form = rules.select(n) === 'one' ? forms.one : forms.other;
  return form.replace('#', () => formatCount(language, n));
}
