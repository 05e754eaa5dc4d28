import ical from 'ical-generator';
import { afterEach, describe, expect, it } from 'vitest';
import { vtimezoneOf } from '#shared/calendar/time-zone-definitions.ts';

/**
 * What ical-generator 10 does on its own, and `calendarText` works around. A test here that fails means
 * the library changed: the matching workaround may then go.
 */
describe('ical-generator as installed', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = machineZone;
  });
  const generator = {
    name: null,
    generator: (zone: string) => vtimezoneOf(zone, { first: 2021, last: 2023 }),
  };
  const at0905 = new Date('2022-02-03T09:05:00Z');

  it("writes a native Date in the machine's zone under the event's TZID", () => {
    const dtstartIn = (machine: string) => {
      process.env.TZ = machine;
      const calendar = ical({ timezone: generator });
      calendar.createEvent({ start: at0905, timezone: 'Europe/Stockholm', stamp: at0905 });
      return calendar.toString().match(/DTSTART;TZID=[^\r]*/)?.[0];
    };

    expect(dtstartIn('UTC')).toBe('DTSTART;TZID=Europe/Stockholm:20220203T090500');
    expect(dtstartIn('Asia/Tokyo')).toBe('DTSTART;TZID=Europe/Stockholm:20220203T180500');
  });

  it('drops the Z of DTSTAMP when the calendar has a zone name', () => {
    const calendar = ical({ timezone: 'Europe/Stockholm' });
    calendar.createEvent({ start: at0905, stamp: at0905 });

    expect(calendar.toString()).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}\r\n/);
  });

  it('ends the calendar without a final CRLF', () => {
    expect(ical().toString().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('escapes a double quote in CN as \\", which RFC 5545 does not allow', () => {
    const calendar = ical();
    calendar
      .createEvent({ start: at0905, stamp: at0905 })
      .createAttendee({ name: 'Anna "Annie" Berg', email: 'anna@example.se' });

    expect(calendar.toString().replace(/\r\n /g, '')).toContain('CN="Anna \\"Annie\\" Berg"');
  });

  it('escapes a backslash in CN as \\\\, though a parameter value has no escaping', () => {
    const calendar = ical();
    calendar
      .createEvent({ start: at0905, stamp: at0905 })
      .createAttendee({ name: 'Anna \\ Berg', email: 'anna@example.se' });

    expect(calendar.toString().replace(/\r\n /g, '')).toContain('CN="Anna \\\\ Berg"');
  });

  it('TEXT-escapes the URI of URL', () => {
    const calendar = ical();
    calendar.createEvent({ start: at0905, stamp: at0905, url: 'https://example.se/?a=1,2;b' });

    expect(calendar.toString()).toContain('URL;VALUE=URI:https://example.se/?a=1\\,2\\;b');
  });
});
