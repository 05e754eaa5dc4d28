import type ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putEventPage } from '#store/transactions/event-page.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { onlyVevent, readCalendar, startInstant, vevents } from '#test/support/read-calendar.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const TODAY = '2026-11-22';
const TRYGGHETSDAG = demoEventPages(TODAY).find((page) => page.event.id === 'trygghetsdag-2022');
const PAUSES = new Set(['break', 'lunch']);
let platform: TestPlatform;

afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(`${TODAY}T10:00:00Z`);
  await loadDemoData(platform.table, TODAY);
  await putTrygghetsdag(platform.table, 'digital-med-lank', {
    onlineLink: 'https://meet.example/hemligt-rum',
  });
  await putTrygghetsdag(platform.table, 'installd-trygghetsdag', { status: 'cancelled' });
  await putTrygghetsdag(platform.table, 'utkast-trygghetsdag', { status: 'draft' });
});

async function calendar(path: string) {
  const response = await platform.app.request(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const text = await response.text();
  return { text, calendar: readCalendar(text), disposition: response.headers.get('content-disposition') };
}

async function html(path: string) {
  const response = await platform.app.request(path);
  expect(response.status).toBe(200);
  return response.text();
}

const uids = (calendar: ICAL.Component) =>
  vevents(calendar).map((vevent) => vevent.getFirstPropertyValue('uid'));

/** The address of the link a screen reader announces by `name`, as the browser reads it. */
function linkNamed(page: string, name: string): URL {
  const anchor = [...page.matchAll(/<a href="([^"]*)" aria-label="([^"]*)"/g)].find(
    (match) => match[2] === name,
  );
  if (!anchor?.[1]) throw new Error(`No link named ${name}`);
  return new URL(anchor[1].replaceAll('&amp;', '&'), 'http://traffpunkt.test');
}

/** Where the app sends a browser that follows one of its own links. */
async function redirectOf(link: URL): Promise<URL> {
  const response = await platform.app.request(link.pathname);
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '');
}

describe("an event's calendar file", () => {
  it('publishes Trygghetsdag 2022 and its sessions, without the breaks and the lunch, in Stockholm time', async () => {
    const sessions = TRYGGHETSDAG?.slots.filter((slot) => !PAUSES.has(slot.kind)) ?? [];
    expect(sessions.length).toBeGreaterThan(0);

    const { text, calendar: parsed, disposition } = await calendar('/events/trygghetsdag-2022/calendar.ics');

    expect(disposition).toBe('attachment; filename="trygghetsdag-2022.ics"');
    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(uids(parsed)).toEqual([
      'trygghetsdag-2022@traffpunkt.se',
      ...sessions.map((slot) => `trygghetsdag-2022.${slot.id}@traffpunkt.se`),
    ]);
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20220203T100000\r\n');
    expect(parsed.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(
      ['Europe/Stockholm'],
    );
  });

  it('adds the breaks and the lunch when asked for them', async () => {
    const { calendar: parsed } = await calendar('/events/trygghetsdag-2022/calendar.ics?breaks=1');

    expect(uids(parsed)).toHaveLength(1 + (TRYGGHETSDAG?.slots.length ?? 0));
    expect(uids(parsed)).toContain('trygghetsdag-2022.1200-lunch@traffpunkt.se');
    expect(uids(parsed)).toContain('trygghetsdag-2022.1030-paus@traffpunkt.se');
  });

  it("writes the Norwegian study trip in Oslo's time, with Oslo's VTIMEZONE only", async () => {
    const { text } = await calendar('/events/ks-studietur-mc-kriminalitet-2011/calendar.ics');

    expect(text).toContain(';TZID=Europe/Oslo:');
    expect(text).toContain('\r\nTZID:Europe/Oslo\r\n');
    expect(text).not.toContain('Europe/Stockholm');
  });

  it('never carries the online link, which only confirmed participants get', async () => {
    const { text } = await calendar('/events/digital-med-lank/calendar.ics');

    expect(text.replace(/\r\n[ \t]/g, '')).not.toContain('hemligt-rum');
  });

  it('carries every entry of a cancelled event as cancelled, under the same UIDs', async () => {
    const { calendar: parsed } = await calendar('/events/installd-trygghetsdag/calendar.ics');

    const statuses = vevents(parsed).map((vevent) => vevent.getFirstPropertyValue('status'));
    expect(statuses.length).toBeGreaterThan(1);
    expect(new Set(statuses)).toEqual(new Set(['CANCELLED']));
  });

  it('does not exist for an unknown or a draft event', async () => {
    expect((await platform.app.request('/events/finns-inte/calendar.ics')).status).toBe(404);
    expect((await platform.app.request('/events/utkast-trygghetsdag/calendar.ics')).status).toBe(404);
  });
});

describe("a session's calendar file", () => {
  it('holds exactly that session, under the UID it has in the event calendar', async () => {
    const { calendar: parsed, disposition } = await calendar(
      '/events/trygghetsdag-2022/slots/1005-oppna-drogscener/calendar.ics',
    );

    expect(disposition).toBe('attachment; filename="trygghetsdag-2022-1005-oppna-drogscener.ics"');
    const session = onlyVevent(parsed);
    expect(session.getFirstPropertyValue('uid')).toBe(
      'trygghetsdag-2022.1005-oppna-drogscener@traffpunkt.se',
    );
    expect(session.getFirstPropertyValue('summary')).toBe('Öppna drogscener');
  });

  it('does not exist for an unknown session, or a session of an unpublished event', async () => {
    expect(
      (await platform.app.request('/events/trygghetsdag-2022/slots/finns-inte/calendar.ics')).status,
    ).toBe(404);
    expect(
      (await platform.app.request('/events/utkast-trygghetsdag/slots/1005-oppna-drogscener/calendar.ics'))
        .status,
    ).toBe(404);
  });
});

describe('calendar links on the event page', () => {
  it('offers the event calendar and, per session, its file, Google Calendar and Outlook, each named for the session', async () => {
    const page = await html('/events/trygghetsdag-2022');

    expect(page).toContain('href="/events/trygghetsdag-2022/calendar.ics"');
    expect(page).toContain('Lägg till i kalendern (.ics)');
    expect(linkNamed(page, 'Lägg till Öppna drogscener i kalendern som .ics-fil').pathname).toBe(
      '/events/trygghetsdag-2022/slots/1005-oppna-drogscener/calendar.ics',
    );

    const google = await redirectOf(linkNamed(page, 'Lägg till Öppna drogscener i Google Kalender'));
    expect(google.origin).toBe('https://calendar.google.com');
    expect(google.searchParams.get('text')).toBe('Öppna drogscener');
    expect(google.searchParams.get('dates')).toBe('20220203T090500Z/20220203T093000Z');
    expect(google.searchParams.get('ctz')).toBe('Europe/Stockholm');

    const outlook = await redirectOf(linkNamed(page, 'Lägg till Öppna drogscener i Outlook'));
    expect(outlook.origin).toBe('https://outlook.office.com');
    expect(outlook.searchParams.get('startdt')).toBe('2022-02-03T09:05:00Z');
    expect(outlook.searchParams.get('enddt')).toBe('2022-02-03T09:30:00Z');
  });

  it('links Google Calendar and Outlook through a short address per session, not the long links in the page', async () => {
    const page = await html('/events/trygghetsdag-2022');
    expect(linkNamed(page, 'Lägg till Öppna drogscener i Google Kalender').pathname).toBe(
      '/events/trygghetsdag-2022/slots/1005-oppna-drogscener/calendar/google',
    );
    expect(page).not.toContain('calendar.google.com');
    expect(page).not.toContain('outlook.office.com');
    for (const path of [
      '/events/trygghetsdag-2022/slots/finns-inte/calendar/google',
      '/events/trygghetsdag-2022/slots/1200-lunch/calendar/outlook',
      '/events/trygghetsdag-2022/slots/1005-oppna-drogscener/calendar/yahoo',
      '/events/utkast-trygghetsdag/slots/1005-oppna-drogscener/calendar/google',
    ])
      expect((await platform.app.request(path)).status, path).toBe(404);
  });

  it('offers no calendar for the breaks and the lunch', async () => {
    const page = await html('/events/trygghetsdag-2022');

    expect(page).not.toContain('/slots/1200-lunch/calendar.ics');
    expect(page).not.toContain('/slots/1030-paus/calendar.ics');
  });

  it('offers no calendar for a cancelled event', async () => {
    const page = await html('/events/installd-trygghetsdag');

    expect(page).not.toContain('calendar.ics');
    expect(page).not.toContain('/calendar/google');
  });
});

describe('the printable programme', () => {
  it('holds the title, the time and the programme, and neither the sign-up button nor calendar links', async () => {
    const eventPage = await html('/events/trygghetsdag-2027');
    expect(eventPage).toContain('href="/events/trygghetsdag-2027/programme"');
    expect(eventPage).toContain('href="/events/trygghetsdag-2027/sign-up"');

    const page = await html('/events/trygghetsdag-2027/programme');

    expect(page).toContain('<h1>Trygghetsdag 2027 – Så arbetar vi mot narkotika</h1>');
    expect(page).toMatch(/10\.05<\/time>–<time[^>]*>10\.30<\/time>[\s\S]*Öppna drogscener/);
    expect(page).toContain('Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten');
    expect(page).toContain('href="/events/trygghetsdag-2027"');
    expect(page).not.toContain('/sign-up');
    expect(page).not.toContain('calendar');
  });

  it("names the Norwegian study trip's place once, though its venue and city are both København", async () => {
    const page = await html('/events/ks-studietur-mc-kriminalitet-2011/programme');

    expect(page).toContain('<html lang="nb">');
    expect(page).toContain('<dd>København</dd>');
    expect(page).toContain('Dag 2');
  });

  it('does not exist for an unknown event', async () => {
    expect((await platform.app.request('/events/finns-inte/programme')).status).toBe(404);
  });
});

describe("a working group's meeting series feed", () => {
  it('holds the dated meetings only, as a subscription', async () => {
    const {
      text,
      calendar: series,
      disposition,
    } = await calendar('/events/motorburen-problematik-2020/meetings.ics');
    expect(disposition).toBeNull();
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n');
    expect(text).not.toContain('METHOD');
    expect(uids(series)).toEqual([
      'motorburen-problematik-2020.meeting-1@traffpunkt.se',
      'motorburen-problematik-2020.meeting-2@traffpunkt.se',
      'motorburen-problematik-2020.meeting-3@traffpunkt.se',
    ]);
    expect(startInstant(vevents(series)[0] as ICAL.Component)).toBe('2020-11-16T08:00:00.000Z');
  });

  it("is what the group's own calendar file holds: each dated meeting an event, no block over the whole period", async () => {
    const { calendar: file, disposition } = await calendar(
      '/events/motorburen-problematik-2020/calendar.ics',
    );
    expect(disposition).toBe('attachment; filename="motorburen-problematik-2020.ics"');
    expect(uids(file)).toEqual([
      'motorburen-problematik-2020.meeting-1@traffpunkt.se',
      'motorburen-problematik-2020.meeting-2@traffpunkt.se',
      'motorburen-problematik-2020.meeting-3@traffpunkt.se',
    ]);
  });

  it('gains a meeting the moment it gets its date', async () => {
    const page = await getEventPage(platform.table, 'motorburen-problematik-2027');
    if (!page) throw new Error('the demo lacks motorburen-problematik-2027');
    const meetings = page.meetings.map((meeting) =>
      meeting.number === 4
        ? {
            ...meeting,
            startsAt: '2027-05-10T07:00:00Z',
            endsAt: '2027-05-10T10:00:00Z',
            sequence: meeting.sequence + 1,
          }
        : meeting,
    );
    await putEventPage(platform.table, { event: page.event, slots: page.slots, meetings });
    const { calendar: series } = await calendar('/events/motorburen-problematik-2027/meetings.ics');
    const fourth = vevents(series).find(
      (vevent) =>
        vevent.getFirstPropertyValue('uid') === 'motorburen-problematik-2027.meeting-4@traffpunkt.se',
    );
    expect(fourth && startInstant(fourth)).toBe('2027-05-10T07:00:00.000Z');
    expect(fourth?.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('is linked from the working group page as webcal', async () => {
    expect(await html('/events/motorburen-problematik-2020')).toContain(
      'href="webcal://traffpunkt.test/events/motorburen-problematik-2020/meetings.ics"',
    );
  });
});
