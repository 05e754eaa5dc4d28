import { DateTime } from 'luxon';
import type { Language, TimeZone } from '#shared/domain/event.ts';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

function zoned(instant: string, zone: TimeZone, language: Language): DateTime {
  const time = DateTime.fromISO(instant, { zone }).setLocale(LOCALES[language]);
  if (!time.isValid) throw new Error(`Not an ISO instant: ${instant}`);
  return time;
}

/** "3 februari 2022" */
export function formatDate(instant: string, zone: TimeZone, language: Language): string {
  return zoned(instant, zone, language).toLocaleString(DateTime.DATE_FULL);
}

/** "januari 2027": a month, for periods that span many. */
export function formatMonth(instant: string, zone: TimeZone, language: Language): string {
  return zoned(instant, zone, language).toLocaleString({ month: 'long', year: 'numeric' });
}

/** "torsdag 3 februari 2022" */
export function formatDateWithWeekday(instant: string, zone: TimeZone, language: Language): string {
  return zoned(instant, zone, language).toLocaleString(DateTime.DATE_HUGE);
}

/** "28 mars 2027": a calendar day (yyyy-MM-dd) as the reader writes it, whatever the zone. */
export function formatDay(day: string, language: Language): string {
  return DateTime.fromISO(day, { zone: 'utc' })
    .setLocale(LOCALES[language])
    .toLocaleString(DateTime.DATE_FULL);
}

/** "10.05" in Swedish and Norwegian, "10:05" in English: the way each reader writes the time of day. */
export function formatClock(instant: string, zone: TimeZone, language: Language): string {
  const time = zoned(instant, zone, language);
  return language === 'en' ? time.toFormat('HH:mm') : time.toFormat('HH.mm');
}

/** "10.00–15.00": a span within one day. */
export function formatTimeSpan(startsAt: string, endsAt: string, zone: TimeZone, language: Language): string {
  return `${formatClock(startsAt, zone, language)}–${formatClock(endsAt, zone, language)}`;
}

export function zoneAbbreviation(instant: string, zone: TimeZone): string {
  return DateTime.fromISO(instant, { zone }).setLocale('en-GB').toFormat('ZZZZ');
}

/** The calendar day (yyyy-MM-dd) an instant falls on in a zone. */
export function localDay(instant: string, zone: TimeZone): string {
  return DateTime.fromISO(instant, { zone }).toISODate() ?? '';
}

/** An instant from a local date and wall-clock time in a zone: `instantAt('2022-02-03', '10:05', 'Europe/Stockholm')`. */
export function instantAt(day: string, clock: string, zone: TimeZone): string {
  const time = DateTime.fromISO(`${day}T${clock}`, { zone });
  if (!time.isValid) throw new Error(`Not a local date and time: ${day} ${clock}`);
  return time.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}

export function isSameLocalDay(a: string, b: string, zone: TimeZone): boolean {
  return localDay(a, zone) === localDay(b, zone);
}
