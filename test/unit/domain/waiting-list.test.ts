import { describe, expect, it } from 'vitest';
import type { Registration, RegistrationStatus } from '#shared/domain/registration.ts';
import { numberedWaitingList, withWaitingPlaces } from '#shared/domain/waiting-list.ts';

function registration(id: string, status: RegistrationStatus, waitingTicket?: number): Registration {
  return {
    id,
    eventId: 'trygghetsdag-2027',
    status,
    name: id,
    email: `${id.toLowerCase()}@umea.se`,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
    language: 'sv',
    createdAt: '2026-11-22T10:00:00Z',
    ...(waitingTicket === undefined ? {} : { waitingTicket }),
  };
}

const places = (list: readonly Registration[]) =>
  list.map(({ id, waitingPosition }) => [id, waitingPosition]);

describe('the numbered waiting list', () => {
  it('gives seats by ticket, lowest first, numbered from one', () => {
    const waiting = [
      registration('Cia', 'waiting', 30),
      registration('Ada', 'waiting', 10),
      registration('Bo', 'waiting', 20),
    ];
    expect(places(numberedWaitingList(waiting))).toEqual([
      ['Ada', 1],
      ['Bo', 2],
      ['Cia', 3],
    ]);
  });

  it('keeps the order given for equal tickets', () => {
    const waiting = [
      registration('Bo', 'waiting', 5),
      registration('Ada', 'waiting', 5),
      registration('Cia', 'waiting', 1),
    ];
    expect(places(numberedWaitingList(waiting))).toEqual([
      ['Cia', 1],
      ['Bo', 2],
      ['Ada', 3],
    ]);
  });

  it('moves everyone up when someone ahead leaves, and leaves the list it was given alone', () => {
    const waiting = [
      registration('Ada', 'waiting', 10),
      registration('Bo', 'waiting', 20),
      registration('Cia', 'waiting', 30),
    ];
    expect(places(numberedWaitingList(waiting.filter(({ id }) => id !== 'Ada')))).toEqual([
      ['Bo', 1],
      ['Cia', 2],
    ]);
    expect(waiting.map(({ id }) => id)).toEqual(['Ada', 'Bo', 'Cia']);
    expect(waiting.every(({ waitingPosition }) => waitingPosition === undefined)).toBe(true);
  });
});

describe('registrations with their waiting places', () => {
  it('numbers only those waiting, in the order of their tickets, and keeps everyone where they were', () => {
    const all = [
      registration('Ada', 'confirmed'),
      registration('Bo', 'waiting', 40),
      registration('Cia', 'cancelled', 1),
      registration('Dan', 'waiting', 15),
      registration('Eva', 'offered', 2),
    ];
    expect(places(withWaitingPlaces(all))).toEqual([
      ['Ada', undefined],
      ['Bo', 2],
      ['Cia', undefined],
      ['Dan', 1],
      ['Eva', undefined],
    ]);
  });
});
