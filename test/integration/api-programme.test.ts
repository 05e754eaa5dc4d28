import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, apiClientFor } from '#test/support/api-client.ts';
import { makeApiToken } from '#test/support/api-token-fixture.ts';
import { auditEntriesAbout } from '#test/support/audit-entries.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

/** The programme of the upcoming Trygghetsdag (4 February 2027, 10.00–15.00 in Stockholm), slot by slot. */
const NOW = '2026-11-22T10:00:00Z';
const eventId = 'api-programme';
let platform: TestPlatform;
let api: ApiClient;
let organisationId = '';
afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  const event = await putTrygghetsdag(platform.table, eventId, { coOrganiserIds: [] });
  organisationId = event.organisationId;
  const admin = asOrganiser(
    platform,
    await signedInOrganiser(platform, 'admin@skr.se', organisationId, 'admin'),
  );
  api = apiClientFor(platform, await makeApiToken(admin, 'Intranätet', 'read-write'));
});

describe('the programme through the API, by the programme editor’s rules', () => {
  it('lists the programme in order', async () => {
    const { data } = await api.GET('/organisation/events/{eventId}/programme', {
      params: { path: { eventId } },
    });
    expect(data?.items).toHaveLength(13);
    expect(data?.items[1]).toMatchObject({ id: '1005-oppna-drogscener', picked: 0, sequence: 0 });
  });

  it('adds a slot in a track of its own, with an id from its start and title', async () => {
    const { data, response } = await api.POST('/organisation/events/{eventId}/programme', {
      params: { path: { eventId } },
      body: {
        startsAt: '2027-02-04T09:05:00Z',
        endsAt: '2027-02-04T09:30:00Z',
        kind: 'talk',
        title: 'Trygghetsvandringar',
        track: 'Sal B',
        speakers: [{ name: 'Anna Ek', organisation: 'Umeå kommun' }],
      },
    });
    expect(response.status).toBe(201);
    expect(data?.slot).toMatchObject({ id: '1005-trygghetsvandringar', track: 'Sal B', sequence: 0 });
    expect(data?.slot.speakers).toEqual([{ name: 'Anna Ek', organisation: 'Umeå kommun' }]);
  });

  it('refuses a slot that overlaps another in its track, or ends before it starts, naming the field', async () => {
    const overlap = await api.POST('/organisation/events/{eventId}/programme', {
      params: { path: { eventId } },
      body: {
        startsAt: '2027-02-04T09:10:00Z',
        endsAt: '2027-02-04T09:20:00Z',
        kind: 'talk',
        title: 'Krock',
      },
    });
    expect(overlap.response.status).toBe(422);
    expect(overlap.error?.errors?.[0]?.pointer).toBe('#/startsAt');
    const backwards = await api.POST('/organisation/events/{eventId}/programme', {
      params: { path: { eventId } },
      body: {
        startsAt: '2027-02-04T13:10:00Z',
        endsAt: '2027-02-04T13:00:00Z',
        kind: 'talk',
        title: 'Baklänges',
      },
    });
    expect(backwards.response.status).toBe(422);
    expect(backwards.error?.errors?.map((error) => error.pointer)).toEqual(['#/endsAt']);
    const { data } = await api.GET('/organisation/events/{eventId}/programme', {
      params: { path: { eventId } },
    });
    expect(data?.items).toHaveLength(14);
  });

  it('moves a slot, raising its SEQUENCE, and removes one, each audited under the token', async () => {
    const path = { eventId, slotId: '1005-trygghetsvandringar' };
    const read = await api.GET('/organisation/events/{eventId}/programme/{slotId}', { params: { path } });
    const moved = await api.PATCH('/organisation/events/{eventId}/programme/{slotId}', {
      params: { path, header: { 'If-Match': read.response.headers.get('etag') ?? '' } },
      body: { startsAt: '2027-02-04T09:10:00Z', endsAt: '2027-02-04T09:35:00Z' },
    });
    expect(moved.response.status).toBe(200);
    expect(moved.data?.slot).toMatchObject({ startsAt: '2027-02-04T09:10:00Z', sequence: 1 });
    const stale = await api.DELETE('/organisation/events/{eventId}/programme/{slotId}', {
      params: { path, header: { 'If-Match': read.response.headers.get('etag') ?? '' } },
    });
    expect(stale.response.status).toBe(412);
    const removed = await api.DELETE('/organisation/events/{eventId}/programme/{slotId}', {
      params: { path },
    });
    expect(removed.response.status).toBe(200);
    const gone = await api.GET('/organisation/events/{eventId}/programme/{slotId}', { params: { path } });
    expect(gone.response.status).toBe(404);
    const trail = await auditEntriesAbout(platform.table, organisationId, eventId);
    expect(trail.map((entry) => [entry.action, entry.actor.name]).sort()).toEqual([
      ['slot-added', 'API: Intranätet'],
      ['slot-changed', 'API: Intranätet'],
      ['slot-removed', 'API: Intranätet'],
    ]);
  });
});
