import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, apiClientFor } from '#test/support/api-client.ts';
import { makeApiToken } from '#test/support/api-token-fixture.ts';
import { applicationForm, apply, team } from '#test/support/application-fixture.ts';
import { auditEntriesAbout } from '#test/support/audit-entries.ts';
import { putMotorburenProblematik } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

/**
 * The upcoming Motorburen problematik (applications open until 7 January 2027; meetings 1–3 dated, 4–7 to be
 * decided), with two places and three applying municipalities.
 */
const NOW = '2026-11-22T10:00:00Z';
const eventId = 'api-working-group';
const ORGANISATION = 'lansstyrelsen-vg';
let platform: TestPlatform;
let api: ApiClient;
let page: ReturnType<typeof asOrganiser>;
afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  const stored = await putMotorburenProblematik(platform.table, eventId);
  const event = await putMotorburenProblematik(platform.table, eventId, {
    selection: { ...(stored.selection ?? { basis: '', requirements: [], county: '14' }), places: 2 },
  });
  for (const [code, tag] of [
    ['1490', 'boras'],
    ['1485', 'uddevalla'],
    ['1488', 'trollhattan'],
  ] as const)
    expect((await apply(platform, event, applicationForm(code, team(tag)))).status).toBe(201);
  page = asOrganiser(
    platform,
    await signedInOrganiser(platform, 'admin@lansstyrelsen.se', ORGANISATION, 'admin'),
  );
  api = apiClientFor(platform, await makeApiToken(page, 'Ärendesystemet', 'read-write'));
});

describe('a working group’s applications through the API', () => {
  it('lists the applications with their criteria, complete', async () => {
    const { data } = await api.GET('/organisation/events/{eventId}/applications', {
      params: { path: { eventId }, query: { sort: 'municipality' } },
    });
    expect(data?.items.map((item) => item.municipality)).toEqual(['Borås', 'Trollhättan', 'Uddevalla']);
    expect(data?.items[0]).toMatchObject({ complete: true, criteria: { policeRepresentative: true } });
    expect(data).toMatchObject({ places: 2, selected: 0 });
  });

  it('keeps the organisers’ notes and score, and refuses a score out of range', async () => {
    const path = { eventId, municipalityCode: '1490' };
    const refused = await api.PATCH('/organisation/events/{eventId}/applications/{municipalityCode}/review', {
      params: { path },
      body: { score: 101 },
    });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.errors?.map((error) => error.pointer)).toEqual(['#/score']);
    const { data } = await api.PATCH(
      '/organisation/events/{eventId}/applications/{municipalityCode}/review',
      {
        params: { path },
        body: { notes: 'Tydlig lägesbild.', score: 80 },
      },
    );
    expect(data?.review).toEqual({ notes: 'Tydlig lägesbild.', score: 80, selected: false });
  });

  it('selects up to the places and refuses one more with its code', async () => {
    for (const municipalityCode of ['1490', '1485']) {
      const { data } = await api.POST(
        '/organisation/events/{eventId}/applications/{municipalityCode}/select',
        {
          params: { path: { eventId, municipalityCode } },
        },
      );
      expect(data?.review.selected).toBe(true);
    }
    const third = await api.POST('/organisation/events/{eventId}/applications/{municipalityCode}/select', {
      params: { path: { eventId, municipalityCode: '1488' } },
    });
    expect(third.response.status).toBe(409);
    expect(third.error?.code).toBe('full');
  });

  it('refuses deciding before the deadline unless told to close applications now, or on a stale list, then tells every team', async () => {
    const early = await api.POST('/organisation/events/{eventId}/applications/decisions', {
      params: { path: { eventId } },
      body: {},
    });
    expect(early.response.status).toBe(409);
    expect(early.error?.code).toBe('before-deadline');
    const seen = await api.GET('/organisation/events/{eventId}/applications', {
      params: { path: { eventId } },
    });
    await api.PATCH('/organisation/events/{eventId}/applications/{municipalityCode}/review', {
      params: { path: { eventId, municipalityCode: '1488' } },
      body: { notes: 'Läst.' },
    });
    const stale = await api.POST('/organisation/events/{eventId}/applications/decisions', {
      params: { path: { eventId }, header: { 'If-Match': seen.response.headers.get('etag') ?? '' } },
      body: { closeApplicationsNow: true },
    });
    expect(stale.response.status).toBe(412);
    const { data, response } = await api.POST('/organisation/events/{eventId}/applications/decisions', {
      params: { path: { eventId } },
      body: { closeApplicationsNow: true },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ selected: 2, declined: 1 });
    await platform.deliverOutbox();
    expect((await mailTo(platform.mailbox, 'kim.trollhattan@kommun.se')).length).toBeGreaterThanOrEqual(2);
    const unselect = await api.POST(
      '/organisation/events/{eventId}/applications/{municipalityCode}/unselect',
      {
        params: { path: { eventId, municipalityCode: '1490' } },
      },
    );
    expect(unselect.error?.code).toBe('decided');
  });
});

describe('a working group’s meetings and date polls through the API', () => {
  it('lists the series, dated and to be decided', async () => {
    const { data } = await api.GET('/organisation/events/{eventId}/meetings', {
      params: { path: { eventId } },
    });
    expect(data?.items.map((meeting) => [meeting.number, meeting.startsAt !== undefined])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
      [5, false],
      [6, false],
      [7, false],
    ]);
  });

  it('dates a meeting to be decided, sending every member the invite, audited under the token', async () => {
    const path = { eventId, number: '4' };
    const read = await api.GET('/organisation/events/{eventId}/meetings/{number}', { params: { path } });
    const { data, response } = await api.PATCH('/organisation/events/{eventId}/meetings/{number}', {
      params: { path, header: { 'If-Match': read.response.headers.get('etag') ?? '' } },
      body: { startsAt: '2027-04-20T07:00:00Z', endsAt: '2027-04-20T10:00:00Z', venue: { kind: 'digital' } },
    });
    expect(response.status).toBe(200);
    expect(data?.meeting).toMatchObject({ number: 4, startsAt: '2027-04-20T07:00:00Z', sequence: 1 });
    expect(data?.told).toBe(4);
    await platform.deliverOutbox();
    const invites = (await mailTo(platform.mailbox, 'pia.boras@polisen.se')).filter((mail) =>
      mail.subject?.includes('4'),
    );
    expect(invites.length).toBeGreaterThanOrEqual(1);
    const past = await api.PATCH('/organisation/events/{eventId}/meetings/{number}', {
      params: { path: { eventId, number: '5' } },
      body: { startsAt: '2026-01-20T07:00:00Z', endsAt: '2026-01-20T10:00:00Z' },
    });
    expect(past.response.status).toBe(422);
    expect(past.error?.errors?.[0]?.pointer).toBe('#/startsAt');
    const trail = await auditEntriesAbout(platform.table, ORGANISATION, eventId);
    expect(trail.find((entry) => entry.action === 'meeting-changed')?.actor.name).toBe('API: Ärendesystemet');
  });

  it('reads a date poll’s answers per time and per municipality', async () => {
    const none = await api.GET('/organisation/events/{eventId}/meetings/{number}/poll', {
      params: { path: { eventId, number: '5' } },
    });
    expect(none.response.status).toBe(404);
    const opened = await page.post(`/organiser/events/${eventId}/meetings/5/poll`, {
      'options.0.date': '2027-05-11',
      'options.0.startTime': '09:00',
      'options.0.endTime': '12:00',
      'options.1.date': '2027-05-12',
      'options.1.startTime': '13:00',
      'options.1.endTime': '16:00',
    });
    expect(opened.status).toBe(200);
    const { data } = await api.GET('/organisation/events/{eventId}/meetings/{number}/poll', {
      params: { path: { eventId, number: '5' } },
    });
    expect(data).toMatchObject({ meetingNumber: 5, status: 'open', answered: 0, members: 4 });
    expect(data?.options.map((option) => [option.id, option.counts])).toEqual([
      ['o1', { yes: 0, maybe: 0, no: 0 }],
      ['o2', { yes: 0, maybe: 0, no: 0 }],
    ]);
    expect(data?.municipalities.map((municipality) => municipality.name)).toEqual(['Borås', 'Uddevalla']);
  });
});
