import { DateTime } from 'luxon';
import type { CalendarEntry } from './calendar-text.ts';

export interface AddToCalendarLinks {
  google: string;
  outlook: string;
}

/** "Add to calendar" links for Google Calendar and Outlook on the web; build the entry with `eventEntry` or `slotEntry`. */
export function addToCalendarLinks(entry: CalendarEntry): AddToCalendarLinks {
  const google = query([
    ['action', 'TEMPLATE'],
    ['text', entry.summary],
    ['dates', `${googleTime(entry.startsAt)}/${googleTime(entry.endsAt)}`],
    ['details', entry.description],
    ['location', entry.location],
    ['ctz', entry.timeZone],
  ]);
  const outlook = query([
    ['subject', entry.summary],
    ['startdt', outlookTime(entry.startsAt)],
    ['enddt', outlookTime(entry.endsAt)],
    ['body', entry.description],
    ['location', entry.location],
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
  ]);
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.office.com/calendar/0/deeplink/compose?${outlook}`,
  };
}

/** Percent-encoded, a space as `%20`: Outlook on the web shows a form-encoded `+` as a plus sign (spatie/calendar-links#109). */
function query(parameters: [string, string][]): string {
  return parameters.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
}

/** 20220203T090000Z */
function googleTime(instant: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'");
}

/** 2022-02-03T09:00:00Z */
function outlookTime(instant: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).toFormat("yyyy-LL-dd'T'HH:mm:ss'Z'");
}
