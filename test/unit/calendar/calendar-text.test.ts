import { afterEach, describe, expect, it } from 'vitest';
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
          if (commonName) expect(commonName).toBe("Berg, 'Annie'; Polis Malmö 🚓");
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
