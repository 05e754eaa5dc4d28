import { DateTime } from 'luxon';

/** Calendar days (yyyy-MM-dd) are counted in UTC, where every day has 24 hours, so the machine's zone never moves them. */
function parseDay(day: string): DateTime {
  const parsed = DateTime.fromISO(day, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !parsed.isValid) throw new Error(`Not a day (yyyy-MM-dd): ${day}`);
  return parsed;
}

export function addDays(day: string, days: number): string {
  return parseDay(day).plus({ days }).toISODate() ?? '';
}

/**
 * How many days to move a seed event's dates so that its `anchorDay` lands `leadDays` or more after `today`.
 * Always whole weeks: every day of the edition keeps the seed's weekday, and the programme its rhythm.
 */
export function upcomingShift(anchorDay: string, today: string, leadDays: number): number {
  const gap = parseDay(today).plus({ days: leadDays }).diff(parseDay(anchorDay), 'days').days;
  return Math.ceil(gap / 7) * 7;
}
