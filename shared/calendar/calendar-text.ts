import ical, {
  foldLines,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import type { TimeZone } from '#shared/domain/event.ts';
import { vtimezoneOf, type YearSpan } from './time-zone-definitions.ts';

export interface CalendarPerson {
  name: string;
  email: string;
}

/** One VEVENT. Instants are UTC ISO strings; they are written as wall-clock times in `timeZone`. */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  startsAt: string;
  endsAt: string;
  timeZone: TimeZone;
  summary: string;
  description: string;
  location: string;
  url: string;
  cancelled: boolean;
  organizer?: CalendarPerson;
  /** Invited as a required participant who has not answered; no reply is asked for: the booking is managed on its page. */
  attendee?: CalendarPerson;
}

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

/** What makes a calendar a subscription: a name to show, and how often clients should fetch it again. */
export interface FeedOptions {
  name: string;
  refreshHours: number;
}

/**
 * The one place that writes iCalendar text: CRLF line ends, 75-octet folding, DTSTAMP in UTC,
 * DTSTART/DTEND with TZID and a VTIMEZONE for every zone used. A CANCEL cancels every entry it carries.
 * A subscription feed (`feed`) has no METHOD: it is a calendar to read again and again (RFC 7986), not an iTIP
 * message, and Outlook and Google treat a METHOD in a feed as an invitation to import once.
 */
export function calendarText({
  method,
  entries,
  now,
  feed,
}: ({ method: CalendarMethod; feed?: undefined } | { method?: undefined; feed: FeedOptions }) & {
  entries: readonly CalendarEntry[];
  now: Date;
}): string {
  const years = yearsAround(entries);
  const calendar = ical({
    prodId: { company: 'Träffpunkt', product: 'Träffpunkt', language: 'SV' },
    ...(method ? { method: ICalCalendarMethod[method] } : {}),
    // ttl writes both REFRESH-INTERVAL (RFC 7986) and Outlook's X-PUBLISHED-TTL; the name is written unescaped.
    ...(feed ? { name: escapedText(feed.name), ttl: feed.refreshHours * 3600 } : {}),
    // A calendar-level zone name makes ical-generator drop DTSTAMP's Z; the generator alone still emits
    // a VTIMEZONE for every event's zone.
    timezone: { name: null, generator: (zone) => vtimezoneOf(zone, years) },
  });
  for (const entry of entries) {
    const event = calendar.createEvent({
      id: entry.uid,
      sequence: entry.sequence,
      stamp: now,
      timezone: entry.timeZone,
      // Zoned date-times, not Date: ical-generator writes a Date in the machine's own zone under the event's TZID.
      start: zonedTime(entry.startsAt, entry.timeZone),
      end: zonedTime(entry.endsAt, entry.timeZone),
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: uriValue(entry.url),
      status: entry.cancelled || method === 'CANCEL' ? ICalEventStatus.CANCELLED : null,
      organizer: entry.organizer && { name: commonName(entry.organizer), email: entry.organizer.email },
    });
    if (entry.attendee) {
      event.createAttendee({
        name: commonName(entry.attendee),
        email: entry.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: false,
      });
    }
  }
  const named = entries.some((entry) =>
    [entry.organizer, entry.attendee].some((person) => person?.name.includes('\\')),
  );
  const text = named ? withSingleBackslashesInNames(calendar.toString()) : calendar.toString();
  // ical-generator leaves END:VCALENDAR without the CRLF that ends every content line (RFC 5545, 3.1).
  return `${text}\r\n`;
}

/**
 * The local years of the entries, and one more either side: the VTIMEZONE is right for all of them, and a zone's
 * yearly change then occurs often enough to be written as the rule clients such as Outlook map to their own zones.
 */
function yearsAround(entries: readonly CalendarEntry[]): YearSpan {
  const years = entries.flatMap((entry) =>
    [entry.startsAt, entry.endsAt].map((instant) => zonedTime(instant, entry.timeZone).year),
  );
  return { first: Math.min(...years) - 1, last: Math.max(...years) + 1 };
}

function zonedTime(instant: string, zone: TimeZone): DateTime {
  const time = DateTime.fromISO(instant, { zone });
  if (!time.isValid) throw new Error(`Not an ISO instant: ${instant}`);
  return time;
}

/**
 * A CN parameter value with RFC 6868's ^-encoding, the only escaping parameter values have (RFC 5545, 3.2, knows
 * none: a backslash is a backslash): `^` as `^^`, `"` as `^'`, a line break as `^n`; any other control character,
 * which a parameter may not hold, as a space. An empty name falls back to the address.
 */
function commonName(person: CalendarPerson): string {
  const name = person.name
    .replace(/\r\n?/g, '\n')
    .replace(/\p{Cc}/gu, (character) => (character === '\n' ? character : ' '))
    .trim();
  if (!name) return person.email;
  return name.replaceAll('^', '^^').replaceAll('"', "^'").replaceAll('\n', '^n');
}

/**
 * ical-generator escapes a backslash in a quoted parameter as `\\`, which ical.js and Outlook read as two: undone in
 * the CN of ORGANIZER and ATTENDEE, the only parameter values that carry a person's text (the ^-encoding leaves no
 * other backslash escape there). The lines are unfolded first and folded again after.
 */
function withSingleBackslashesInNames(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const mended = lines.map((line) =>
    /^(ORGANIZER|ATTENDEE)[;:]/.test(line)
      ? line.replace(/;CN="([^"]*)"/, (_, value: string) => `;CN="${value.replaceAll('\\\\', '\\')}"`)
      : line,
  );
  return foldLines(mended.join('\r\n'));
}

/** ical-generator TEXT-escapes URL although its value is a URI (RFC 5545, 3.3.13): `,` and `;` would come out as `\,` and `\;`. */
function uriValue(url: string): string {
  return url.replace(/[,;]/g, encodeURIComponent);
}

/** TEXT escaping (RFC 5545, 3.3.11) for the properties ical-generator writes as they are. */
function escapedText(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n');
}
