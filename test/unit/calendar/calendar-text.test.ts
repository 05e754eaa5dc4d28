import { afterEach, describe, expect, it } from 'vitest';
import { type CalendarEntry, calendarText } from '#shared/calendar/calendar-text.ts';
import { eventCalendar, slotCalendar } from '#shared/calendar/event-calendar.ts';
import { eventInvite } from '#shared/calendar/event-invite.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { onlyVevent, readCalendar, startInstant, vevents } from '#test/support/read-calendar.ts';
import { ATTENDEE, eventUrlOf, KS_STUDY_TRIP, NOW, ORGANIZER, TRYGGHETSDAG } from './calendar-fixtures.ts';

/** Line breaks, TEXT delimiters, quotes, a backslash, emoji (one a ZWJ sequence) and 500+ characters. */
const HOSTILE = `Rad ett\r\nrad två\rrad tre\nslut; "citat", bak\\snedstreck 🚓👩‍👩‍👧 ${'åøÄ'.repeat(160)}`;
const HOSTILE_NAME = 'Berg, "Annie"; Polis\r\nMalmö 🚓';

const hostileEvent: EventRecord = {
  ...TRYGGHETSDAG.event,
  title: HOSTILE,
  summary: HOSTILE,
  venue: { kind: 'place', name: HOSTILE, address: 'Storgatan 1; 2 tr', city: 'Malmö' },
};
const hostileSlot: ProgrammeSlot = {
  ...TRYGGHETSDAG.slots[1],
  id: 'hostile',
  eventId: hostileEvent.id,
  startsAt: '2022-02-03T09:05:00Z',
  kind: 'talk',
  title: HOSTILE,
  description: HOSTILE,
  speakers: [{ name: HOSTILE_NAME, title: HOSTILE }],
  materials: [],
};
const HOSTILE_URL = 'https://traffpunkt.se/evenemang/x?spår=a,b;c';

/** What a parser gives back for a TEXT value: every kind of line break as a newline. */
const asRead = (text: string) => text.replace(/\r\n|\r/g, '\n');

function everyCalendarOf(event: EventRecord, slots: ProgrammeSlot[], eventUrl: string): string[] {
  const invite = (method: 'REQUEST' | 'CANCEL') =>
    eventInvite({
      event,
      method,
      organizer: { ...ORGANIZER, name: HOSTILE_NAME },
      attendee: { ...ATTENDEE, name: HOSTILE_NAME },
      eventUrl,
      onlineLink: `${eventUrl}&online`,
      now: NOW,
    });
  return [
    invite('REQUEST'),
    invite('CANCEL'),
    eventCalendar({ event, slots, eventUrl, now: NOW, includeBreaks: true }),
    ...slots.map((slot) => slotCalendar({ event, slot, eventUrl, now: NOW })),
  ];
}

describe('every calendar we write', () => {
  it('stays valid with hostile titles, names and places, and reads back to the same text', () => {
    for (const text of everyCalendarOf(hostileEvent, [hostileSlot], HOSTILE_URL)) {
      for (const vevent of vevents(readCalendar(text))) {
        expect(vevent.getFirstPropertyValue('summary')).toBe(asRead(HOSTILE));
        expect(vevent.getFirstPropertyValue('description')).toContain(asRead(HOSTILE));
        expect(vevent.getFirstPropertyValue('url')).toBe('https://traffpunkt.se/evenemang/x?spår=a%2Cb%3Bc');
        for (const person of ['organizer', 'attendee']) {
          const commonName = vevent.getFirstProperty(person)?.getParameter('cn');
          if (commonName) expect(commonName).toBe(asRead(HOSTILE_NAME));
        }
      }
    }
  });

  it('writes a 500-character title as one SUMMARY, folded at 75 octets between whole characters', () => {
    const text = slotCalendar({ event: hostileEvent, slot: hostileSlot, eventUrl: HOSTILE_URL, now: NOW });
    const summaryLines = text
      .slice(text.indexOf('\r\nSUMMARY:') + 2, text.indexOf('\r\nLOCATION:'))
      .split('\r\n');

    expect(summaryLines.length).toBeGreaterThan(10);
    expect(summaryLines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(onlyVevent(readCalendar(text)).getFirstPropertyValue('summary')).toBe(asRead(HOSTILE));
  });

  it('is valid for every demo event and its whole programme', () => {
    for (const page of [TRYGGHETSDAG, KS_STUDY_TRIP]) {
      for (const text of everyCalendarOf(page.event, page.slots, eventUrlOf(page))) {
        expect(vevents(readCalendar(text)).length).toBeGreaterThan(0);
      }
    }
  });

  describe('whatever zone the machine runs in', () => {
    const machineZone = process.env.TZ;
    afterEach(() => {
      process.env.TZ = machineZone;
    });

    it.each([TRYGGHETSDAG, KS_STUDY_TRIP])('writes the same bytes for $event.id', (page) => {
      const written = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Stockholm', 'Pacific/Chatham'].map(
        (zone) => {
          process.env.TZ = zone;
          return everyCalendarOf(page.event, page.slots, eventUrlOf(page));
        },
      );

      for (const calendars of written) expect(calendars).toEqual(written[0]);
      const start = vevents(readCalendar(written[0]?.[0] ?? '')).map(startInstant);
      expect(start).toEqual([new Date(page.event.startsAt).toISOString()]);
    });
  });
});

describe('the calendar text of entries', () => {
  /** Trygghetsdag 2022 as one entry: 10.00–15.00 Stockholm time. */
  const ENTRY: CalendarEntry = {
    uid: 'trygghetsdag-2022@traffpunkt.se',
    sequence: 2,
    startsAt: TRYGGHETSDAG.event.startsAt,
    endsAt: TRYGGHETSDAG.event.endsAt,
    timeZone: TRYGGHETSDAG.event.timeZone,
    summary: TRYGGHETSDAG.event.title,
    description: TRYGGHETSDAG.event.summary,
    location: 'Digitalt',
    url: eventUrlOf(TRYGGHETSDAG),
    cancelled: false,
  };
  /** The lines as a reader sees them, folding undone. */
  const linesOf = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

  it('writes each entry at its wall-clock time under its zone, stamped in UTC to the second', () => {
    const text = calendarText({ method: 'PUBLISH', entries: [ENTRY], now: NOW });
    const lines = linesOf(text);
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20220203T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Stockholm:20220203T150000');
    expect(lines).toContain('DTSTAMP:20220110T080000Z');
    const vevent = onlyVevent(readCalendar(text));
    expect(vevent.getFirstPropertyValue('uid')).toBe('trygghetsdag-2022@traffpunkt.se');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
    expect(vevent.getFirstPropertyValue('status')).toBeNull();
    expect(startInstant(vevent)).toBe('2022-02-03T09:00:00.000Z');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('defines every zone its entries use, once', () => {
    const oslo = { ...ENTRY, uid: 'oslo@traffpunkt.se', timeZone: 'Europe/Oslo' as const };
    const text = calendarText({
      method: 'PUBLISH',
      entries: [ENTRY, oslo, { ...ENTRY, uid: 'x' }],
      now: NOW,
    });
    expect(linesOf(text).filter((line) => line.startsWith('TZID:'))).toEqual([
      'TZID:Europe/Stockholm',
      'TZID:Europe/Oslo',
    ]);
    expect(vevents(readCalendar(text)).map(startInstant)).toEqual([
      '2022-02-03T09:00:00.000Z',
      '2022-02-03T09:00:00.000Z',
      '2022-02-03T09:00:00.000Z',
    ]);
  });

  it('marks a cancelled entry cancelled, and every entry of a CANCEL', () => {
    const cancelled = { ...ENTRY, uid: 'cancelled@traffpunkt.se', cancelled: true };
    const published = vevents(
      readCalendar(calendarText({ method: 'PUBLISH', entries: [ENTRY, cancelled], now: NOW })),
    );
    expect(published.map((vevent) => vevent.getFirstPropertyValue('status'))).toEqual([null, 'CANCELLED']);
    const cancel = calendarText({ method: 'CANCEL', entries: [ENTRY, cancelled], now: NOW });
    expect(linesOf(cancel)).toContain('METHOD:CANCEL');
    expect(vevents(readCalendar(cancel)).map((vevent) => vevent.getFirstPropertyValue('status'))).toEqual([
      'CANCELLED',
      'CANCELLED',
    ]);
  });

  it('invites the attendee as required, asks no reply, and names each person as they are written', () => {
    const text = calendarText({
      method: 'REQUEST',
      entries: [
        {
          ...ENTRY,
          organizer: { name: 'SKR "Konferens"\r\n', email: 'konferens@skr.se' },
          attendee: { name: ' \t ', email: 'anna.berg@malmo.se' },
        },
      ],
      now: NOW,
    });
    const vevent = onlyVevent(readCalendar(text));
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('SKR "Konferens"');
    const attendee = vevent.getFirstProperty('attendee');
    expect(attendee?.getParameter('cn')).toBe('anna.berg@malmo.se');
    expect(attendee?.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(attendee?.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendee?.getParameter('rsvp')).toBe('FALSE');
  });

  it('encodes a double quote, a caret and a line break in CN the RFC 6868 way, and leaves a backslash one', () => {
    const name = 'Berg \\ "Annie" ^ Polis\r\nMalmö';
    const text = calendarText({
      method: 'REQUEST',
      entries: [
        { ...ENTRY, organizer: { name, email: 'x@skr.se' }, attendee: { name, email: 'y@malmo.se' } },
      ],
      now: NOW,
    });
    const unfoldedText = text.replace(/\r\n[ \t]/g, '');
    expect(unfoldedText).toContain(`ORGANIZER;CN="Berg \\ ^'Annie^' ^^ Polis^nMalmö":mailto:x@skr.se\r\n`);
    expect(unfoldedText).toContain(`;CN="Berg \\ ^'Annie^' ^^ Polis^nMalmö":MAILTO:y@malmo.se\r\n`);
    const vevent = onlyVevent(readCalendar(text));
    for (const person of ['organizer', 'attendee'])
      expect(vevent.getFirstProperty(person)?.getParameter('cn')).toBe('Berg \\ "Annie" ^ Polis\nMalmö');
  });

  it('writes a link with commas and semicolons as a URI, not as escaped text', () => {
    const text = calendarText({
      method: 'PUBLISH',
      entries: [{ ...ENTRY, url: 'https://traffpunkt.se/x?spår=a,b;c' }],
      now: NOW,
    });
    expect(onlyVevent(readCalendar(text)).getFirstPropertyValue('url')).toBe(
      'https://traffpunkt.se/x?spår=a%2Cb%3Bc',
    );
  });

  it('names a feed, escaped, tells clients how often to fetch it again, and gives it no METHOD', () => {
    const text = calendarText({
      entries: [ENTRY],
      now: NOW,
      feed: { name: 'Min agenda; Trygghetsdag, 2022', refreshHours: 6 },
    });
    const lines = linesOf(text);
    expect(lines.filter((line) => line.startsWith('METHOD'))).toEqual([]);
    expect(lines).toContain('X-WR-CALNAME:Min agenda\\; Trygghetsdag\\, 2022');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H');
    expect(lines).toContain('X-PUBLISHED-TTL:PT6H');
    expect(lines).toContain('NAME:Min agenda\\; Trygghetsdag\\, 2022');
    expect(
      linesOf(calendarText({ method: 'PUBLISH', entries: [ENTRY], now: NOW })).some((line) =>
        line.startsWith('X-WR-CALNAME'),
      ),
    ).toBe(false);
  });

  it('refuses an instant it cannot read rather than write a wrong time', () => {
    expect(() =>
      calendarText({ method: 'PUBLISH', entries: [{ ...ENTRY, startsAt: '3 februari 2022' }], now: NOW }),
    ).toThrow('Not an ISO instant: 3 februari 2022');
  });
});
