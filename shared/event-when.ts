import type { EventRecord, Language, TimeZone, Venue } from '#shared/domain/event.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { formatClock, formatDate, formatDateWithWeekday, isSameLocalDay, zoneAbbreviation } from './time.ts';

/**
 * When an event takes place, in its own zone, in one line: "torsdag 3 februari 2022, 10.00–15.00 (CET)"
 * or, over several days, "23 mars 2011 kl. 11.30 – 24 mars 2011 kl. 13.00 (CET)".
 */
export function eventWhen(
  event: Pick<EventRecord, 'startsAt' | 'endsAt' | 'timeZone'>,
  language: Language,
): string {
  const { startsAt, endsAt, timeZone } = event;
  const zone = zoneAbbreviation(startsAt, timeZone);
  if (isSameLocalDay(startsAt, endsAt, timeZone)) {
    const day = formatDateWithWeekday(startsAt, timeZone, language);
    return `${day}, ${formatClock(startsAt, timeZone, language)}–${formatClock(endsAt, timeZone, language)} (${zone})`;
  }
  const from = `${formatDate(startsAt, timeZone, language)} ${AT_CLOCK[language]} ${formatClock(startsAt, timeZone, language)}`;
  const to = `${formatDate(endsAt, timeZone, language)} ${AT_CLOCK[language]} ${formatClock(endsAt, timeZone, language)}`;
  return `${from} – ${to} (${zone})`;
}

/** How a time of day follows a date in running text: "onsdag 20 januari 2027 kl. 12.00", "… 2027 at 12:00". */
const AT_CLOCK: Record<Language, string> = { sv: 'kl.', nb: 'kl.', en: 'at' };

/**
 * A deadline as people say it. One that falls at midnight is shown as the last whole day before it
 * ("onsdag 27 januari 2027"), not as a midnight nobody reads right; any other as day and time with its zone, as a
 * mail read in another zone needs it ("torsdag 28 januari 2027 kl. 12.00 (CET)").
 */
export function deadlineText(instant: string, zone: TimeZone, language: Language): string {
  if (formatClock(instant, zone, 'en') === '00:00') {
    const lastDay = new Date(Date.parse(instant) - 1).toISOString();
    return formatDateWithWeekday(lastDay, zone, language);
  }
  const day = formatDateWithWeekday(instant, zone, language);
  return `${day} ${AT_CLOCK[language]} ${formatClock(instant, zone, language)} (${zoneAbbreviation(instant, zone)})`;
}

/** A moment as a date, "1 december 2026", with the time of day when it is not midnight: "10 mars 2027 09.30". */
export function momentText(instant: string, zone: TimeZone, language: Language): string {
  const date = formatDate(instant, zone, language);
  return formatClock(instant, zone, 'en') === '00:00'
    ? date
    : `${date} ${formatClock(instant, zone, language)}`;
}

/**
 * When registration opens, as a page says it: "tisdag 1 december 2026", with the time when it is not midnight. Unlike
 * a deadline, an opening at midnight is the day that begins then.
 */
export function openingText(instant: string, zone: TimeZone, language: Language): string {
  const day = formatDateWithWeekday(instant, zone, language);
  return formatClock(instant, zone, 'en') === '00:00'
    ? day
    : `${day} ${formatClock(instant, zone, language)}`;
}

/** A deadline as `deadlineText` says it, without the weekday: "10 februari 2027" for midnight on the 11th. */
export function lastDayText(instant: string, zone: TimeZone, language: Language): string {
  return formatClock(instant, zone, 'en') === '00:00'
    ? formatDate(new Date(Date.parse(instant) - 1).toISOString(), zone, language)
    : momentText(instant, zone, language);
}

/** Where an event is, in one phrase: "Digitalt", or "Kommunhuset, Storgatan 1, Malmö" with each part once (the seeds name a city as the venue: "København", "København"). */
export function venueText(venue: Venue, language: Language): string {
  if (venue.kind === 'digital') return messagesFor(language).digital;
  return [...new Set([venue.name, venue.address, venue.city].filter(Boolean))].join(', ');
}
