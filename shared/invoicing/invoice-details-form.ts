import * as z from 'zod';
import type { Currency, Language } from '#shared/domain/event.ts';
import type { InvoiceCountry, InvoiceRecipient } from '#shared/domain/invoice-party.ts';
import { errorsOf, type FieldErrors, optionalText, requiredText } from '#shared/forms/form-reading.ts';
import { invoiceDetailsMessagesFor } from '#shared/i18n/invoice-details-messages.ts';
import { formatOrganisationNumber, organisationNumberOf, peppolIdFor } from './organisation-number.ts';
import { postalCodeOf } from './postal-code.ts';

export const INVOICE_COUNTRIES: readonly InvoiceCountry[] = ['SE', 'NO'];
export const INVOICE_DELIVERIES = ['peppol', 'address'] as const;

/** The invoice fields of a form, in the order it shows them; a delegation's are the same names. */
export const INVOICE_FIELDS = [
  'invoiceName',
  'invoiceCountry',
  'invoiceOrganisationNumber',
  'invoiceDelivery',
  'invoicePeppolId',
  'invoiceStreet',
  'invoicePostalCode',
  'invoiceCity',
  'invoiceReference',
] as const;

/** Where a buyer is most likely from: Norwegian for an event in NOK, Swedish otherwise; the form lets them choose. */
export const defaultInvoiceCountry = (currency: Currency | undefined): InvoiceCountry =>
  currency === 'NOK' ? 'NO' : 'SE';

/** A Peppol participant ID: the four-digit scheme (ISO 6523 ICD), a colon, the identifier. */
const PEPPOL_ID = /^\d{4}:[A-Za-z0-9.:_-]{1,50}$/;

/**
 * Reads who pays: the organisation's name, country and organisation number (its check digit verified for the
 * country), how it takes invoices (a Peppol ID, by default the one its number gives, or a postal address) and the
 * buyer's reference, which public buyers require on every invoice. Messages in `language`.
 */
export function readInvoiceDetails(
  language: Language,
  input: Record<string, unknown>,
  currency: Currency | undefined,
): { ok: true; invoicing: InvoiceRecipient } | { ok: false; errors: FieldErrors } {
  const t = invoiceDetailsMessagesFor(language).errors;
  const country =
    INVOICE_COUNTRIES.find((each) => each === input.invoiceCountry) ?? defaultInvoiceCountry(currency);
  const byPost = input.invoiceDelivery === 'address';
  const result = z
    .object({
      invoiceName: requiredText(t, 200),
      invoiceOrganisationNumber: requiredText(t, 30).transform((typed, context) => {
        const digits = organisationNumberOf(typed, country);
        if (!digits) context.addIssue({ code: 'custom', message: t.organisationNumber[country] });
        return digits ?? '';
      }),
      invoiceDelivery: z.enum(INVOICE_DELIVERIES, { error: t.delivery }),
      invoicePeppolId: optionalText(t, 60).refine((value) => !value || PEPPOL_ID.test(value), {
        error: t.peppolId,
      }),
      invoiceStreet: byPost ? requiredText(t, 200) : z.unknown().optional(),
      invoicePostalCode: byPost
        ? requiredText(t, 10).transform((typed, context) => {
            const postalCode = postalCodeOf(typed, country);
            if (!postalCode) context.addIssue({ code: 'custom', message: t.postalCode[country] });
            return postalCode ?? '';
          })
        : z.unknown().optional(),
      invoiceCity: byPost ? requiredText(t, 100) : z.unknown().optional(),
      invoiceReference: requiredText(t, 100),
    })
    .safeParse({ ...input, invoiceDelivery: input.invoiceDelivery || 'peppol' });
  if (!result.success) return { ok: false, errors: errorsOf(result.error) };
  const form = result.data;
  const organisationNumber = form.invoiceOrganisationNumber;
  return {
    ok: true,
    invoicing: {
      name: form.invoiceName,
      organisationNumber,
      country,
      buyerReference: form.invoiceReference,
      ...(byPost
        ? {
            address: {
              street: String(form.invoiceStreet),
              postalCode: String(form.invoicePostalCode),
              city: String(form.invoiceCity),
              country,
            },
          }
        : { peppolId: form.invoicePeppolId ?? peppolIdFor(organisationNumber, country) }),
    },
  };
}

/** The invoice fields filled in from what was given (the manage page, a form shown again). */
export function invoiceDetailsValues(invoicing: InvoiceRecipient | undefined): Record<string, string> {
  if (!invoicing) return {};
  return {
    invoiceName: invoicing.name,
    invoiceCountry: invoicing.country,
    invoiceOrganisationNumber: formatOrganisationNumber(invoicing.organisationNumber, invoicing.country),
    invoiceDelivery: invoicing.address ? 'address' : 'peppol',
    invoicePeppolId: invoicing.peppolId ?? '',
    invoiceStreet: invoicing.address?.street ?? '',
    invoicePostalCode: invoicing.address?.postalCode ?? '',
    invoiceCity: invoicing.address?.city ?? '',
    invoiceReference: invoicing.buyerReference,
  };
}
