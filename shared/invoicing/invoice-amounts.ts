import type { Currency, Language } from '#shared/domain/event.ts';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/** "10 748,00 kr": an invoice's amount to the öre, as the reader writes it (no-break spaces, never wrapped). */
export function formatInvoiceAmount(minor: number, currency: Currency, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency,
    currencyDisplay: language === 'en' ? 'code' : 'symbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(minor / 100);
}

/** "25 %", "12 %" (English "25%"). */
export const formatVatRate = (rate: number, language: Language): string =>
  language === 'en' ? `${rate}%` : `${rate}\u00a0%`;
