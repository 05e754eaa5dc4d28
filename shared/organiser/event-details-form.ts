import { DateTime } from 'luxon';
import * as z from 'zod';
import type { EventRecord, Language, Venue } from '#shared/domain/event.ts';
import { errorsOf, type FieldErrors, optionalText, requiredText } from '#shared/forms/form-reading.ts';
import { readWallClockTime } from '#shared/forms/wall-clock-time.ts';
import { type ClockChangeMessages, clockChangeMessagesFor } from '#shared/i18n/clock-change-messages.ts';
import { counted } from '#shared/i18n/plural-forms.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';

const TEXTS = {
  sv: {
    ...textRuleMessagesFor('sv'),
    required: 'Fyll i fältet.',
    tooLong: (max: number) => `Högst ${max} tecken.`,
    time: 'Ange datum och tid, till exempel 2027-02-04 10:00.',
    order: 'Sluttiden måste ligga efter starttiden.',
    link: 'Ange en länk som börjar med https://.',
  },
  nb: {
    ...textRuleMessagesFor('nb'),
    required: 'Fyll ut feltet.',
    tooLong: (max: number) => `Høyst ${max} tegn.`,
    time: 'Oppgi dato og tid, for eksempel 2027-02-04 10:00.',
    order: 'Sluttiden må ligge etter starttiden.',
    link: 'Oppgi en lenke som begynner med https://.',
  },
  en: {
    ...textRuleMessagesFor('en'),
    required: 'Please fill in this field.',
    tooLong: (max: number) => `At most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
    time: 'Enter a date and time, for example 2027-02-04 10:00.',
    order: 'The end must come after the start.',
    link: 'Enter a link starting with https://.',
  },
} satisfies Record<Language, unknown>;

/** What an organiser may change of an event's time, place and name; each change reaches participants' calendars. */
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

/** Reads the organiser's form: local times in the event's zone become instants; messages in `language`. */
export function readEventDetails(
  event: Pick<EventRecord, 'timeZone'>,
  language: Language,
  input: Record<string, unknown>,
): { ok: true; details: EventDetails } | { ok: false; errors: FieldErrors } {
  const t = TEXTS[language];
  const text = requiredText(t, 300);
  const optional = optionalText(t, 300);
  const instant = localInstant(event.timeZone, t.time, clockChangeMessagesFor(language));
  const schema = z
    .object({
      title: text,
      startsAt: instant,
      endsAt: instant,
      venueKind: z.enum(['digital', 'place']),
      venueName: optional,
      venueAddress: optional,
      venueCity: optional,
      onlineLink: optional.pipe(z.url({ protocol: /^https$/, error: t.link }).optional()),
    })
    .refine((form) => form.startsAt < form.endsAt, { path: ['endsAt'], error: t.order })
    .refine((form) => form.venueKind === 'digital' || form.venueCity, {
      path: ['venueCity'],
      error: t.required,
    });
  const result = schema.safeParse(input);
  if (!result.success) return { ok: false, errors: errorsOf(result.error) };
  const form = result.data;
  const venue = venueFrom(form);
  return {
    ok: true,
    details: {
      title: form.title,
      startsAt: form.startsAt,
      endsAt: form.endsAt,
      venue,
      onlineLink: form.onlineLink,
    },
  };
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
