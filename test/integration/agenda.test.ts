import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEventPage } from '#store/reads/event-page.ts';
import { putEventPage } from '#store/transactions/event-page.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { readCalendar, vevents } from '#test/support/read-calendar.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
});

async function signUp(eventId: string, name: string, email: string): Promise<string> {
  await postForm(platform.app, `/events/${eventId}/sign-up`, {
    name,
    email,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
  });
  await platform.deliverOutbox();
  return (await mailTo(platform.mailbox, email)).at(-1)?.text?.match(/\/manage\/[A-Za-z0-9_-]+/)?.[0] ?? '';
}

async function pick(link: string, slotIds: string[]) {
  const body = new URLSearchParams(slotIds.map((id) => ['slot', id]));
  const response = await platform.app.request(`${link}/agenda`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    body: body.toString(),
  });
  return response.text();
}

async function feedOf(link: string) {
  const page = await (await platform.app.request(link)).text();
  const url = page.match(/http:\/\/traffpunkt\.test(\/agenda\/[A-Za-z0-9_-]+\.ics)/)?.[1];
  if (!url) throw new Error('the manage page shows no agenda feed');
  const response = await platform.app.request(url);
  const text = await response.text();
  const events = vevents(readCalendar(text));
  return {
    text,
    response,
    events,
    summaries: events.map((event) => String(event.getFirstPropertyValue('summary'))),
  };
}

const slotIdOf = async (eventId: string, title: string) =>
  (await getEventPage(platform.table, eventId))?.slots.find((slot) => slot.title === title)?.id ?? '';

describe('a personal agenda', () => {
  it('holds exactly the sessions picked on the manage page, as a subscription feed', async () => {
    await putTrygghetsdag(platform.table, 'agenda');
    const link = await signUp('agenda', 'Kerstin Rörsch', 'kerstin@umea.se');
    const saved = await pick(link, [
      await slotIdOf('agenda', 'Öppna drogscener'),
      await slotIdOf('agenda', 'Brås kartläggning om narkotikamarknader'),
    ]);
    expect(saved).toContain('Ditt program är sparat.');

    const feed = await feedOf(link);
    expect(feed.response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.summaries.sort()).toEqual([
      'Brås kartläggning om narkotikamarknader',
      'Trygghetsdag 2027 – Så arbetar vi mot narkotika',
      'Öppna drogscener',
    ]);
    expect(feed.text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(feed.text).toContain('X-PUBLISHED-TTL:PT1H\r\n');
    expect(feed.text).not.toContain('METHOD');

    await pick(link, [await slotIdOf('agenda', 'Öppna drogscener')]);
    expect((await feedOf(link)).summaries).not.toContain('Brås kartläggning om narkotikamarknader');
  });

  it('follows the programme: a moved session comes back with its new time and a higher SEQUENCE', async () => {
    await putTrygghetsdag(platform.table, 'agenda-moved');
    const link = await signUp('agenda-moved', 'Seth Åberg', 'seth@umea.se');
    const slotId = await slotIdOf('agenda-moved', 'Öppna drogscener');
    await pick(link, [slotId]);
    const page = await getEventPage(platform.table, 'agenda-moved');
    if (!page) throw new Error('no page');
    const moved = page.slots.map((slot) =>
      slot.id === slotId
        ? { ...slot, startsAt: '2027-02-04T09:10:00Z', endsAt: '2027-02-04T09:35:00Z', sequence: 1 }
        : slot,
    );
    await putEventPage(platform.table, { event: page.event, slots: moved, meetings: [] });

    const session = (await feedOf(link)).events.find(
      (event) => event.getFirstPropertyValue('summary') === 'Öppna drogscener',
    );
    expect(session?.getFirstPropertyValue('sequence')).toBe(1);
    expect(String(session?.getFirstProperty('dtstart')?.toJSON()[3])).toBe('2027-02-04T10:10:00');
  });

  it('enforces a session capacity like a seat', async () => {
    const event = await putTrygghetsdag(platform.table, 'agenda-capacity');
    const page = await getEventPage(platform.table, 'agenda-capacity');
    if (!page) throw new Error('no page');
    const slotId = await slotIdOf('agenda-capacity', 'Öppna drogscener');
    await putEventPage(platform.table, {
      event,
      slots: page.slots.map((slot) => (slot.id === slotId ? { ...slot, capacity: 1 } : slot)),
      meetings: [],
    });
    const first = await signUp('agenda-capacity', 'Anna Glas', 'anna@norrtalje.se');
    const second = await signUp('agenda-capacity', 'Sofie Ahlholm', 'sofie@norrtalje.se');
    expect(await pick(first, [slotId])).toContain('Ditt program är sparat.');
    expect(await pick(second, [slotId])).toContain('Passet ”Öppna drogscener” är fullt.');
    expect((await getEventPage(platform.table, 'agenda-capacity'))?.slotPicks[slotId]).toBe(1);

    await postForm(platform.app, `${first}/cancel`, { confirm: 'yes' });
    expect((await getEventPage(platform.table, 'agenda-capacity'))?.slotPicks[slotId]).toBe(0);
    expect(await pick(second, [slotId])).toContain('Ditt program är sparat.');
  });

  it('comes back cancelled, with a higher SEQUENCE, when the registration is cancelled, so calendars drop it', async () => {
    await putTrygghetsdag(platform.table, 'agenda-cancelled');
    const link = await signUp('agenda-cancelled', 'Oliver Berger', 'oliver@urban.se');
    await pick(link, [await slotIdOf('agenda-cancelled', 'Öppna drogscener')]);
    const url =
      (await (await platform.app.request(link)).text()).match(
        /http:\/\/traffpunkt\.test(\/agenda\/\S+?\.ics)/,
      )?.[1] ?? '';
    const eventEntry = async () =>
      vevents(readCalendar(await (await platform.app.request(url)).text())).find(
        (event) => event.getFirstPropertyValue('uid') === 'agenda-cancelled@traffpunkt.se',
      );
    const before = Number((await eventEntry())?.getFirstPropertyValue('sequence'));
    await postForm(platform.app, `${link}/cancel`, { confirm: 'yes' });
    const text = await (await platform.app.request(url)).text();
    const events = vevents(readCalendar(text));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.getFirstPropertyValue('status') === 'CANCELLED')).toBe(true);
    expect(Number((await eventEntry())?.getFirstPropertyValue('sequence'))).toBeGreaterThan(before);
  });

  it('answers an unknown feed address with 404', async () => {
    expect((await platform.app.request('/agenda/not-a-real-token.ics')).status).toBe(404);
  });
});
