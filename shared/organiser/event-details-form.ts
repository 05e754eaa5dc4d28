import { DateTime } from 'luxon';
import * as z from 'zod';
import type { EventRecord, Venue } from '#shared/domain/event.ts';
import { readWallClockTime } from '#shared/forms/wall-clock-time.ts';
import type { ClockChangeMessages } from '#shared/i18n/clock-change-messages.ts';

/** An event's time, place and name: what participants' calendars show, so a change of it reaches them. */
export interface EventDetails {
  title: string;
  startsAt: string;
  endsAt: string;
  venue: Venue;
  onlineLink?: string;
}

const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The `datetime-local` value ("2027-02-04T10:00") of an instant in the event's zone, for the form. */
export function localInputValue(instant: string, zone: EventRecord['timeZone']): string {
  return DateTime.fromISO(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The venue fields of a form as a venue: online, or a place named by its venue or, lacking one, its city. */
export function venueFrom(form: {
  venueKind: Venue['kind'];
  venueName?: string;
  venueAddress?: string;
  venueCity?: string;
}): Venue {
  if (form.venueKind === 'digital') return { kind: 'digital' };
  return {
    kind: 'place',
    name: form.venueName ?? form.venueCity ?? '',
    ...(form.venueAddress ? { address: form.venueAddress } : {}),
    city: form.venueCity ?? '',
  };
}

/**
 * A `datetime-local` value ("2027-02-04T10:00") read as wall-clock time in `zone`, as an instant (ISO, UTC): `message`
 * for what is no date and time, a clock-change message for a time the clocks skip or repeat that night.
 */
export function localInstant(
  zone: EventRecord['timeZone'],
  message: string,
  clockChange: ClockChangeMessages,
) {
  return z.string({ error: message }).transform((value, context) => {
    const [day = '', clock = ''] = value.split('T');
    const read = LOCAL_INPUT.test(value) ? readWallClockTime(day, clock, zone) : undefined;
    if (read?.ok) return read.instant;
    const reason = read?.reason ?? 'invalid';
    context.addIssue({
      code: 'custom',
      message: reason === 'invalid' ? message : clockChange[reason](day, clock),
    });
    return z.NEVER;
  });
}

/** Whether a change is one that calendars must follow (a new SEQUENCE and an e-mailed update). */
export function changesCalendars(event: EventRecord, details: EventDetails): boolean {
  return (
    event.title !== details.title ||
    Date.parse(event.startsAt) !== Date.parse(details.startsAt) ||
    Date.parse(event.endsAt) !== Date.parse(details.endsAt) ||
    JSON.stringify(event.venue) !== JSON.stringify(details.venue) ||
    event.onlineLink !== details.onlineLink
  );
}
