import { describe, expect, it } from 'vitest';
import type { Registration } from '#shared/domain/registration.ts';
import {
  foldedForSearch,
  pageCursor,
  readPageCursor,
  readRegistrationSearch,
  searchQuery,
  searchRegistrations,
} from '#shared/organiser/registration-search.ts';

const registration = (name: string, email: string, organisation: string, status: Registration['status']) =>
  ({ id: email, name, email, organisation, status }) as Registration;

const REGISTRATIONS = [
  registration('Seth Åberg', 'seth@umea.se', 'Umeå kommun', 'confirmed'),
  registration('Anna Glas', 'anna@norrtalje.se', 'Norrtälje kommun', 'waiting'),
  registration('Öjvind Ek', 'ojvind@polisen.se', 'Polismyndigheten', 'cancelled'),
];

describe('searching registrations', () => {
  it('finds every word anywhere in name, address or organisation, case and accents aside', () => {
    const names = (text: string) => searchRegistrations(REGISTRATIONS, { text }).map((found) => found.name);
    expect(names('aberg')).toEqual(['Seth Åberg']);
    expect(names('UMEÅ seth')).toEqual(['Seth Åberg']);
    expect(names('kommun')).toEqual(['Seth Åberg', 'Anna Glas']);
    expect(names('polisen.se')).toEqual(['Öjvind Ek']);
    expect(names('')).toHaveLength(3);
    expect(names('nobody')).toEqual([]);
  });

  it('folds into NFC text, as everything stored is: a Hangul syllable stays one character', () => {
    expect(foldedForSearch('Åberg 한국')).toBe('aberg 한국');
    expect(foldedForSearch('Åberg 한국').normalize('NFC')).toBe(foldedForSearch('Åberg 한국'));
  });

  it('filters by status and by organisation', () => {
    expect(
      searchRegistrations(REGISTRATIONS, { text: '', status: 'waiting' }).map((found) => found.name),
    ).toEqual(['Anna Glas']);
    expect(
      searchRegistrations(REGISTRATIONS, { text: 'kommun', organisation: 'Umeå kommun' }).map(
        (found) => found.name,
      ),
    ).toEqual(['Seth Åberg']);
  });

  it('reads the GET form, ignoring a status it does not know, and writes it back as a query', () => {
    expect(readRegistrationSearch({ q: ' anna ', status: 'deleted', organisation: ' ' })).toEqual({
      text: 'anna',
    });
    const search = readRegistrationSearch({ q: 'a b', status: 'confirmed', organisation: 'Umeå kommun' });
    expect(search).toEqual({ text: 'a b', status: 'confirmed', organisation: 'Umeå kommun' });
    expect(searchQuery(search)).toBe('?q=a+b&status=confirmed&organisation=Ume%C3%A5+kommun');
    expect(searchQuery({ text: '' })).toBe('');
  });
});

describe('the cursor of a page', () => {
  it('reads back where the next page starts, for its own event only', () => {
    const cursor = pageCursor('trygghetsdag', { after: 'reg-50', first: 51 });
    expect(readPageCursor('trygghetsdag', cursor)).toEqual({ after: 'reg-50', first: 51 });
    expect(readPageCursor('another-event', cursor)).toBeUndefined();
  });

  it('refuses a cursor that was tampered with or is no cursor, which gives the first page', () => {
    const forged = Buffer.from(JSON.stringify(['trygghetsdag', '../#SEATS', 51])).toString('base64url');
    expect(readPageCursor('trygghetsdag', forged)).toBeUndefined();
    expect(readPageCursor('trygghetsdag', 'not-a-cursor')).toBeUndefined();
    expect(readPageCursor('trygghetsdag', undefined)).toBeUndefined();
  });

  it('rides in the link of the next page beside the search', () => {
    expect(searchQuery({ text: 'umeå' }, 'abc')).toBe('?q=ume%C3%A5&after=abc');
  });
});
