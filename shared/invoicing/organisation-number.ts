import type { InvoiceCountry } from '#shared/domain/invoice-party.ts';

/**
 * Organisation numbers as buyers type them ("212000-1124", "921 234 554"): digits only once read, and valid only
 * with their check digit — a Swedish organisationsnummer (10 digits, Luhn over all ten, the third digit 2 or more
 * for a legal person) or a Norwegian organisasjonsnummer (9 digits, modulus 11 with weights 3 2 7 6 5 4 3 2).
 */
export function organisationNumberOf(typed: string, country: InvoiceCountry): string | undefined {
  const digits = typed.replace(/[\s\u00a0-]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const valid =
    country === 'SE' ? isSwedishOrganisationNumber(digits) : isNorwegianOrganisationNumber(digits);
  return valid ? digits : undefined;
}

function isSwedishOrganisationNumber(digits: string): boolean {
  if (digits.length !== 10 || Number(digits[2]) < 2) return false;
  let sum = 0;
  for (let at = 0; at < 10; at += 1) {
    const product = Number(digits[at]) * (at % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}

const NORWEGIAN_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

function isNorwegianOrganisationNumber(digits: string): boolean {
  if (digits.length !== 9 || !/^[89]/.test(digits)) return false;
  const sum = NORWEGIAN_WEIGHTS.reduce((total, weight, at) => total + weight * Number(digits[at]), 0);
  const check = (11 - (sum % 11)) % 11;
  // A remainder that asks for check digit 10 means the number was never issued.
  return check !== 10 && check === Number(digits[8]);
}

/** The Peppol participant scheme for an organisation number: 0007 (Swedish), 0192 (Norwegian). */
export const PEPPOL_SCHEME: Record<InvoiceCountry, string> = { SE: '0007', NO: '0192' };

/** The Peppol participant ID an organisation number has when its holder receives e-invoices: `0192:921234554`. */
export const peppolIdFor = (organisationNumber: string, country: InvoiceCountry): string =>
  `${PEPPOL_SCHEME[country]}:${organisationNumber}`;

/** "212000-1124" and "921 234 554", as each country writes its numbers. */
export function formatOrganisationNumber(digits: string, country: InvoiceCountry): string {
  return country === 'SE'
    ? `${digits.slice(0, 6)}-${digits.slice(6)}`
    : digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}
