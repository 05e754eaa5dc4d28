import type { Language, Price } from '#shared/domain/event.ts';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/** "3 000 kr" in Norwegian and Swedish, with no-break spaces so the amount never wraps; "NOK 3,000" in English. */
export function formatPrice(price: Pick<Price, 'amount' | 'currency'>, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency: price.currency,
    currencyDisplay: language === 'en' ? 'code' : 'symbol',
    maximumFractionDigits: 0,
  }).format(price.amount);
}
