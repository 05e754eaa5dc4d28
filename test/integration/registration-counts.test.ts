import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationStatus } from '#shared/domain/registration.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { seatCounterKey } from '#store/entities/seat-counter.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putKsStudyTrip, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let organiserCookie: string;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  organiserCookie = await signedInOrganiser(platform, 'konferens@skr.se');
});

const organiser = () => asOrganiser(platform, organiserCookie);
const hoursLater = (hours: number) => new Date(Date.parse(NOW) + hours * 3_600_000).toISOString();

async function signUp(eventId: string, who: string): Promise<void> {
  const response = await postForm(platform.app, `/events/${eventId}/sign-up`, {
    name: who,
    email: `${who.toLowerCase()}@${eventId}.se`,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
  });
  expect(response.status).toBe(201);
}

/** The manage link in the latest mail to the person, once the outbox is delivered. */
async function linkOf(eventId: string, who: string): Promise<string> {
  await platform.deliverOutbox();
  const mail = (await mailTo(platform.mailbox, `${who.toLowerCase()}@${eventId}.se`)).at(-1);
  const link = mail?.text?.match(/\/manage\/[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error(`no manage link reached ${who}`);
  return link;
}

const cancel = async (eventId: string, who: string) =>
  postForm(platform.app, `${await linkOf(eventId, who)}/cancel`, { confirm: 'yes' });

/** The registrations by status as the table holds them, each one read. */
async function storedStatuses(eventId: string): Promise<Record<RegistrationStatus, number>> {
  const counts = { confirmed: 0, offered: 0, waiting: 0, cancelled: 0 };
  for (const registration of await listRegistrations(platform.table, eventId))
    counts[registration.status] += 1;
  return counts;
}

/** What the organiser is told: the overview's cancelled count and the participants page's totals. */
async function shownCounts(eventId: string) {
  const overview = await (await organiser().get(`/organiser/events/${eventId}`)).text();
  const all = await (await organiser().get(`/organiser/events/${eventId}/registrations`)).text();
  const cancelled = await (
    await organiser().get(`/organiser/events/${eventId}/registrations?status=cancelled`)
  ).text();
  return {
    cancelled: Number(overview.match(/<dt>Avbokade<\/dt><dd>(\d+)<\/dd>/)?.[1]),
    total: all.match(/\d+ av (\d+ anmälningar?)/)?.[1],
    cancelledOfTotal: cancelled.match(/\d+ av \d+ anmälningar?/)?.[0],
  };
}

/** The counter's counts equal the registrations stored, and (for a Swedish organiser's event) the pages say so. */
async function expectCountsExact(eventId: string, pages = true): Promise<void> {
  const stored = await storedStatuses(eventId);
  const total = Object.values(stored).reduce((sum, count) => sum + count, 0);
  expect((await getEventPage(platform.table, eventId))?.registrationsByStatus).toEqual(stored);
  if (!pages) return;
  expect(await shownCounts(eventId)).toEqual({
    cancelled: stored.cancelled,
    total: `${total} ${total === 1 ? 'anmälan' : 'anmälningar'}`,
    cancelledOfTotal: `${stored.cancelled} av ${total} ${total === 1 ? 'anmälan' : 'anmälningar'}`,
  });
}

describe("the seat counter's counts by status", () => {
  it('stay exact through sign-up, the waiting list, cancellation, promotion and erasure', async () => {
    platform.setNow(NOW);
    await putTrygghetsdag(platform.table, 'counts-journey', { capacity: 2 });
    for (const who of ['Anna', 'Bo', 'Cecilia', 'David']) await signUp('counts-journey', who);
    await expectCountsExact('counts-journey');

    // Anna's seat goes to Cecilia; David leaves the waiting list; Bo leaves with nobody waiting.
    await cancel('counts-journey', 'Anna');
    await cancel('counts-journey', 'David');
    await cancel('counts-journey', 'Bo');
    expect(await storedStatuses('counts-journey')).toEqual({
      confirmed: 1,
      offered: 0,
      waiting: 0,
      cancelled: 3,
    });
    await expectCountsExact('counts-journey');

    // Erased, Anna is in no count at all: not even among the cancelled.
    const erased = await postForm(platform.app, `${await linkOf('counts-journey', 'Anna')}/erase`, {
      confirm: 'yes',
    });
    expect(await erased.text()).toContain('Dina uppgifter är raderade.');
    // Cecilia, confirmed, erases hers: she is cancelled and erased in one go.
    await postForm(platform.app, `${await linkOf('counts-journey', 'Cecilia')}/erase`, { confirm: 'yes' });
    expect(await storedStatuses('counts-journey')).toEqual({
      confirmed: 0,
      offered: 0,
      waiting: 0,
      cancelled: 2,
    });
    await expectCountsExact('counts-journey');
  });

  it('stay exact through offers made, accepted, declined and expired', async () => {
    platform.setNow(NOW);
    await putTrygghetsdag(platform.table, 'counts-offers', { capacity: 2 });
    const saved = await organiser().post('/organiser/events/counts-offers/waiting-list', {
      mode: 'offers',
      offerHours: '48',
    });
    expect(await saved.text()).toContain('Inställningen är sparad.');
    for (const who of ['Anna', 'Bo', 'Cecilia', 'David', 'Eva']) await signUp('counts-offers', who);
    await cancel('counts-offers', 'Anna');
    await cancel('counts-offers', 'Bo');
    expect((await storedStatuses('counts-offers')).offered).toBe(2);
    await expectCountsExact('counts-offers');

    await postForm(platform.app, `${await linkOf('counts-offers', 'Cecilia')}/accept`, {});
    await cancel('counts-offers', 'David');
    expect(await storedStatuses('counts-offers')).toEqual({
      confirmed: 1,
      offered: 1,
      waiting: 0,
      cancelled: 3,
    });
    await expectCountsExact('counts-offers');
    const offered = await (
      await organiser().get('/organiser/events/counts-offers/registrations?status=offered')
    ).text();
    expect(offered).toContain('1 av 5 anmälningar');

    platform.setNow(hoursLater(49));
    expect((await platform.runJobs()).offersExpired).toBe(1);
    organiserCookie = await signedInOrganiser(platform, 'konferens@skr.se');
    await expectCountsExact('counts-offers');
  });

  it('count a delegation, and a member who leaves it', async () => {
    platform.setNow(NOW);
    await putKsStudyTrip(platform.table, 'counts-delegation');
    const form = await (await platform.app.request('/events/counts-delegation/delegation')).text();
    const idempotencyKey = /name="idempotencyKey" value="([^"]+)"/.exec(form)?.[1] ?? '';
    const registered = await postForm(platform.app, '/events/counts-delegation/delegation', {
      organisation: 'Bergen',
      leadName: 'Torild Haugen',
      leadEmail: 'torild@counts-delegation.se',
      'members.0.name': 'Ingvild Skaar',
      'members.0.email': 'ingvild@counts-delegation.se',
      'members.0.role': 'police',
      'members.1.name': 'Per Lunde',
      'members.1.email': 'per@counts-delegation.se',
      'members.1.role': 'politician',
      ...DRAMMEN_INVOICE_FIELDS,
      intent: 'send-anyway',
      idempotencyKey,
    });
    expect(registered.status).toBe(201);
    expect((await storedStatuses('counts-delegation')).confirmed).toBe(2);
    await cancel('counts-delegation', 'Per');
    expect((await storedStatuses('counts-delegation')).cancelled).toBe(1);
    await expectCountsExact('counts-delegation', false);
  });

  it('lose no cancellation of many at once', async () => {
    platform.setNow(NOW);
    await putTrygghetsdag(platform.table, 'counts-race', { capacity: 8 });
    const people = Array.from({ length: 12 }, (_, n) => `Person${n}`);
    for (const who of people) await signUp('counts-race', who);
    const links: string[] = [];
    for (const who of people) links.push(await linkOf('counts-race', who));
    await Promise.all(links.map((link) => postForm(platform.app, `${link}/cancel`, { confirm: 'yes' })));
    expect(await storedStatuses('counts-race')).toEqual({
      confirmed: 0,
      offered: 0,
      waiting: 0,
      cancelled: 12,
    });
    await expectCountsExact('counts-race');
  });

  it('are not trusted on a counter made before it kept them: the pages count instead', async () => {
    platform.setNow(NOW);
    await putTrygghetsdag(platform.table, 'counts-old', { capacity: 5 });
    // As a counter made before the counts by status: only seats and the waiting list.
    await platform.table.doc.send(
      new UpdateCommand({
        TableName: platform.table.name,
        Key: seatCounterKey('counts-old'),
        UpdateExpression: 'REMOVE statusesCounted, cancelledCount, offeredCount',
      }),
    );
    for (const who of ['Anna', 'Bo', 'Cecilia']) await signUp('counts-old', who);
    await cancel('counts-old', 'Anna');
    await cancel('counts-old', 'Bo');
    await postForm(platform.app, `${await linkOf('counts-old', 'Bo')}/erase`, { confirm: 'yes' });
    expect((await getEventPage(platform.table, 'counts-old'))?.registrationsByStatus).toBeUndefined();
    expect(await shownCounts('counts-old')).toEqual({
      cancelled: 1,
      total: '2 anmälningar',
      cancelledOfTotal: '1 av 2 anmälningar',
    });
  });
});

describe("an event's personal data erased after the retention period", () => {
  it('leaves no count of registrations that are gone, while the seats stay as its figures', async () => {
    platform.setNow(NOW);
    const event = await putTrygghetsdag(platform.table, 'counts-purge', { capacity: 5 });
    for (const who of ['Anna', 'Bo', 'Cecilia']) await signUp('counts-purge', who);
    await cancel('counts-purge', 'Anna');
    await expectCountsExact('counts-purge');

    platform.setNow(new Date(Date.parse(event.endsAt) + 91 * 86_400_000).toISOString());
    expect((await platform.runJobs()).personalDataErased).toBeGreaterThan(0);
    organiserCookie = await signedInOrganiser(platform, 'konferens@skr.se');
    const page = await getEventPage(platform.table, 'counts-purge');
    expect(page?.registrationsByStatus).toBeUndefined();
    expect(page?.seats.confirmed).toBe(2);
    expect(await shownCounts('counts-purge')).toEqual({
      cancelled: 0,
      total: '0 anmälningar',
      cancelledOfTotal: '0 av 0 anmälningar',
    });
  });
});

describe('a search by text', () => {
  it('counts no total of matches while more pages follow, and says "more than"', async () => {
    platform.setNow(NOW);
    await putTrygghetsdag(platform.table, 'counts-search', { capacity: 100 });
    for (let batch = 0; batch < 55; batch += 11)
      await Promise.all(
        Array.from({ length: 11 }, (_, n) =>
          postForm(platform.app, '/events/counts-search/sign-up', {
            name: `Person ${batch + n + 1}`,
            email: `person${batch + n + 1}@counts-search.se`,
            organisation: 'Umeå kommun',
            organisationKind: 'kommun',
            role: 'samordnare',
          }),
        ),
      );
    await signUp('counts-search', 'Zelda');
    const first = await (
      await organiser().get('/organiser/events/counts-search/registrations?q=person')
    ).text();
    expect(first).toContain('Fler än 50 av 56 anmälningar. Visar 1–50.');
    const one = await (await organiser().get('/organiser/events/counts-search/registrations?q=zelda')).text();
    expect(one).toContain('1 av 56 anmälningar');
    expect(one).not.toContain('Visar');
  });
});
