import type { TimeZone } from '#shared/domain/event.ts';
import { localDay } from '#shared/time.ts';

/** Letters that Unicode does not decompose into a base letter and a mark. */
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', đ: 'd', ł: 'l' };
const MAX_WORDS_LENGTH = 60;

/**
 * A readable id for a new event: its title in plain lower-case ASCII words and the year it starts in the event's
 * zone ("Trygghetsdag i Göteborg" in 2027 → `trygghetsdag-i-goteborg-2027`; a title naming the year keeps it once,
 * "Trygghetsdag 2028" → `trygghetsdag-2028`). Attempt 2 and later append the attempt
 * (`…-2027-2`), for when the id is taken.
 */
export function eventSlug(title: string, startsAt: string, zone: TimeZone, attempt = 1): string {
  const words = slugWords(title);
  const year = localDay(startsAt, zone).slice(0, 4);
  const base = words.split('-').includes(year) ? words : [words || 'evenemang', year].join('-');
  return attempt === 1 ? base : `${base}-${attempt}`;
}

/** A name in plain lower-case ASCII words joined by hyphens ("Hotellnatt 8–9 mars" → `hotellnatt-8-9-mars`). */
export function slugWords(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøßđł]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_WORDS_LENGTH)
    .replace(/^-+|-+$/g, '');
}
