import { describe, expect, it } from 'vitest';
import { programmeSlots, type SeedSlot } from '#shared/demo/seed-programme.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { neighboursInTrack, swappedWithNeighbour } from '#shared/programme/slot-swap.ts';
import { instantAt } from '#shared/time.ts';

const ZONE = 'Europe/Stockholm';
const DAY = '2027-02-04';

type Spec = Omit<SeedSlot, 'kind' | 'title'> & { track?: string };

function slots(...specs: Spec[]): ProgrammeSlot[] {
  return programmeSlots(
    'event',
    DAY,
    ZONE,
    specs.map(({ track, ...spec }) => ({ kind: 'talk', title: spec.id, ...spec })),
  ).map((slot, index) => (specs[index]?.track ? { ...slot, track: specs[index]?.track } : slot));
}

/** What a move changes of each slot: its start and end. */
function times(swapped: ProgrammeSlot[] | undefined) {
  return swapped?.map(({ id, startsAt, endsAt }) => ({
    id,
    startsAt,
    ...(endsAt !== undefined && { endsAt }),
  }));
}
const at = (clock: string, day = DAY) => instantAt(day, clock, ZONE);

const PROGRAMME = slots(
  { id: 'inledning', starts: '10:00', ends: '10:05' },
  { id: 'drogscener', starts: '10:05', ends: '10:30' },
  { id: 'paus', starts: '10:40', ends: '10:45' },
  { id: 'sal-b', starts: '10:00', ends: '11:00', track: 'Sal B' },
  { id: 'slut', starts: '15:00' },
  { id: 'dag2', day: 2, starts: '09:00', ends: '10:00' },
);

describe('swappedWithNeighbour', () => {
  it('moves a slot later: the next one takes its start, it ends where the next one ended, each keeps its length', () => {
    expect(times(swappedWithNeighbour(PROGRAMME, 'drogscener', 'later', ZONE))).toEqual([
      { id: 'paus', startsAt: at('10:05'), endsAt: at('10:10') },
      { id: 'drogscener', startsAt: at('10:20'), endsAt: at('10:45') },
    ]);
  });

  it('moves a slot earlier in the same way, from the other side', () => {
    expect(times(swappedWithNeighbour(PROGRAMME, 'drogscener', 'earlier', ZONE))).toEqual([
      { id: 'drogscener', startsAt: at('10:00'), endsAt: at('10:25') },
      { id: 'inledning', startsAt: at('10:25'), endsAt: at('10:30') },
    ]);
  });

  it('keeps a moment a moment, at the end of the span the two covered', () => {
    expect(times(swappedWithNeighbour(PROGRAMME, 'slut', 'earlier', ZONE))).toEqual([
      { id: 'slut', startsAt: at('10:40') },
      { id: 'paus', startsAt: at('14:55'), endsAt: at('15:00') },
    ]);
  });

  it('swaps only within the slot’s track and day: none at either end of it', () => {
    expect(swappedWithNeighbour(PROGRAMME, 'sal-b', 'later', ZONE)).toBeUndefined();
    expect(swappedWithNeighbour(PROGRAMME, 'inledning', 'earlier', ZONE)).toBeUndefined();
    expect(swappedWithNeighbour(PROGRAMME, 'slut', 'later', ZONE)).toBeUndefined();
    expect(swappedWithNeighbour(PROGRAMME, 'dag2', 'earlier', ZONE)).toBeUndefined();
    expect(swappedWithNeighbour(PROGRAMME, 'no-such-slot', 'later', ZONE)).toBeUndefined();
  });

  it('keeps every other part of the slots as they were', () => {
    const [paus, drogscener] = swappedWithNeighbour(PROGRAMME, 'drogscener', 'later', ZONE) ?? [];
    const stored = (id: string) => PROGRAMME.find((slot) => slot.id === id);
    expect({ ...paus, startsAt: '', endsAt: '' }).toEqual({ ...stored('paus'), startsAt: '', endsAt: '' });
    expect({ ...drogscener, startsAt: '', endsAt: '' }).toEqual({
      ...stored('drogscener'),
      startsAt: '',
      endsAt: '',
    });
  });
});

describe('neighboursInTrack', () => {
  it('is the next slot of the same track that day, slots without a track sharing one', () => {
    const neighbours = neighboursInTrack(PROGRAMME, ZONE);
    expect(neighbours.get('inledning')?.later?.id).toBe('drogscener');
    expect(neighbours.get('sal-b')?.earlier).toBeUndefined();
  });

  it('gives every slot its neighbours both ways, none across a day or a track', () => {
    const ids = Object.fromEntries(
      [...neighboursInTrack(PROGRAMME, ZONE)].map(([id, { earlier, later }]) => [
        id,
        [earlier?.id, later?.id],
      ]),
    );
    expect(ids).toEqual({
      inledning: [undefined, 'drogscener'],
      drogscener: ['inledning', 'paus'],
      paus: ['drogscener', 'slut'],
      'sal-b': [undefined, undefined],
      slut: ['paus', undefined],
      dag2: [undefined, undefined],
    });
  });
});
