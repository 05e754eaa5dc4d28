import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, apiClientFor } from '#test/support/api-client.ts';
import { makeApiToken } from '#test/support/api-token-fixture.ts';
import { auditEntriesAbout } from '#test/support/audit-entries.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
const EVENT = 'api-change-conference';
let platform: TestPlatform;
let api: ApiClient;
let organisationId = '';
afterAll(() => platform.stop());

const eventId = EVENT;
const person = (name: string, email: string) => ({
  name,
  email,
  organisation: 'Umeå kommun',
  organisationKind: 'kommun' as const,
  role: 'Trygghetssamordnare',
});

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  const event = await putTrygghetsdag(platform.table, EVENT, { capacity: 2, coOrganiserIds: [] });
  organisationId = event.organisationId;
  const admin = asOrganiser(
    platform,
    await signedInOrganiser(platform, 'admin@skr.se', organisationId, 'admin'),
  );
  api = apiClientFor(platform, await makeApiToken(admin, 'Intranätet', 'read-write'));
  for (const [name, email] of [
    ['Kerstin Ek', 'kerstin@umea.se'],
    ['Lars Berg', 'lars@umea.se'],
    ['Maja Lind', 'maja@umea.se'],
  ] as const)
    await api.POST('/organisation/events/{eventId}/registrations', {
      params: { path: { eventId } },
      body: person(name, email),
    });
  await platform.deliverOutbox();
});

describe('changing an event through the API, as the event editor does', () => {
  it('refuses a capacity below the confirmed seats with the count, and stores nothing', async () => {
    const refused = await api.PATCH('/organisation/events/{eventId}', {
      params: { path: { eventId } },
      body: { capacity: 1 },
    });
    expect(refused.response.status).toBe(409);
    expect(refused.error).toMatchObject({
      code: 'below-taken',
      confirmed: 2,
      errors: [{ pointer: '#/capacity' }],
    });
    expect(refused.error?.detail).toContain('2');
    const { data } = await api.GET('/organisation/events/{eventId}', { params: { path: { eventId } } });
    expect(data?.capacity).toBe(2);
  });

  it('refuses a field the editor refuses with a 422 naming it', async () => {
    const refused = await api.PATCH('/organisation/events/{eventId}', {
      params: { path: { eventId } },
      body: { registrationClosesAt: '2030-01-01T10:00:00Z' },
    });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.errors?.map((error) => error.pointer)).toEqual(['#/registrationClosesAt']);
  });

  it('moves the waiting list into added seats, telling the promoted, in the same save', async () => {
    const { data, response } = await api.PATCH('/organisation/events/{eventId}', {
      params: { path: { eventId } },
      body: { capacity: 3 },
    });
    expect(response.status).toBe(200);
    expect(data?.event).toMatchObject({ capacity: 3, seats: { confirmed: 3, waiting: 0, left: 0 } });
    expect(data?.changes.map((change) => change.field)).toEqual(['capacity']);
    expect(data?.promoted).toHaveLength(1);
    await platform.deliverOutbox();
    expect(await mailTo(platform.mailbox, 'maja@umea.se')).toHaveLength(2);
  });

  it('sends the confirmed an updated invite when the place changes, audited under the token’s name', async () => {
    const read = await api.GET('/organisation/events/{eventId}', { params: { path: { eventId } } });
    const { data, response } = await api.PATCH('/organisation/events/{eventId}', {
      params: { path: { eventId }, header: { 'If-Match': read.response.headers.get('etag') ?? '' } },
      body: { venue: { kind: 'place', name: 'Folkets hus', city: 'Umeå' } },
    });
    expect(response.status).toBe(200);
    expect(data?.told).toBe(3);
    await platform.deliverOutbox();
    const kerstin = await mailTo(platform.mailbox, 'kerstin@umea.se');
    expect(kerstin).toHaveLength(2);
    expect(kerstin.at(-1)?.text).toContain('Folkets hus');
    const edits = (await auditEntriesAbout(platform.table, organisationId, eventId)).filter(
      (entry) => entry.action === 'event-edited',
    );
    expect(edits.map((entry) => entry.actor.name)).toEqual(['API: Intranätet', 'API: Intranätet']);
  });

  it('refuses a change with a stale If-Match: 412, and nothing changes', async () => {
    const refused = await api.PATCH('/organisation/events/{eventId}', {
      params: { path: { eventId }, header: { 'If-Match': '"stale"' } },
      body: { title: 'Ett annat namn' },
    });
    expect(refused.response.status).toBe(412);
    const { data } = await api.GET('/organisation/events/{eventId}', { params: { path: { eventId } } });
    expect(data?.title).not.toBe('Ett annat namn');
  });
});
