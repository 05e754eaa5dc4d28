import type { Registration, RegistrationStatus } from '#shared/domain/registration.ts';

const STATUSES: readonly RegistrationStatus[] = ['confirmed', 'offered', 'waiting', 'cancelled'];

/** What the organiser searches registrations for: words in name, address or organisation; a status; an organisation. */
export interface RegistrationSearch {
  text: string;
  status?: RegistrationStatus;
  organisation?: string;
}

/** The search as the page's GET form sends it; a status it does not know, or an empty field, filters nothing. */
export function readRegistrationSearch(query: Record<string, string | undefined>): RegistrationSearch {
  const status = STATUSES.find((candidate) => candidate === query.status);
  const organisation = query.organisation?.trim();
  return {
    text: (query.q ?? '').trim().slice(0, 200),
    ...(status ? { status } : {}),
    ...(organisation ? { organisation } : {}),
  };
}

/**
 * Case and accents aside ("Åberg" is found by "aberg" and "ÅBERG"): how people type a name into a search box. Composed
 * again at the end, as every stored text is NFC: decomposition leaves a Hangul syllable as its jamo.
 */
export const foldedForSearch = (text: string) =>
  text
    .toLocaleLowerCase('sv')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');

/** The registrations that hold every word of the text somewhere, with the status and organisation asked for. */
export function searchRegistrations(
  registrations: readonly Registration[],
  search: RegistrationSearch,
): Registration[] {
  const words = foldedForSearch(search.text).split(/\s+/).filter(Boolean);
  return registrations.filter((registration) => {
    if (search.status && registration.status !== search.status) return false;
    if (search.organisation && registration.organisation !== search.organisation) return false;
    const haystack = foldedForSearch(
      `${registration.name} ${registration.email} ${registration.organisation}`,
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** How many registrations a page of the search shows: a list of thousands stays a page a browser opens at once. */
export const REGISTRATIONS_PER_PAGE = 50;

/** One page of a search's result: which registrations, where they start in it, and the cursor to the next page. */
export interface RegistrationPage {
  shown: Registration[];
  /** The place of the first shown in the result, counted from 1. */
  first: number;
  /** The cursor of the page that follows, when more follow. */
  next?: string;
}

/** Where a page starts: after which registration, and the place of its first in the result. */
export interface PageStart {
  after: string;
  first: number;
}

/**
 * The cursor of the page that starts after the registration `after` (a cursor, not an offset: a registration added
 * or cancelled meanwhile moves no one onto two pages or off both). It names its event; it holds no key of the table.
 */
export function pageCursor(eventId: string, start: PageStart): string {
  return Buffer.from(JSON.stringify([eventId, start.after, start.first])).toString('base64url');
}

/** Where a cursor starts, if it is one of this event's: any other cursor (tampered, of another event) is refused. */
export function readPageCursor(eventId: string, cursor: string | undefined): PageStart | undefined {
  if (!cursor) return undefined;
  try {
    const [event, after, first] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return event === eventId &&
      typeof after === 'string' &&
      /^[\w-]{1,64}$/.test(after) &&
      Number.isSafeInteger(first) &&
      first > 1
      ? { after, first }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The query string that repeats a search, for the export links beside its results, from a page's cursor on. */
export function searchQuery(search: RegistrationSearch, after?: string): string {
  const params = new URLSearchParams();
  if (search.text) params.set('q', search.text);
  if (search.status) params.set('status', search.status);
  if (search.organisation) params.set('organisation', search.organisation);
  if (after) params.set('after', after);
  const query = params.toString();
  return query ? `?${query}` : '';
}
