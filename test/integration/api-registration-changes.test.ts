import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '#store/entities/audit-entry.ts';
import { type ApiClient, apiClientFor } from '#test/support/api-client.ts';
import { makeApiToken } from '#test/support/api-token-fixture.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
const eventId = 'api-registration-changes';
let platform: TestPlatform;
let api: ApiClient;
let organisationId = '';
const ids: Record<string, string> = {};
afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  const event = await putTrygghetsdag(platform.table, eventId, {
    capacity: 1,
    coOrganiserIds: [],
    questions: [
      {
        id: 'pass',
        type: 'several-choices',
        label: 'Vilka pass?',
        required: false,
        choices: [
          { id: 'a', label: 'Förmiddag' },
          { id: 'b', label: 'Eftermiddag' },
        ],
      },
    ],
  });
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
  ] as const) {
    const { data } = await api.POST('/organisation/events/{eventId}/registrations', {
      params: { path: { eventId } },
      body: {
        name,
        email,
        organisation: 'Umeå kommun',
        organisationKind: 'kommun',
        role: 'Samordnare',
        answers: { pass: ['a'] },
      },
    });
    ids[email] = data?.id ?? '';
  }
});

const trail = async () => (await listAuditEntries(platform.table, organisationId)).entries;

describe('registrations through the API, as the organisers’ pages change them', () => {
  it('audits a registration made on a person’s behalf under the token’s name', async () => {
    const created = (await trail()).filter((entry) => entry.action === 'registration-created');
    expect(created).toHaveLength(3);
    expect(new Set(created.map((entry) => entry.actor.name))).toEqual(new Set(['API: Intranätet']));
    expect(created.map((entry) => entry.target.id).sort()).toEqual(Object.values(ids).sort());
  });

  it('corrects the details and answers, audited, keeping what was not sent', async () => {
    const registrationId = ids['kerstin@umea.se'] ?? '';
    const read = await api.GET('/organisation/events/{eventId}/registrations/{registrationId}', {
      params: { path: { eventId, registrationId } },
    });
    expect(read.data?.answers).toEqual({ pass: ['a'] });
    const { data, response } = await api.PATCH(
      '/organisation/events/{eventId}/registrations/{registrationId}',
      {
        params: {
          path: { eventId, registrationId },
          header: { 'If-Match': read.response.headers.get('etag') ?? '' },
        },
        body: { role: 'Trygghetssamordnare', answers: { pass: ['a', 'b'] } },
      },
    );
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      name: 'Kerstin Ek',
      organisation: 'Umeå kommun',
      role: 'Trygghetssamordnare',
      answers: { pass: ['a', 'b'] },
    });
    const edited = (await trail()).filter((entry) => entry.action === 'registration-edited');
    expect(edited.map((entry) => [entry.actor.name, entry.detail])).toEqual([
      ['API: Intranätet', 'role, answers'],
    ]);
  });

  it('refuses an empty name, naming the field, and an address another registration has', async () => {
    const registrationId = ids['kerstin@umea.se'] ?? '';
    const wrong = await api.PATCH('/organisation/events/{eventId}/registrations/{registrationId}', {
      params: { path: { eventId, registrationId } },
      body: { name: '' },
    });
    expect(wrong.response.status).toBe(422);
    expect(wrong.error?.errors?.map((error) => error.pointer)).toEqual(['#/name']);
    const taken = await api.PATCH('/organisation/events/{eventId}/registrations/{registrationId}', {
      params: { path: { eventId, registrationId } },
      body: { email: 'lars@umea.se' },
    });
    expect(taken.response.status).toBe(409);
    expect(taken.error?.code).toBe('address-taken');
  });

  it('reads the waiting list in order', async () => {
    const { data } = await api.GET('/organisation/events/{eventId}/waiting-list', {
      params: { path: { eventId } },
    });
    expect(data?.offered).toEqual([]);
    expect(data?.waiting.map((item) => [item.email, item.waitingPosition])).toEqual([
      ['lars@umea.se', 1],
      ['maja@umea.se', 2],
    ]);
  });

  it('checks a confirmed participant in once, and refuses one who is waiting', async () => {
    const path = { eventId, registrationId: ids['kerstin@umea.se'] ?? '' };
    const first = await api.POST('/organisation/events/{eventId}/registrations/{registrationId}/check-in', {
      params: { path },
    });
    expect(first.response.status).toBe(200);
    expect(first.data?.checkedInAt).toBe('2026-11-22T10:00:00.000Z');
    platform.setNow('2026-11-22T10:05:00Z');
    const again = await api.POST('/organisation/events/{eventId}/registrations/{registrationId}/check-in', {
      params: { path },
    });
    expect(again.data?.checkedInAt).toBe('2026-11-22T10:00:00.000Z');
    const waiting = await api.POST('/organisation/events/{eventId}/registrations/{registrationId}/check-in', {
      params: { path: { eventId, registrationId: ids['lars@umea.se'] ?? '' } },
    });
    expect(waiting.response.status).toBe(409);
    expect(waiting.error?.code).toBe('waiting');
  });

  it('sends a changed address a new link, and refuses changing a cancelled registration', async () => {
    const registrationId = ids['maja@umea.se'] ?? '';
    const moved = await api.PATCH('/organisation/events/{eventId}/registrations/{registrationId}', {
      params: { path: { eventId, registrationId } },
      body: { email: 'maja.lind@umea.se' },
    });
    expect(moved.data?.email).toBe('maja.lind@umea.se');
    await platform.deliverOutbox();
    expect(await mailTo(platform.mailbox, 'maja.lind@umea.se')).toHaveLength(1);
    await api.POST('/organisation/events/{eventId}/registrations/{registrationId}/cancel', {
      params: { path: { eventId, registrationId } },
    });
    const refused = await api.PATCH('/organisation/events/{eventId}/registrations/{registrationId}', {
      params: { path: { eventId, registrationId } },
      body: { role: 'Chef' },
    });
    expect(refused.response.status).toBe(409);
    expect(refused.error?.code).toBe('cancelled');
  });
});
