import type { EventRecord } from '#shared/domain/event.ts';
import { eventEntry } from './calendar-entries.ts';
import type { CalendarPerson } from './calendar-text.ts';
import { invite } from './invite.ts';

/** The event as an invite: REQUEST on confirmation or change, CANCEL when the registration or the event is cancelled. */
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
  return invite({ entry: eventEntry({ event, eventUrl, onlineLink }), method, organizer, attendee, now });
}
