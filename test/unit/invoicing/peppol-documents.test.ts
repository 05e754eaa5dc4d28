import { beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceRecord } from '#shared/invoicing/invoice.ts';
import { invoiceLines } from '#shared/invoicing/invoice-lines.ts';
import { ublDocument } from '#shared/invoicing/ubl-document.ts';
import {
  DINNER,
  DRAMMEN,
  GOTEBORG,
  HOTEL_NIGHT,
  invoicedStudyTrip,
  KS_SELLER,
  registrationOf,
  SKR_SELLER,
} from '#test/support/invoice-fixture.ts';
import { compilePeppolRules, fatalFailures, peppolExample } from '#test/support/peppol-rules.ts';

beforeAll(compilePeppolRules, 240_000);

const trip = invoicedStudyTrip();
const kari = registrationOf('kari', 'Kari Nordmann', { addOnIds: [HOTEL_NIGHT.id, DINNER.id] });
const ola = registrationOf('ola', 'Ola Nordmann', { addOnIds: [HOTEL_NIGHT.id] });

function studyTripInvoice(overrides: Partial<InvoiceRecord> = {}): InvoiceRecord {
  return {
    kind: 'invoice',
    number: 1,
    organisationId: 'ks',
    eventId: trip.id,
    eventTitle: trip.title,
    payerKey: 'NO921234554',
    language: 'nb',
    currency: 'NOK',
    seller: KS_SELLER,
    buyer: DRAMMEN,
    issueDate: '2027-03-01',
    dueDate: '2027-03-31',
    lines: invoiceLines(trip, [kari, ola]),
    createdAt: '2027-03-01T09:00:00.000Z',
    ...overrides,
  };
}

describe('the checker runs the official rules', () => {
  it('passes OpenPEPPOL’s own base example under both rule sets', () => {
    expect(fatalFailures(peppolExample('base-example.xml'))).toEqual([]);
  });

  it('fails a copy without the buyer’s reference (PEPPOL-EN16931-R003)', () => {
    const broken = peppolExample('base-example.xml')
      .replace(/<cbc:BuyerReference>[^<]*<\/cbc:BuyerReference>/, '')
      .replace(/<cac:OrderReference>[\s\S]*?<\/cac:OrderReference>/, '');
    expect(fatalFailures(broken).map((failure) => failure.id)).toContain('PEPPOL-EN16931-R003');
  });
});

describe('the documents we write pass both rule sets with no fatal error', () => {
  it('an invoice to a Norwegian municipality in NOK, with add-ons at two VAT rates', () => {
    const xml = ublDocument(studyTripInvoice());
    expect(fatalFailures(xml)).toEqual([]);
    expect(xml).toContain('<cbc:BuyerReference>4410-SLT Kari Nordmann</cbc:BuyerReference>');
    expect(xml).toContain('<cbc:EndpointID schemeID="0192">921234554</cbc:EndpointID>');
    expect(xml).toContain('<cbc:PayableAmount currencyID="NOK">11560.50</cbc:PayableAmount>');
  });

  it('an invoice to a Swedish municipality in SEK paid to a bankgiro, with a free-text reference', () => {
    const trygghetsdag = {
      ...trip,
      title: 'Trygghetsdag 2027',
      language: 'sv' as const,
      price: {
        amount: 1200,
        currency: 'SEK' as const,
        approximate: false,
        includes: [],
        excludes: [],
        vatRate: 25,
        addOns: [
          { id: 'lunch', name: 'Lunch', amount: 150, vatRate: 12 },
          { id: 'bok', name: 'Rapporten tryckt', amount: 200, vatRate: 6 },
        ],
      },
    };
    const anna = registrationOf('anna', 'Anna Svensson', { addOnIds: ['lunch', 'bok'], language: 'sv' });
    const xml = ublDocument(
      studyTripInvoice({
        seller: SKR_SELLER,
        buyer: GOTEBORG,
        currency: 'SEK',
        language: 'sv',
        eventTitle: 'Trygghetsdag 2027',
        lines: invoiceLines(trygghetsdag, [anna]),
      }),
    );
    expect(fatalFailures(xml)).toEqual([]);
    expect(xml).toContain('ref. 88 &amp; &lt;kst 1234&gt;');
    expect(xml).toContain('<cbc:ID>SE:BANKGIRO</cbc:ID>');
    expect(xml.match(/<cac:TaxSubtotal>/g)).toHaveLength(3);
  });

  it('an invoice from a seller not registered for VAT', () => {
    const { vatNumber: _, ...withoutVat } = SKR_SELLER;
    expect(
      fatalFailures(ublDocument(studyTripInvoice({ seller: withoutVat, buyer: GOTEBORG, currency: 'SEK' }))),
    ).toEqual([]);
  });

  it('a credit note for one cancelled participant, referring to the invoice', () => {
    const xml = ublDocument(
      studyTripInvoice({
        kind: 'credit-note',
        number: 2,
        dueDate: undefined,
        lines: invoiceLines(trip, [ola]),
        credits: { number: 1, issueDate: '2027-03-01', registrationId: ola.id },
      }),
    );
    expect(fatalFailures(xml)).toEqual([]);
    expect(xml).toContain('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"');
    expect(xml).toMatch(/<cac:InvoiceDocumentReference>\s*<cbc:ID>1<\/cbc:ID>/);
  });
});
