import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventInvoices, eventInvoicing } from '#operations/invoicing/event-invoices.ts';
import { cancelWithPromotion } from '#operations/participants/cancel-with-promotion.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { InvoiceRecord } from '#shared/invoicing/invoice.ts';
import { ublDocument } from '#shared/invoicing/ubl-document.ts';
import { eventInvoices, organisationInvoices } from '#store/entities/invoice.ts';
import { lastInvoiceNumber } from '#store/entities/invoice-counter.ts';
import { registrationKey } from '#store/entities/registration.ts';
import { issueInvoiceDocument } from '#store/transactions/invoice-issuing.ts';
import { DRAMMEN, HOTEL_NIGHT, KS_SELLER } from '#test/support/invoice-fixture.ts';
import { putInvoicedStudyTrip, registerDrammenDelegation } from '#test/support/invoiced-trip-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { compilePeppolRules, fatalFailures } from '#test/support/peppol-rules.ts';
import { readZip } from '#test/support/read-zip.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  compilePeppolRules();
}, 240_000);

const KS_ADMIN: Organiser = {
  email: 'arrangor@ks.no',
  name: 'Arrangør, KS',
  organisationId: 'ks',
  role: 'admin',
  memberships: [{ organisationId: 'ks', role: 'admin' }],
};

function unnumbered(organisationId: string, payerKey: string): Omit<InvoiceRecord, 'number'> {
  return {
    kind: 'invoice',
    organisationId,
    eventId: 'numbering',
    eventTitle: 'Numbering',
    payerKey,
    language: 'nb',
    currency: 'NOK',
    seller: KS_SELLER,
    buyer: DRAMMEN,
    issueDate: '2027-03-01',
    lines: [],
    createdAt: NOW,
  };
}

describe('invoice numbers', () => {
  it('gives 20 invoices created at once the numbers 1 to 20, none skipped or repeated', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        issueInvoiceDocument(platform.table, unnumbered('race', `NO${n}`)),
      ),
    );
    const numbers = outcomes.map((outcome) => outcome.document.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    expect((await organisationInvoices(platform.table, 'race')).map((invoice) => invoice.number)).toEqual(
      numbers,
    );
    expect(await lastInvoiceNumber(platform.table, 'race')).toBe(20);
  });

  it('makes the same invoice once when it is asked for six times at once, and spends one number on it', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () =>
        issueInvoiceDocument(platform.table, unnumbered('race', 'NO921234554')),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.kind === 'issued')).toHaveLength(1);
    expect(new Set(outcomes.map((outcome) => outcome.document.number))).toEqual(new Set([21]));
    expect(await lastInvoiceNumber(platform.table, 'race')).toBe(21);
  });

  it('keeps a series per organisation', async () => {
    const outcome = await issueInvoiceDocument(platform.table, unnumbered('another', 'NO1'));
    expect(outcome.document.number).toBe(1);
  });
});

const invoicedTrip = (id: string) => putInvoicedStudyTrip(platform.table, id);
const drammenDelegation = (event: EventRecord) => registerDrammenDelegation(platform, event);

describe('the KS study trip, invoiced', () => {
  it('invoices Drammen kommune once for its delegation of two with the hotel night, and credits a cancellation', async () => {
    const event = await invoicedTrip('ks-invoiced');
    const members = await drammenDelegation(event);
    const context = { ...platform.context };

    expect(await createEventInvoices(context, KS_ADMIN, event)).toEqual({
      ok: false,
      refusal: 'before-deadline',
    });
    platform.setNow('2027-03-01T08:00:00Z');
    const outcome = await createEventInvoices(context, KS_ADMIN, event);
    if (!outcome.ok) throw new Error(outcome.refusal);
    expect(outcome.created).toHaveLength(1);
    const [invoice] = outcome.created;
    if (!invoice) throw new Error('no invoice');
    expect(invoice).toMatchObject({
      kind: 'invoice',
      currency: 'NOK',
      buyer: {
        name: 'Drammen kommune',
        organisationNumber: '921234554',
        country: 'NO',
        buyerReference: '4400-Studietur',
      },
      issueDate: '2027-03-01',
      dueDate: '2027-03-31',
    });
    expect(
      invoice.lines.map((line) => [line.name, line.quantity, line.unitPriceMinor, line.vatRate]),
    ).toEqual([
      [`Deltakeravgift: ${event.title}`, 2, 300_000, 25],
      [HOTEL_NIGHT.name, 2, 145_000, 12],
    ]);
    const xml = ublDocument(invoice);
    expect(fatalFailures(xml)).toEqual([]);
    expect(xml).toContain('<cbc:BuyerReference>4400-Studietur</cbc:BuyerReference>');
    expect(xml).toContain('<cbc:PayableAmount currencyID="NOK">10748.00</cbc:PayableAmount>');

    // Again: nothing new, nothing doubled.
    expect(await createEventInvoices(context, KS_ADMIN, event)).toEqual({ ok: true, created: [] });

    const ola = members.find((member) => member.name === 'Ola Hansen');
    if (!ola) throw new Error('no Ola');
    expect((await cancelWithPromotion(context, event, ola.id)).kind).toBe('cancelled');
    const documents = await eventInvoices(platform.table, 'ks', event.id);
    expect(documents.map((document) => [document.kind, document.number])).toEqual([
      ['invoice', invoice.number],
      ['credit-note', invoice.number + 1],
    ]);
    const credit = documents[1];
    if (!credit) throw new Error('no credit note');
    expect(credit.credits).toEqual({
      number: invoice.number,
      issueDate: '2027-03-01',
      registrationId: ola.id,
    });
    expect(credit.lines.map((line) => [line.quantity, line.unitPriceMinor, line.participants])).toEqual([
      [1, 300_000, ['Ola Hansen']],
      [1, 145_000, ['Ola Hansen']],
    ]);
    const creditXml = ublDocument(credit);
    expect(fatalFailures(creditXml)).toEqual([]);
    expect(creditXml).toContain('<cbc:PayableAmount currencyID="NOK">5374.00</cbc:PayableAmount>');

    // The minute's job finds nothing more to credit.
    expect((await platform.runJobs()).creditNotesIssued).toBe(0);
    expect((await eventInvoicing(context, event)).uninvoiced).toEqual([]);
  });

  it('credits from the minute’s job a cancellation whose own crediting never ran', async () => {
    platform.setNow(NOW);
    const event = await invoicedTrip('ks-swept');
    const members = await drammenDelegation(event);
    platform.setNow('2027-03-01T08:00:00Z');
    await createEventInvoices(platform.context, KS_ADMIN, event);
    const [first] = members;
    await platform.table.doc.send(
      new UpdateCommand({
        TableName: platform.table.name,
        Key: registrationKey(event.id, first?.id ?? ''),
        UpdateExpression: 'SET #status = :cancelled',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':cancelled': 'cancelled' },
      }),
    );
    expect((await platform.runJobs()).creditNotesIssued).toBe(1);
    expect((await platform.runJobs()).creditNotesIssued).toBe(0);
  });
});

describe('the Fakturor page', () => {
  it('lets KS invoice Drammen kommune on demand, and download the UBL, the copy, the ZIP and the basis', async () => {
    platform.setNow(NOW);
    const event = await invoicedTrip('ks-page');
    await drammenDelegation(event);
    const ks = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@ks.no', 'ks', 'admin'));
    const base = `/organiser/events/${event.id}/invoices`;

    const before = await (await ks.get(base)).text();
    expect(before).toContain('1 betalende organisasjon er ikke fakturert ennå.');
    expect(before).toContain('Drammen kommune (921 234 554)');
    expect(before).not.toContain('Opprett fakturaer');

    const created = await ks.post(`${base}/payers/NO921234554`);
    expect(created.status).toBe(200);
    const html = await created.text();
    expect(html).toContain('1 faktura ble opprettet.');
    expect(html).toContain('Alle betalende organisasjoner er fakturert.');
    const number = /invoices\/(\d+)\.xml/.exec(html)?.[1];

    const xml = await ks.get(`${base}/${number}.xml`);
    expect(xml.headers.get('content-type')).toContain('application/xml');
    expect(fatalFailures(await xml.text())).toEqual([]);
    expect(await (await ks.get(`${base}/${number}.html`)).text()).toContain('Å betale');
    const zip = readZip(Buffer.from(await (await ks.get(`${base}.zip`)).arrayBuffer()));
    expect([...zip.keys()]).toEqual([`faktura-${number}.xml`, `faktura-${number}.html`]);
    const csv = await (await ks.get(`${base}/basis.csv`)).text();
    expect(csv).toContain('Drammen kommune;921234554;4400-Studietur;0192:921234554');
    expect((await ks.get(`${base}/999.xml`)).status).toBe(404);
  });

  it('lets a viewer read the invoices but not create them, and shows another organisation nothing', async () => {
    const event = await invoicedTrip('ks-viewer');
    const viewer = asOrganiser(platform, await signedInOrganiser(platform, 'viewer@ks.no', 'ks', 'viewer'));
    const page = await viewer.get(`/organiser/events/${event.id}/invoices`);
    expect(page.status).toBe(200);
    // Before anyone signs up there is nobody to invoice, not "every paying organisation invoiced".
    const html = await page.text();
    expect(html).toContain('Ingen har meldt seg på med fakturaopplysninger ennå.');
    expect(html).not.toContain('Alle betalende organisasjoner er fakturert.');
    expect((await viewer.post(`/organiser/events/${event.id}/invoices`)).status).toBe(403);
    const skr = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
    expect((await skr.get(`/organiser/events/${event.id}/invoices`)).status).toBe(404);
  });
});
