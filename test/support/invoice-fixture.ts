/**
 * Who pays for a delegation to the KS study trip, as Drammen kommune's finance department would give it: the form asks
 * for it whenever the trip costs something. Its organisation number's check digit holds (modulus 11); the Peppol ID
 * is left to the default, `0192:921234554`.
 */
export const DRAMMEN_INVOICE_FIELDS = {
  invoiceName: 'Drammen kommune',
  invoiceCountry: 'NO',
  invoiceOrganisationNumber: '921 234 554',
  invoiceDelivery: 'peppol',
  invoiceReference: '4400-Studietur',
} as const;
