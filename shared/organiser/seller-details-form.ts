import * as z from 'zod';
import type { InvoiceCountry, SellerDetails } from '#shared/domain/invoice-party.ts';
import {
  emailAddress,
  errorsOf,
  type FieldErrors,
  optionalText,
  requiredText,
} from '#shared/forms/form-reading.ts';
import type { SellerMessages } from '#shared/i18n/seller-messages.ts';
import { bankAccountOf } from '#shared/invoicing/bank-account.ts';
import { organisationNumberOf, PEPPOL_SCHEME } from '#shared/invoicing/organisation-number.ts';
import { postalCodeOf } from '#shared/invoicing/postal-code.ts';

export const SELLER_COUNTRIES: readonly InvoiceCountry[] = ['SE', 'NO'];
export const PAYMENT_TERMS_BOUNDS = { min: 0, max: 120 } as const;

/** The VAT number a seller registered for VAT has: `SE<orgnr>01` in Sweden, `NO<orgnr>MVA` in Norway. */
export const vatNumberFor = (organisationNumber: string, country: InvoiceCountry): string =>
  country === 'SE' ? `SE${organisationNumber}01` : `NO${organisationNumber}MVA`;

/** The form's values for details already saved, so the form opens filled in. */
export function sellerFormValues(seller: SellerDetails | undefined): Record<string, string> {
  if (!seller) return {};
  return {
    sellerLegalName: seller.legalName,
    sellerCountry: seller.address.country,
    sellerOrganisationNumber: seller.organisationNumber,
    sellerVatNumber: seller.vatNumber ?? '',
    sellerStreet: seller.address.street,
    sellerPostalCode: seller.address.postalCode,
    sellerCity: seller.address.city,
    sellerBankAccount: seller.bankAccount,
    sellerPaymentTermsDays: String(seller.paymentTermsDays),
    sellerPeppolId: seller.peppolId ?? '',
    sellerContactEmail: seller.contactEmail ?? '',
  };
}

/**
 * The seller details from the settings form: every number checked as the buyer's finance system and the Peppol
 * rules will check it (the organisation number's check digit, the VAT number built from it, the account's check
 * digits, the Peppol ID's scheme), so an invoice is never refused for what the form let through.
 */
export function readSellerDetails(
  t: SellerMessages,
  values: Record<string, string>,
): { ok: true; value: SellerDetails } | { ok: false; errors: FieldErrors } {
  const parsed = z
    .object({
      sellerLegalName: requiredText(t, 200),
      sellerCountry: z.enum(SELLER_COUNTRIES, { error: t.required }),
      sellerOrganisationNumber: requiredText(t, 20),
      sellerVatNumber: optionalText(t, 20),
      sellerStreet: requiredText(t, 200),
      sellerPostalCode: requiredText(t, 20),
      sellerCity: requiredText(t, 100),
      sellerBankAccount: requiredText(t, 50),
      sellerPaymentTermsDays: z
        .string()
        .trim()
        .regex(/^\d+$/, { error: t.paymentTermsInvalid })
        .transform(Number)
        .pipe(
          z
            .number()
            .int()
            .min(PAYMENT_TERMS_BOUNDS.min, { error: t.paymentTermsInvalid })
            .max(PAYMENT_TERMS_BOUNDS.max, { error: t.paymentTermsInvalid }),
        ),
      sellerPeppolId: optionalText(t, 50),
      sellerContactEmail: z.union([
        z
          .string()
          .trim()
          .length(0)
          .transform(() => undefined),
        emailAddress(t),
      ]),
    })
    .safeParse(
      Object.fromEntries(
        [
          'sellerLegalName',
          'sellerCountry',
          'sellerOrganisationNumber',
          'sellerVatNumber',
          'sellerStreet',
          'sellerPostalCode',
          'sellerCity',
          'sellerBankAccount',
          'sellerPaymentTermsDays',
          'sellerPeppolId',
          'sellerContactEmail',
        ].map((name) => [name, values[name] ?? '']),
      ),
    );
  const errors: FieldErrors = parsed.success ? {} : errorsOf(parsed.error);
  if (!parsed.success) return { ok: false, errors };
  const form = parsed.data;
  const country = form.sellerCountry;
  const organisationNumber = organisationNumberOf(form.sellerOrganisationNumber, country);
  if (!organisationNumber) errors.sellerOrganisationNumber = t.organisationNumberInvalid;
  const postalCode = postalCodeOf(form.sellerPostalCode, country);
  if (!postalCode) errors.sellerPostalCode = t.postalCodeInvalid;
  const vatNumber = form.sellerVatNumber?.replace(/\s/g, '').toUpperCase();
  if (vatNumber && organisationNumber && vatNumber !== vatNumberFor(organisationNumber, country))
    errors.sellerVatNumber = t.vatNumberInvalid(vatNumberFor(organisationNumber, country));
  const account = bankAccountOf(form.sellerBankAccount);
  if (!account) errors.sellerBankAccount = t.bankAccountInvalid;
  const peppolId = form.sellerPeppolId?.replace(/\s/g, '');
  const schemes = Object.values(PEPPOL_SCHEME).join('|');
  if (peppolId && !new RegExp(`^(${schemes}):\\d{9,10}$`).test(peppolId))
    errors.sellerPeppolId = t.peppolIdInvalid;
  if (Object.keys(errors).length > 0 || !organisationNumber || !postalCode) return { ok: false, errors };
  return {
    ok: true,
    value: {
      legalName: form.sellerLegalName,
      organisationNumber,
      ...(vatNumber ? { vatNumber } : {}),
      address: {
        street: form.sellerStreet,
        postalCode,
        city: form.sellerCity,
        country,
      },
      bankAccount: form.sellerBankAccount,
      paymentTermsDays: form.sellerPaymentTermsDays,
      ...(peppolId ? { peppolId } : {}),
      ...(form.sellerContactEmail ? { contactEmail: form.sellerContactEmail } : {}),
    },
  };
}
