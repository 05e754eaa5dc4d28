import { describe, expect, it } from 'vitest';
import type { Registration } from '#shared/domain/registration.ts';
import {
  organisationsOf,
  readRegistrationSearch,
  registrationPage,
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

  it('lists the organisations once each in Swedish order', () => {
    expect(organisationsOf([...REGISTRATIONS, REGISTRATIONS[0] as Registration])).toEqual([
      'Norrtälje kommun',
      'Polismyndigheten',
      'Umeå kommun',
    ]);
  });
});

describe('a page of the result', () => {
  const many = Array.from({ length: 120 }, (_, n) =>
    registration(`Person ${n + 1}`, `person${n + 1}@umea.se`, 'Umeå kommun', 'confirmed'),
  );

  it('shows 50, and the next page starts after the last shown until all are shown', () => {
    const pages = [registrationPage(many)];
    for (let page = pages[0]; page?.next; page = pages.at(-1)) pages.push(registrationPage(many, page.next));
    expect(pages.map((page) => [page.first, page.shown.length, page.next])).toEqual([
      [1, 50, 'person50@umea.se'],
      [51, 50, 'person100@umea.se'],
      [101, 20, undefined],
    ]);
    expect(pages.flatMap((page) => page.shown)).toEqual(many);
  });

  it('keeps its place by the last one shown when a registration before it is removed meanwhile', () => {
    const after = registrationPage(many).next;
    const page = registrationPage(many.slice(1), after);
    expect(page.shown[0]?.name).toBe('Person 51');
  });

  it('starts at the first page for a cursor it does not know, and carries the cursor in its link', () => {
    expect(registrationPage(many, 'nobody@umea.se').first).toBe(1);
    expect(searchQuery({ text: 'umeå' }, 'person50@umea.se')).toBe('?q=ume%C3%A5&after=person50%40umea.se');
  });
});
