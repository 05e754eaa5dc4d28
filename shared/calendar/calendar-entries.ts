import { DateTime } from 'luxon';
import type { EventRecord, Venue } from '#shared/domain/event.ts';
import { meetingSequence, type ScheduledMeeting } from '#shared/domain/meeting.ts';
import { type ProgrammeSlot, slotSequence, speakerText } from '#shared/domain/programme-slot.ts';
import { venueText } from '#shared/event-when.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { eventUid, meetingUid, slotUid } from './calendar-ids.ts';
import type { CalendarEntry } from './calendar-text.ts';

/**
 * How long a slot without an end lasts in calendars. Fixed rather than "until the next slot": every calendar
 * that carries the slot's UID must agree on its end, and a neighbour's move must not change it without the
 * slot's own SEQUENCE being raised. Long enough to be seen and clicked in Outlook and Google.
 */
const MINUTES_OF_A_SLOT_WITHOUT_END = 30;

/** The event as one entry. The online link goes only to confirmed participants: pass it for them alone. */
export function eventEntry({
  event,
  eventUrl,
  onlineLink,
}: {
  event: EventRecord;
  eventUrl: string;
  onlineLink?: string;
}): CalendarEntry {
  const messages = messagesFor(event.language);
  return {
    uid: eventUid(event.id),
    sequence: event.sequence ?? 0,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    summary: event.title,
    description: paragraphs([
      event.summary,
      collaboration(event),
      `${messages.readMore}: ${eventUrl}`,
      onlineLink && `${messages.digital}: ${onlineLink}`,
    ]),
    location: eventLocation(event, onlineLink),
    url: eventUrl,
    cancelled: event.status === 'cancelled',
  };
}

/** A programme slot as its own entry, at the event's place; a cancelled event cancels its slots. */
export function slotEntry({
  event,
  slot,
  eventUrl,
}: {
  event: EventRecord;
  slot: ProgrammeSlot;
  eventUrl: string;
}): CalendarEntry {
  return {
    uid: slotUid(event.id, slot.id),
    sequence: slotSequence(slot, event),
    startsAt: slot.startsAt,
    endsAt: slot.endsAt ?? defaultSlotEnd(slot.startsAt),
    timeZone: event.timeZone,
    summary: slot.title,
    description: paragraphs([
      slot.speakers.map(speakerText).join('\n'),
      slot.description,
      `${event.title}\n${eventUrl}`,
    ]),
    location: eventLocation(event),
    url: eventUrl,
    cancelled: event.status === 'cancelled',
  };
}

/**
 * A dated meeting of a working group's series; a cancelled meeting stays in feeds as STATUS:CANCELLED. Its link,
 * for a digital meeting, goes only to the group's members: pass `onlineLink` for them alone.
 */
export function meetingEntry({
  event,
  meeting,
  eventUrl,
  onlineLink,
}: {
  event: EventRecord;
  meeting: ScheduledMeeting;
  eventUrl: string;
  onlineLink?: string;
}): CalendarEntry {
  const messages = messagesFor(event.language);
  return {
    uid: meetingUid(event.id, meeting.number),
    sequence: meetingSequence(meeting, event),
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: event.timeZone,
    summary: `${event.title}: ${messages.meetingNumber(meeting.number)}`,
    description: paragraphs([meeting.agenda, collaboration(event), `${messages.readMore}: ${eventUrl}`]),
    location: location(meeting.venue, event, onlineLink),
    url: eventUrl,
    cancelled: event.status === 'cancelled' || meeting.cancelled === true,
  };
}

/** "Kommunhuset, Storgatan 1, Malmö"; for a digital event the online link when given, else "Digitalt". */
function eventLocation(event: EventRecord, onlineLink?: string): string {
  return location(event.venue, event, onlineLink);
}

function location(venue: Venue, event: EventRecord, onlineLink?: string): string {
  return venue.kind === 'digital' && onlineLink ? onlineLink : venueText(venue, event.language);
}

function defaultSlotEnd(startsAt: string): string {
  const end = DateTime.fromISO(startsAt, { zone: 'utc' }).plus({ minutes: MINUTES_OF_A_SLOT_WITHOUT_END });
  return end.toISO({ suppressMilliseconds: true }) ?? '';
}

function paragraphs(texts: (string | undefined)[]): string {
  return texts.filter(Boolean).join('\n\n');
}

/** "I samarbete med Brottsförebyggande rådet", as the event's page says it, for an event with co-organisers. */
function collaboration(event: EventRecord): string | undefined {
  if (event.coOrganisers.length === 0) return undefined;
  return `${messagesFor(event.language).inCollaborationWith} ${event.coOrganisers.join(', ')}`;
}
