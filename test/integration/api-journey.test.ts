import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInvoices } from '#store/entities/invoice.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { type ApiClient, apiClientFor } from '#test/support/api-client.ts';
import { makeApiToken } from '#test/support/api-token-fixture.ts';
import type { components } from '#test/support/api-v1-client-types.ts';
import { DRAMMEN_INVOICE_FIELDS, SKR_SELLER } from '#test/support/invoice-fixture.ts';
import { putInvoicedStudyTrip, registerDrammenDelegation } from '#test/support/invoiced-trip-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());

let api: ApiClient;

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  await putOrganisation(platform.table, {
    id: 'skr',
    name: 'Sveriges Kommuner och Regioner',
    kind: 'annan',
    country: 'SE',
    retentionDays: 90,
    replyTo: 'konferens@skr.se',
    seller: SKR_SELLER,
  });
  const admin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
  api = apiClientFor(platform, await makeApiToken(admin, 'Intranätet', 'read-write'));
});

const draft: components['schemas']['NewDraft'] = {
  kind: 'conference',
  title: 'Trygghetsdag 2027',
  summary: 'En dag om trygghet i kommunerna.',
  description: ['Välkommen till årets Trygghetsdag.', 'Programmet kommer snart.'],
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  startsAt: '2027-03-10T08:00:00Z',
  endsAt: '2027-03-10T15:00:00Z',
  venue: { kind: 'place', name: 'Stadshuset', city: 'Umeå' },
  capacity: 2,
  waitingListEnabled: true,
  registrationClosesAt: '2027-03-01T22:59:00Z',
};
const person = (name: string, email: string): components['schemas']['NewRegistration'] => ({
  name,
  email,
  organisation: 'Umeå kommun',
  organisationKind: 'kommun',
  role: 'Trygghetssamordnare',
});

describe('an integrator driving the API through the generated client', () => {
  let eventId = '';
  const ids: Record<string, string> = {};

  it('creates a draft once however often the same request is retried', async () => {
    const key = '0f3c1a52-6d2e-4b8e-9a7c-1e5f2d3b4a60';
    const first = await api.POST('/organisation/events', {
      body: draft,
      params: { header: { 'Idempotency-Key': key } },
    });
    expect(first.response.status).toBe(201);
    expect(first.data).toMatchObject({
      status: 'draft',
      phase: 'draft',
      title: 'Trygghetsdag 2027',
      seats: { left: 2 },
    });
    eventId = first.data?.id ?? '';
    const retry = await api.POST('/organisation/events', {
      body: draft,
      params: { header: { 'Idempotency-Key': key } },
    });
    expect(retry.response.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.data?.id).toBe(eventId);
    const other = await api.POST('/organisation/events', {
      body: { ...draft, title: 'Ett annat evenemang' },
      params: { header: { 'Idempotency-Key': key } },
    });
    expect(other.response.status).toBe(422);
    expect(other.error).toMatchObject({ type: '/api/v1/docs#problem-idempotency-key-reused' });
    const { data } = await api.GET('/organisation/events', { params: { query: { status: 'draft' } } });
    expect(data?.items.map((event) => event.id)).toEqual([eventId]);
  });

  it('refuses a draft the event editor would refuse, naming the field, and stores nothing', async () => {
    const refused = await api.POST('/organisation/events', {
      body: {
        ...draft,
        endsAt: '2027-03-10T07:00:00Z',
        venue: { kind: 'place', name: 'Stadshuset', city: '' },
      },
    });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.errors?.map((error) => error.pointer).sort()).toEqual(['#/endsAt', '#/venue/city']);
    expect((await api.GET('/organisation/events')).data?.items).toHaveLength(1);
  });

  it('publishes the draft', async () => {
    const { data, response } = await api.POST('/organisation/events/{eventId}/publish', {
      params: { path: { eventId } },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ status: 'published', phase: 'upcoming' });
  });

  it('registers three people on behalf of a municipality: two seats, then the waiting list', async () => {
    for (const [name, email] of [
      ['Kerstin Ek', 'kerstin@umea.se'],
      ['Lars Berg', 'lars@umea.se'],
      ['Maja Lind', 'maja@umea.se'],
    ] as const) {
      const { data, response } = await api.POST('/organisation/events/{eventId}/registrations', {
        params: { path: { eventId } },
        body: person(name, email),
      });
      expect(response.status).toBe(201);
      ids[email] = data?.id ?? '';
    }
    const maja = await api.GET('/organisation/events/{eventId}/registrations/{registrationId}', {
      params: { path: { eventId, registrationId: ids['maja@umea.se'] ?? '' } },
    });
    expect(maja.data).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    await platform.deliverOutbox();
    expect(await mailTo(platform.mailbox, 'kerstin@umea.se')).toHaveLength(1);
    expect(await mailTo(platform.mailbox, 'maja@umea.se')).toHaveLength(1);
  });

  it('lists them a page at a time with a cursor', async () => {
    const first = await api.GET('/organisation/events/{eventId}/registrations', {
      params: { path: { eventId }, query: { limit: '2' } },
    });
    expect(first.data?.items).toHaveLength(2);
    const cursor = first.data?.nextCursor;
    expect(cursor).toBeDefined();
    const second = await api.GET('/organisation/events/{eventId}/registrations', {
      params: { path: { eventId }, query: { limit: '2', ...(cursor ? { cursor } : {}) } },
    });
    expect(second.data?.items).toHaveLength(1);
    expect(second.data?.nextCursor).toBeUndefined();
    const all = [...(first.data?.items ?? []), ...(second.data?.items ?? [])].map((item) => item.email);
    expect(all.sort()).toEqual(['kerstin@umea.se', 'lars@umea.se', 'maja@umea.se']);
  });

  it('cancels one, and the first in line gets the seat and is told', async () => {
    platform.setNow('2026-11-23T09:00:00Z');
    const { data, response } = await api.POST(
      '/organisation/events/{eventId}/registrations/{registrationId}/cancel',
      {
        params: { path: { eventId, registrationId: ids['kerstin@umea.se'] ?? '' } },
      },
    );
    expect(response.status).toBe(200);
    expect(data?.registration).toMatchObject({ status: 'cancelled', updatedAt: '2026-11-23T09:00:00.000Z' });
    expect(data?.promoted).toMatchObject({ email: 'maja@umea.se', status: 'confirmed' });
    await platform.deliverOutbox();
    expect(await mailTo(platform.mailbox, 'maja@umea.se')).toHaveLength(2);
    const changed = await api.GET('/organisation/events/{eventId}/registrations', {
      params: { path: { eventId }, query: { updatedSince: '2026-11-23T00:00:00Z' } },
    });
    // One transaction changed both, at one instant: the page orders them by id.
    expect(changed.data?.items.map((item) => [item.email, item.status]).sort()).toEqual([
      ['kerstin@umea.se', 'cancelled'],
      ['maja@umea.se', 'confirmed'],
    ]);
  });

  it('answers a read again with 304 while nothing changed, and with the new state once it has', async () => {
    const first = await api.GET('/organisation/events/{eventId}', { params: { path: { eventId } } });
    const etag = first.response.headers.get('etag') ?? '';
    expect(first.data?.seats).toEqual({ confirmed: 2, waiting: 0, left: 0 });
    const unchanged = await api.GET('/organisation/events/{eventId}', {
      params: { path: { eventId }, header: { 'If-None-Match': etag } },
    });
    expect(unchanged.response.status).toBe(304);
    await api.POST('/organisation/events/{eventId}/registrations/{registrationId}/cancel', {
      params: { path: { eventId, registrationId: ids['lars@umea.se'] ?? '' } },
    });
    const changed = await api.GET('/organisation/events/{eventId}', {
      params: { path: { eventId }, header: { 'If-None-Match': etag } },
    });
    expect(changed.response.status).toBe(200);
    expect(changed.data?.seats).toEqual({ confirmed: 1, waiting: 0, left: 1 });
  });

  it('refuses a change sent with an If-Match the resource no longer has: 412, and nothing changes', async () => {
    const read = await api.GET('/organisation/events/{eventId}', { params: { path: { eventId } } });
    const stale = read.response.headers.get('etag') ?? '';
    await api.POST('/organisation/events/{eventId}/registrations', {
      params: { path: { eventId } },
      body: person('Nils Holm', 'nils@umea.se'),
    });
    const refused = await api.POST('/organisation/events/{eventId}/cancel', {
      params: { path: { eventId }, header: { 'If-Match': stale } },
    });
    expect(refused.response.status).toBe(412);
    expect(refused.error).toMatchObject({ type: '/api/v1/docs#problem-precondition-failed' });
    const current = await api.GET('/organisation/events/{eventId}', { params: { path: { eventId } } });
    expect(current.data?.status).toBe('published');
    const cancelled = await api.POST('/organisation/events/{eventId}/cancel', {
      params: { path: { eventId }, header: { 'If-Match': current.response.headers.get('etag') ?? '' } },
    });
    expect(cancelled.response.status).toBe(200);
    expect(cancelled.data?.notified).toBe(2);
  });

  it('invoices a priced study trip’s delegation and reads its invoice as JSON and as the page’s own UBL', async () => {
    platform.setNow(NOW);
    const trip = await putInvoicedStudyTrip(platform.table, 'skr-studietur', {
      organisationId: 'skr',
      coOrganiserIds: [],
    });
    await registerDrammenDelegation(platform, trip);
    const path = { eventId: trip.id };
    const early = await api.POST('/organisation/events/{eventId}/invoices', { params: { path }, body: {} });
    expect(early.response.status).toBe(409);
    expect(early.error).toMatchObject({ code: 'before-deadline' });
    const stranger = await api.POST('/organisation/events/{eventId}/invoices', {
      params: { path },
      body: { payer: 'SE2120001355' },
    });
    expect(stranger.response.status).toBe(422);
    expect(stranger.error).toMatchObject({ code: 'unknown-payer' });
    expect(await eventInvoices(platform.table, 'skr', trip.id)).toEqual([]);

    platform.setNow('2027-03-01T08:00:00Z');
    const key = '7d0b3f2e-91c4-4a57-8e0a-3c6f5b2d1e90';
    const create = () =>
      api.POST('/organisation/events/{eventId}/invoices', {
        params: { path, header: { 'Idempotency-Key': key } },
        body: {},
      });
    const created = await create();
    expect(created.response.status).toBe(201);
    expect(created.data?.created).toHaveLength(1);
    // Retried with the same key: the first answer, and still one invoice.
    expect((await create()).data).toEqual(created.data);
    const listed = await api.GET('/organisation/events/{eventId}/invoices', { params: { path } });
    expect(listed.data?.items).toEqual(created.data?.created);
    const [invoice] = listed.data?.items ?? [];
    expect(invoice).toMatchObject({
      kind: 'invoice',
      status: 'issued',
      currency: 'NOK',
      payer: { key: 'NO921234554', name: 'Drammen kommune', organisationNumber: '921234554' },
      // Two participants at 3 000 kr and two hotel nights at 1 450 kr, net; with 25 % and 12 % VAT.
      totalExcludingVat: 890_000,
      totalIncludingVat: 1_074_800,
    });
    const invoiceNumber = String(invoice?.number);
    const one = await api.GET('/organisation/invoices/{invoiceNumber}', {
      params: { path: { invoiceNumber } },
    });
    expect(one.data).toEqual(invoice);

    const ubl = await api.GET('/organisation/invoices/{invoiceNumber}/ubl', {
      params: { path: { invoiceNumber } },
      parseAs: 'text',
    });
    expect(ubl.response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    // Months on, the admin signs in again to download the same invoice from the Fakturor page.
    const finance = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
    const page = await finance.get(`/organiser/events/${trip.id}/invoices/${invoiceNumber}.xml`);
    expect(page.status).toBe(200);
    expect(ubl.data).toBe(await page.text());
    // The reference the delegation's lead gave on the form, which the municipality's finance office matches on.
    expect(invoice?.payer.buyerReference).toBe(DRAMMEN_INVOICE_FIELDS.invoiceReference);
    expect(ubl.data).toContain(
      `<cbc:BuyerReference>${DRAMMEN_INVOICE_FIELDS.invoiceReference}</cbc:BuyerReference>`,
    );
  });
});
