import type { EventRecord, Language, Venue } from '#shared/domain/event.ts';
import { isScheduled, type Meeting, type MeetingMaterial } from '#shared/domain/meeting.ts';
import { type FieldErrors, textRuleErrors } from '#shared/forms/form-reading.ts';
import { localDateAndTime, readTimeSpan } from '#shared/forms/time-span-fields.ts';
import { clockChangeMessagesFor } from '#shared/i18n/clock-change-messages.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';

const AGENDA_MAX = 2000;
const PLACE_MAX = 300;
const MATERIAL_TITLE_MAX = 200;
const MATERIAL_LINE = /^(.*\S)\s+(https:\/\/\S+)$/;

/** What the organisers' form sets of a meeting; its number and SEQUENCE are the store's. */
export type MeetingFields = Pick<Meeting, 'startsAt' | 'endsAt' | 'venue' | 'agenda' | 'materials'>;

/**
 * Reads the organisers' meeting form: a date with start and end in the event's zone, or none for "to be decided";
 * digital or a place; an agenda; materials one per line ("Lägesbild https://…"). A new time must lie ahead of `now`,
 * and a dated meeting cannot lose its date (it is in the members' calendars: move or cancel it instead).
 */
export function readMeetingForm(
  event: Pick<EventRecord, 'timeZone'>,
  language: Language,
  input: Record<string, string | undefined>,
  now: Date,
  before?: Meeting,
): { ok: true; fields: MeetingFields } | { ok: false; errors: FieldErrors } {
  const t = meetingMessagesFor(language).errors;
  const text = (name: string) => (input[name] ?? '').trim();
  const errors: FieldErrors = {};

  const span = { date: text('date'), startTime: text('startTime'), endTime: text('endTime') };
  let when: Pick<Meeting, 'startsAt' | 'endsAt'> = {};
  if (span.date || span.startTime || span.endTime) {
    if (!span.date || !span.startTime || !span.endTime) {
      errors[!span.date ? 'date' : !span.startTime ? 'startTime' : 'endTime'] = t.bothTimes;
    } else {
      const unchanged = before && isScheduled(before) && sameSpan(before, span, event.timeZone);
      const read = readTimeSpan(
        event.timeZone,
        { ...t, ...clockChangeMessagesFor(language) },
        { date: 'date', startTime: 'startTime', endTime: 'endTime' },
        span,
        unchanged ? undefined : now,
      );
      if (read.ok) when = { startsAt: read.startsAt, endsAt: read.endsAt };
      else Object.assign(errors, read.errors);
    }
  } else if (before && isScheduled(before)) {
    errors.date = t.undated;
  }

  const venueCity = text('venueCity');
  const venueName = text('venueName');
  const venueAddress = text('venueAddress');
  const place = text('venueKind') === 'place';
  for (const [name, value] of [
    ['venueName', venueName],
    ['venueAddress', venueAddress],
    ['venueCity', venueCity],
  ]) {
    if ((value ?? '').length > PLACE_MAX) errors[name ?? ''] = t.tooLong(PLACE_MAX);
  }
  if (place && !venueCity) errors.venueCity = t.venueCity;
  const venue: Venue = place
    ? {
        kind: 'place',
        name: venueName || venueCity,
        ...(venueAddress ? { address: venueAddress } : {}),
        city: venueCity,
      }
    : { kind: 'digital' };

  const agenda = text('agenda');
  if (agenda.length > AGENDA_MAX) errors.agenda = t.tooLong(AGENDA_MAX);

  const materials: MeetingMaterial[] = [];
  text('materials')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const match = MATERIAL_LINE.exec(line.trim());
      const [title, url] = [match?.[1] ?? '', match?.[2] ?? ''];
      if (!match || title.length > MATERIAL_TITLE_MAX || !URL.canParse(url)) {
        errors.materials ??= t.material(index + 1);
        return;
      }
      materials.push({ title, url });
    });

  Object.assign(
    errors,
    textRuleErrors(
      input,
      {
        venueName: 'single',
        venueAddress: 'single',
        venueCity: 'single',
        agenda: 'multiple',
        materials: 'multiple',
      },
      textRuleMessagesFor(language),
    ),
  );
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      ...when,
      venue,
      ...(agenda ? { agenda } : {}),
      ...(materials.length > 0 ? { materials } : {}),
    },
  };
}

/** The form's values for a meeting as it is stored, times in the event's zone. */
export function meetingFormValues(meeting: Meeting, zone: EventRecord['timeZone']): Record<string, string> {
  const start = meeting.startsAt ? localDateAndTime(meeting.startsAt, zone) : undefined;
  const end = meeting.endsAt ? localDateAndTime(meeting.endsAt, zone) : undefined;
  const { venue } = meeting;
  return {
    date: start?.date ?? '',
    startTime: start?.time ?? '',
    endTime: end?.time ?? '',
    venueKind: venue.kind,
    venueName: venue.kind === 'place' ? venue.name : '',
    venueAddress: venue.kind === 'place' ? (venue.address ?? '') : '',
    venueCity: venue.kind === 'place' ? venue.city : '',
    agenda: meeting.agenda ?? '',
    materials: (meeting.materials ?? []).map(({ title, url }) => `${title} ${url}`).join('\n'),
    sequence: String(meeting.sequence),
  };
}

function sameSpan(
  meeting: Meeting & { startsAt: string; endsAt: string },
  span: { date: string; startTime: string; endTime: string },
  zone: EventRecord['timeZone'],
): boolean {
  const start = localDateAndTime(meeting.startsAt, zone);
  const end = localDateAndTime(meeting.endsAt, zone);
  return start.date === span.date && start.time === span.startTime && end.time === span.endTime;
}
