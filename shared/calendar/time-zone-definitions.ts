import type { TimeZone } from '#shared/domain/event.ts';

/**
 * The VTIMEZONE of a zone with the EU's summer time: +01:00 in winter, +02:00 from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October (tzurl.org's rules, the form Outlook reads). Written here, not
 * read from a zone library's files at run time: the Lambda bundle carries code, not a folder of .ics files.
 */
function centralEuropeanTime(zone: TimeZone): string {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

const DEFINITIONS: Record<TimeZone, string> = {
  'Europe/Stockholm': centralEuropeanTime('Europe/Stockholm'),
  'Europe/Oslo': centralEuropeanTime('Europe/Oslo'),
};

/** ical-generator's timezone generator: the VTIMEZONE component of one of our zones, null for any other. */
export function vtimezoneOf(zone: string): string | null {
  return Object.hasOwn(DEFINITIONS, zone) ? DEFINITIONS[zone as TimeZone] : null;
}
