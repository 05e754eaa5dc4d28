import { LANGUAGES, type Language } from '#shared/domain/event.ts';

/** One of our languages by its code, or undefined for anything else (a hand-made `?lang=` or an old cookie). */
export function languageNamed(code: string | undefined): Language | undefined {
  return LANGUAGES.find((language) => language === code);
}

/** Norwegian readers' browsers say `nb`, `nn` or just `no`; we write bokmål for all of them. */
const LANGUAGE_OF_TAG: Record<string, Language> = { sv: 'sv', nb: 'nb', nn: 'nb', no: 'nb', en: 'en' };

/**
 * The language of ours a browser's `Accept-Language` header prefers most (RFC 9110 §12.5.4: tags with q-values,
 * the highest first, the header's order breaking ties); undefined when it names none of ours.
 */
export function preferredLanguage(acceptLanguage: string | undefined): Language | undefined {
  const wished = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return {
        primary: tag.trim().toLowerCase().split('-')[0] ?? '',
        q: q === undefined ? 1 : Number(q),
        order,
      };
    })
    .filter((wish) => wish.q > 0 && LANGUAGE_OF_TAG[wish.primary] !== undefined)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  const first = wished[0];
  return first ? LANGUAGE_OF_TAG[first.primary] : undefined;
}
