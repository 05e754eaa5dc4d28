import { DateTime } from 'luxon';
import type { TimeZone } from '#shared/domain/event.ts';
import type { FieldErrors } from './form-reading.ts';

export interface TimeSpanTexts {
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
 * the instants (ISO, UTC), or one message per field in error. `notBefore` refuses a start that has passed.
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
  const at = (clock: string) => DateTime.fromISO(`${day}T${clock.trim()}`, { zone });
  if (!DATE.test(day) || !DateTime.fromISO(day, { zone }).isValid) errors[names.date] = texts.date;
  const start = at(values.startTime);
  const end = at(values.endTime);
  if (!CLOCK.test(values.startTime.trim()) || !start.isValid) errors[names.startTime] = texts.time;
  if (!CLOCK.test(values.endTime.trim()) || !end.isValid) errors[names.endTime] = texts.time;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (end <= start) return { ok: false, errors: { [names.endTime]: texts.order } };
  if (notBefore && start.toMillis() <= notBefore.getTime())
    return { ok: false, errors: { [names.date]: texts.past } };
  return { ok: true, startsAt: instantOf(start), endsAt: instantOf(end) };
}

/** The form's values of an instant in `zone`: its date (`2027-03-09`) and time of day (`09:00`). */
export function localDateAndTime(instant: string, zone: TimeZone): { date: string; time: string } {
  const time = DateTime.fromISO(instant, { zone });
  return { date: time.toFormat('yyyy-MM-dd'), time: time.toFormat('HH:mm') };
}

function instantOf(time: DateTime): string {
  return time.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}
