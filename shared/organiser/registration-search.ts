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

/** Case and accents aside ("Åberg" is found by "aberg" and "ÅBERG"): how people type a name into a search box. */
const folded = (text: string) =>
  text
    .toLocaleLowerCase('sv')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** The registrations that hold every word of the text somewhere, with the status and organisation asked for. */
export function searchRegistrations(
  registrations: readonly Registration[],
  search: RegistrationSearch,
): Registration[] {
  const words = folded(search.text).split(/\s+/).filter(Boolean);
  return registrations.filter((registration) => {
    if (search.status && registration.status !== search.status) return false;
    if (search.organisation && registration.organisation !== search.organisation) return false;
    const haystack = folded(`${registration.name} ${registration.email} ${registration.organisation}`);
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
  /** The id of the last shown, when more follow: the next page starts after it. */
  next?: string;
}

/**
 * The page of `found` that starts after the registration `after` (a cursor, not an offset: a registration added or
 * cancelled meanwhile moves no one onto two pages or off both). An unknown cursor gives the first page.
 */
export function registrationPage(
  found: readonly Registration[],
  after?: string,
  size = REGISTRATIONS_PER_PAGE,
): RegistrationPage {
  const start = after ? found.findIndex((registration) => registration.id === after) + 1 : 0;
  const shown = found.slice(start, start + size);
  const last = shown.at(-1);
  return {
    shown,
    first: start + 1,
    ...(last && start + size < found.length ? { next: last.id } : {}),
  };
}

/** The organisations that registered, each once, in Swedish alphabetical order, to filter by. */
export function organisationsOf(registrations: readonly Registration[]): string[] {
  return [...new Set(registrations.map((registration) => registration.organisation))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
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
