import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { eventCalendar } from '#shared/calendar/event-calendar.ts';
import { vtimezoneOf } from '#shared/calendar/time-zone-definitions.ts';
import { offsetChanges, offsetMinutes } from '#shared/calendar/zone-data.ts';
import { TIME_ZONES } from '#shared/domain/time-zones.ts';
import { readCalendar, startInstant, vevents } from '#test/support/read-calendar.ts';
import { eventUrlOf, NOW, TRYGGHETSDAG } from './calendar-fixtures.ts';

/** Every zone the event editor offers: all the runtime knows. */
const ZONES = TIME_ZONES;
const HOUR = 3_600_000;
const FROM = Date.UTC(2020, 0, 1);
const UNTIL = Date.UTC(2041, 0, 1);

/** The zone as a calendar client builds it from our VTIMEZONE (ical.js's reading of its rules), parsed once. */
function clientZone(zone: string, years = { first: 2019, last: 2040 }): ICAL.Timezone {
  const text = vtimezoneOf(zone, years);
  if (!text) throw new Error(`no VTIMEZONE for ${zone}`);
  return new ICAL.Timezone(new ICAL.Component(ICAL.parse(text)));
}

/** The wall-clock time of an instant in a zone, as the fields of a DTSTART;TZID=… a client reads. */
function wallClock(at: number, offset: number) {
  const wall = new Date(at + offset * 60_000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: 0,
  };
}

/**
 * Whether the wall-clock time of `at` names a second instant too: the hour the clocks go back to is lived twice,
 * and either reading of it is right. The other instant would lie within a few hours, under the other offset.
 */
function livedTwice(zone: string, at: number, offset: number): boolean {
  return [at - 3 * HOUR, at + 3 * HOUR]
    .map((near) => offsetMinutes(zone, near))
    .some((other) => other !== offset && offsetMinutes(zone, at + (offset - other) * 60_000) === other);
}

/**
 * The instants worth asking about, oldest first (ical.js extends its table of changes as the years asked grow): an
 * hour and two either side of every change of offset, where a wrong rule shows first; halfway between two changes;
 * and in January and July, for a zone without changes or a change missed.
 */
function checkpoints(zone: string): number[] {
  const changes = offsetChanges(zone, FROM, UNTIL).map(({ at }) => at);
  const nearChanges = changes.flatMap((at) => [-2, -1, 1, 2].map((hours) => at + hours * HOUR));
  const between = changes.slice(1).map((at, index) => (at + (changes[index] ?? at)) / 2);
  const twiceAYear = Array.from({ length: 21 * 2 }, (_, half) => Date.UTC(2020, half * 6, 15, 12));
  return [...nearChanges, ...between, ...twiceAYear]
    .filter((at) => at >= FROM && at < UNTIL)
    .sort((a, b) => a - b);
}

describe('the VTIMEZONE of a zone', () => {
  /**
   * Every hour from 2020 to 2040, for every zone the runtime knows, checked where it can go wrong. Offsets are
   * constant between changes, so a client that agrees an hour or two either side of each change and halfway to the
   * next agrees at every hour; asking ical.js hour by hour would take minutes.
   */
  it('gives every hour from 2020 to 2040 the offset of the IANA database, in every zone', () => {
    const differences: string[] = [];
    for (const zone of ZONES) {
      const client = clientZone(zone);
      for (const at of checkpoints(zone)) {
        const offset = offsetMinutes(zone, at);
        const wall = wallClock(at, offset);
        const read = client.utcOffset(new ICAL.Time(wall, client)) / 60;
        if (read !== offset && !livedTwice(zone, at, offset))
          differences.push(`${zone} ${new Date(at).toISOString()}: ${read} for ${offset}`);
      }
    }
    expect(differences).toEqual([]);
  });

  // After the test above, which has read every zone's changes: this one pays for the calendars alone.
  it('passes the byte checks in an event calendar in every zone, each entry read back at its instant', () => {
    const [, session] = TRYGGHETSDAG.slots;
    for (const timeZone of ZONES) {
      const event = { ...TRYGGHETSDAG.event, timeZone };
      const slots = session ? [session] : [];
      const text = eventCalendar({ event, slots, eventUrl: eventUrlOf(TRYGGHETSDAG), now: NOW });
      expect(vevents(readCalendar(text)).map(startInstant), timeZone).toEqual(
        [event.startsAt, ...slots.map(({ startsAt }) => startsAt)].map((at) => new Date(at).toISOString()),
      );
    }
  });

  it('reads the offset the way luxon does, whose rules the pages show times by', () => {
    for (const zone of ['Europe/Stockholm', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham']) {
      for (const at of [Date.UTC(2027, 0, 15), Date.UTC(2027, 6, 15)]) {
        expect(offsetMinutes(zone, at)).toBe(DateTime.fromMillis(at, { zone }).offset);
      }
    }
  });

  it('writes summer time from the last Sunday of March to the last Sunday of October as yearly rules', () => {
    const text = vtimezoneOf('Europe/Stockholm', { first: 2026, last: 2028 }) ?? '';
    expect(text).toContain(
      [
        'BEGIN:DAYLIGHT',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'TZNAME:CEST',
        'DTSTART:20260329T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'END:DAYLIGHT',
      ].join('\r\n'),
    );
    expect(text).toContain('DTSTART:20261025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n');
    const client = clientZone('Europe/Stockholm', { first: 2026, last: 2028 });
    const at = (day: number, month: number, hour: number) =>
      client.utcOffset(new ICAL.Time({ year: 2027, month, day, hour, minute: 30, second: 0 }, client)) / 3600;
    expect([at(28, 3, 1), at(28, 3, 3)]).toEqual([1, 2]);
    expect([at(31, 10, 1), at(31, 10, 3)]).toEqual([2, 1]);
  });

  it('lists the changes no yearly rule names, and gives a zone without changes its one offset', () => {
    const casablanca = vtimezoneOf('Africa/Casablanca', { first: 2026, last: 2028 }) ?? '';
    expect(casablanca).toMatch(/\r\nRDATE:2027\d{4}T\d{6}\r\n/);
    expect(casablanca).not.toContain('RRULE');
    expect(vtimezoneOf('Asia/Tokyo', { first: 2027, last: 2027 })?.split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'X-LIC-LOCATION:Asia/Tokyo',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'TZNAME:GMT+9',
      'DTSTART:20270101T090000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('ends a rule the zone stops following, in UTC', () => {
    // Mexico City kept summer time until October 2022.
    const text = vtimezoneOf('America/Mexico_City', { first: 2020, last: 2024 }) ?? '';
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20221030T070000Z\r\n');
    const client = clientZone('America/Mexico_City', { first: 2020, last: 2024 });
    const july2024 = new ICAL.Time({ year: 2024, month: 7, day: 1, hour: 12, minute: 0, second: 0 }, client);
    expect(client.utcOffset(july2024)).toBe(-6 * 3600);
  });

  it('gives nothing for a name that is no zone', () => {
    expect(vtimezoneOf('Mars/Olympus_Mons', { first: 2027, last: 2027 })).toBeNull();
    expect(vtimezoneOf('toString', { first: 2027, last: 2027 })).toBeNull();
  });
});
