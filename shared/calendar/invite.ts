import type { CalendarEntry, CalendarPerson } from './calendar-text.ts';
import { calendarText } from './calendar-text.ts';

/**
 * Any entry as an invite an e-mail carries (nodemailer `icalEvent`, whose method must match): REQUEST on
 * confirmation or change, CANCEL with the same UID when it is withdrawn.
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
  return calendarText({ method, entries: [{ ...entry, organizer, attendee }], now });
}
