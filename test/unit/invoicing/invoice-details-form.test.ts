import { describe, expect, it } from 'vitest';
import { readInvoiceDetails } from '#shared/invoicing/invoice-details-form.ts';

const DRAMMEN = {
  invoiceName: 'Drammen kommune',
  invoiceOrganisationNumber: '921 234 554',
  invoiceReference: '4400-Studietur',
};

describe('who pays, as a sign-up form reads it', () => {
  it('takes a Norwegian buyer for an event in NOK, with the Peppol ID its number gives (scheme 0192)', () => {
    expect(readInvoiceDetails('nb', DRAMMEN, 'NOK')).toEqual({
      ok: true,
      invoicing: {
        name: 'Drammen kommune',
        organisationNumber: '921234554',
        country: 'NO',
        peppolId: '0192:921234554',
        buyerReference: '4400-Studietur',
      },
    });
  });

  it('takes a Swedish buyer by post, its postcode kept as the post writes it', () => {
    const read = readInvoiceDetails(
      'sv',
      {
        invoiceName: 'Malmö stad',
        invoiceCountry: 'SE',
        invoiceOrganisationNumber: '212000-1124',
        invoiceDelivery: 'address',
        invoiceStreet: 'Box 100',
        invoicePostalCode: '20580',
        invoiceCity: 'Malmö',
        invoiceReference: 'Anna Ek',
      },
      'SEK',
    );
    expect(read).toMatchObject({
      ok: true,
      invoicing: { address: { street: 'Box 100', postalCode: '205 80', city: 'Malmö', country: 'SE' } },
    });
    expect(read.ok && read.invoicing.peppolId).toBeUndefined();
  });

  it.each([
    ['sv', 'Kontrollera organisationsnumret: ett norskt har nio siffror och kontrollsiffran måste stämma.'],
    ['nb', 'Kontroller organisasjonsnummeret: et norsk har ni siffer, og kontrollsifferet må stemme.'],
    ['en', 'Check the organisation number: a Norwegian one has nine digits and its check digit must match.'],
  ] as const)('refuses a wrong check digit in %s', (language, message) => {
    expect(
      readInvoiceDetails(language, { ...DRAMMEN, invoiceOrganisationNumber: '921 234 555' }, 'NOK'),
    ).toEqual({ ok: false, errors: { invoiceOrganisationNumber: message } });
  });

  it('requires the buyer’s reference, and a Peppol ID written as scheme and number', () => {
    expect(
      readInvoiceDetails('sv', { ...DRAMMEN, invoiceReference: '', invoicePeppolId: '921234554' }, 'NOK'),
    ).toEqual({
      ok: false,
      errors: {
        invoiceReference: 'Fyll i fältet.',
        invoicePeppolId: 'Skriv Peppol-ID:t som schema, kolon och nummer, till exempel 0007:2120000142.',
      },
    });
  });
});
