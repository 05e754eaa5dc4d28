import type { EventRecord } from '../domain/event.ts';
import { eventEntry } from './calendar-entries.ts';
import { type CalendarPerson, calendarText } from './calendar-text.ts';

/**
 * The invite an e-mail carries (nodemailer `icalEvent`, whose method must match): REQUEST on confirmation or change,
 * CANCEL with the same UID when the registration or the event is cancelled. SEQUENCE is the event's.
 */
export function eventInvite({
  event,
  method,
  organizer,
  attendee,
  eventUrl,
  onlineLink,
  now,
}: {
  event: EventRecord;
  method: 'REQUEST' | 'CANCEL';
  organizer: CalendarPerson;
  attendee: CalendarPerson;
  eventUrl: string;
  /** Only for a confirmed participant of a digital event. */
  onlineLink?: string;
  now: Date;
}): string {
  const entry = { ...eventEntry({ event, eventUrl, onlineLink }), organizer, attendee };
  return calendarText({ method, entries: [entry], now });
}
