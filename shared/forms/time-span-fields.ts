import { DateTime } from 'luxon';
import type { TimeZone } from '#shared/domain/event.ts';
import type { ClockChangeMessages } from '#shared/i18n/clock-change-messages.ts';
import type { FieldErrors } from './form-reading.ts';
import { readWallClockTime } from './wall-clock-time.ts';

export interface TimeSpanTexts extends ClockChangeMessages {
  date: string;
  time: string;
  order: string;
  past: string;
}

/** The names of a span's three fields in its form: a date and two times of day. */
export interface TimeSpanFieldNames {
  date: string;
  startTime: string;
  endTime: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^\d{2}:\d{2}$/;

/**
 * A date with a start and an end time of day (`2027-03-09`, `09:00`, `12:00`) read as wall-clock time in `zone`:
 * the instants (ISO, UTC), or one message per field in error, a time the clocks skip or repeat that night among
 * them. `notBefore` refuses a start that has passed.
 */
export function readTimeSpan(
  zone: TimeZone,
  texts: TimeSpanTexts,
  names: TimeSpanFieldNames,
  values: { date: string; startTime: string; endTime: string },
  notBefore?: Date,
): { ok: true; startsAt: string; endsAt: string } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const day = values.date.trim();
  if (!DATE.test(day) || !DateTime.fromISO(day, { zone }).isValid) errors[names.date] = texts.date;
  /** The instant of one time field, or its error noted. */
  const instantOf = (name: string, value: string): string | undefined => {
    const typed = value.trim();
    const read = CLOCK.test(typed) ? readWallClockTime(day, typed, zone) : undefined;
    if (read?.ok) return read.instant;
    errors[name] = read && read.reason !== 'invalid' ? texts[read.reason](day, typed) : texts.time;
    return undefined;
  };
  const startsAt = instantOf(names.startTime, values.startTime);
  const endsAt = instantOf(names.endTime, values.endTime);
  if (startsAt === undefined || endsAt === undefined || Object.keys(errors).length > 0)
    return { ok: false, errors };
  if (Date.parse(endsAt) <= Date.parse(startsAt))
    return { ok: false, errors: { [names.endTime]: texts.order } };
  if (notBefore && Date.parse(startsAt) <= notBefore.getTime())
    return { ok: false, errors: { [names.date]: texts.past } };
  return { ok: true, startsAt, endsAt };
}

/** The form's values of an instant in `zone`: its date (`2027-03-09`) and time of day (`09:00`). */
export function localDateAndTime(instant: string, zone: TimeZone): { date: string; time: string } {
  const time = DateTime.fromISO(instant, { zone });
  return { date: time.toFormat('yyyy-MM-dd'), time: time.toFormat('HH:mm') };
}
