import type { InvoiceCountry } from '#shared/domain/invoice-party.ts';

/**
 * A postcode as the post writes it, however it was typed: Swedish in the conventional "NNN NN" ("76128" and
 * "761 28" both read "761 28"), Norwegian as its four digits. Undefined when it is not one of the country's.
 */
export function postalCodeOf(typed: string, country: InvoiceCountry): string | undefined {
  const digits = typed.replace(/[\s\u00a0]/g, '');
  if (country === 'SE')
    return /^\d{5}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3)}` : undefined;
  return /^\d{4}$/.test(digits) ? digits : undefined;
}
