import { DateTime } from 'luxon';
import type { TimeZone } from '#shared/domain/event.ts';

/**
 * A date and a time of day someone typed (`2027-03-28`, `02:15`) read in a zone: the instant, or why there is none.
 * On the night the clocks go forward the skipped times do not exist (luxon would quietly move 02:15 to 03:15); on
 * the night they go back the repeated times name two instants an hour apart. Both are refused rather than guessed:
 * an event is rarely set in that hour, and a session shown an hour off is worse than a question.
 */
export type WallClockReading =
  | { ok: true; instant: string }
  | { ok: false; reason: 'invalid' | 'skipped' | 'repeated' };

const WALL = "yyyy-MM-dd'T'HH:mm";
const HOUR = 3_600_000;

export function readWallClockTime(day: string, clock: string, zone: TimeZone): WallClockReading {
  const time = DateTime.fromISO(`${day}T${clock}`, { zone });
  if (!time.isValid) return { ok: false, reason: 'invalid' };
  const wall = time.toFormat(WALL);
  if (wall !== DateTime.fromISO(`${day}T${clock}`, { zone: 'utc' }).toFormat(WALL))
    return { ok: false, reason: 'skipped' };
  // The same wall-clock time under the zone's other offset of those hours is a second instant, if it maps back.
  const otherOffsets = [time.minus(3 * HOUR).offset, time.plus(3 * HOUR).offset].filter(
    (offset) => offset !== time.offset,
  );
  const repeated = otherOffsets.some(
    (offset) =>
      DateTime.fromMillis(time.toMillis() + (time.offset - offset) * 60_000, { zone }).toFormat(WALL) ===
      wall,
  );
  if (repeated) return { ok: false, reason: 'repeated' };
  return { ok: true, instant: time.toUTC().toISO({ suppressMilliseconds: true }) ?? '' };
}
