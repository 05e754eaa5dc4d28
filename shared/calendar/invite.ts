import type { CalendarEntry, CalendarPerson } from './calendar-text.ts';
import { calendarText } from './calendar-text.ts';

/**
 * Any entry as an invite an e-mail carries (nodemailer `icalEvent`, whose method must match): REQUEST on
 * confirmation or change, CANCEL with the same UID when it is withdrawn. A CANCEL must outrank the REQUEST the person
 * holds, or Outlook and Apple ignore it: an entry already cancelled carries the SEQUENCE its cancellation raised; one
 * still standing for others (a session removed, a registration cancelled) goes one above its own.
 */
export function invite({
  entry,
  method,
  organizer,
  attendee,
  now,
}: {
  entry: CalendarEntry;
  method: 'REQUEST' | 'CANCEL';
  organizer: CalendarPerson;
  attendee: CalendarPerson;
  now: Date;
}): string {
  const sequence = method === 'CANCEL' && !entry.cancelled ? entry.sequence + 1 : entry.sequence;
  return calendarText({ method, entries: [{ ...entry, sequence, organizer, attendee }], now });
}
