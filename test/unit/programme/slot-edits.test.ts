import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import {
  problemsOfEdit,
  programmeWithNewSlot,
  programmeWithoutSlot,
  programmeWithRevisedSlots,
  slotsTouched,
} from '#shared/programme/slot-edits.ts';
import { swappedWithNeighbour } from '#shared/programme/slot-swap.ts';
import { instantAt } from '#shared/time.ts';

const PAGE = demoEventPages('2026-11-22').find(({ event }) => event.id === 'trygghetsdag-2027');
const EVENT = PAGE?.event ?? ({} as never);
const DAY = '2027-02-04';
const ZONE = 'Europe/Stockholm';
const SLIDES = { title: 'Bilder', url: 'https://skr.se/oppna-drogscener.pdf' };
const DRUG_SCENES = '1005-oppna-drogscener';

/** The programme as stored after an earlier change to the drug-scene talk, which has slides. */
const STORED: ProgrammeSlot[] = (PAGE?.slots ?? []).map((slot) =>
  slot.id === DRUG_SCENES ? { ...slot, materials: [SLIDES], sequence: 2 } : slot,
);
const stored = (id: string) => STORED.find((slot) => slot.id === id) as ProgrammeSlot;
const ids = (slots: ProgrammeSlot[]) => slots.map(({ id }) => id);

describe('programmeWithNewSlot', () => {
  it('goes on from the SEQUENCE its id was retired with, rather than 0', () => {
    const without = STORED.filter(({ id }) => id !== DRUG_SCENES);
    const merge = programmeWithNewSlot(without, stored(DRUG_SCENES), [{ slotId: DRUG_SCENES, sequence: 3 }]);
    expect(merge.added).toMatchObject([{ id: DRUG_SCENES, sequence: 4 }]);
  });

  it('adds the slot at SEQUENCE 0, under an id no stored slot has', () => {
    const slot = { ...stored(DRUG_SCENES), track: 'Sal B', materials: [], sequence: undefined };
    const merge = programmeWithNewSlot(STORED, slot, []);
    expect(ids(merge.added)).toEqual([`${DRUG_SCENES}-2`]);
    expect(merge.added[0]).toMatchObject({ sequence: 0, track: 'Sal B' });
    expect([merge.changed, merge.removed, merge.resized]).toEqual([[], [], []]);
    expect(merge.slots).toHaveLength(STORED.length + 1);
  });
});

describe('programmeWithRevisedSlots', () => {
  it('keeps the id and slides of a renamed slot and raises its SEQUENCE by one', () => {
    const merge = programmeWithRevisedSlots(STORED, [
      { ...stored(DRUG_SCENES), title: 'Drogscener', materials: [], sequence: 7 },
    ]);
    expect(merge.changed).toEqual([{ ...stored(DRUG_SCENES), title: 'Drogscener', sequence: 3 }]);
    expect(merge.resized).toEqual([]);
    expect(merge.slots.find(({ id }) => id === DRUG_SCENES)).toEqual(merge.changed[0]);
  });

  it('stores a new capacity without raising the SEQUENCE: calendars do not show it', () => {
    const merge = programmeWithRevisedSlots(STORED, [{ ...stored(DRUG_SCENES), capacity: 40 }]);
    expect(merge.changed).toEqual([]);
    expect(merge.resized).toEqual([{ ...stored(DRUG_SCENES), capacity: 40 }]);
    expect(slotsTouched(merge)).toBe(1);
  });

  it('takes a new capacity along with a change calendars show, counting the slot once', () => {
    const merge = programmeWithRevisedSlots(STORED, [
      { ...stored(DRUG_SCENES), title: 'Drogscener', capacity: 40 },
    ]);
    expect(merge.changed).toEqual([
      { ...stored(DRUG_SCENES), title: 'Drogscener', capacity: 40, sequence: 3 },
    ]);
    expect(merge.resized).toEqual([]);
    expect(slotsTouched(merge)).toBe(1);
  });

  it('touches nothing when the revision says what is stored', () => {
    const merge = programmeWithRevisedSlots(STORED, [stored(DRUG_SCENES)]);
    expect(slotsTouched(merge)).toBe(0);
    expect(merge.slots).toEqual(STORED);
  });

  it('raises both SEQUENCEs of a move, and the programme keeps to its rules', () => {
    const swapped = swappedWithNeighbour(STORED, DRUG_SCENES, 'later', ZONE) ?? [];
    const merge = programmeWithRevisedSlots(STORED, swapped);
    expect(merge.changed.map(({ id, startsAt, sequence }) => ({ id, startsAt, sequence }))).toEqual([
      { id: DRUG_SCENES, startsAt: instantAt(DAY, '10:10', ZONE), sequence: 3 },
      { id: '1030-paus', startsAt: instantAt(DAY, '10:05', ZONE), sequence: 1 },
    ]);
    expect(problemsOfEdit(EVENT, merge)).toEqual([]);
  });
});

describe('programmeWithoutSlot', () => {
  it('removes the one slot, as stored, for its participants to be told', () => {
    const merge = programmeWithoutSlot(STORED, DRUG_SCENES);
    expect(merge.removed).toEqual([stored(DRUG_SCENES)]);
    expect(ids(merge.slots)).not.toContain(DRUG_SCENES);
    expect(slotsTouched(merge)).toBe(1);
  });
});

describe('problemsOfEdit', () => {
  it('names the rule the edited slot breaks', () => {
    const merge = programmeWithRevisedSlots(STORED, [
      { ...stored(DRUG_SCENES), endsAt: instantAt(DAY, '10:40', ZONE) },
    ]);
    expect(problemsOfEdit(EVENT, merge).map(({ message }) => message)).toEqual([
      'Passen ”Öppna drogscener” (10.05–10.40) och ”Paus” (10.30–10.35) överlappar varandra.',
      'Passen ”Öppna drogscener” (10.05–10.40) och ”Kunskapsbaserat förebyggande arbete för att minska droghantering på offentliga platser” (10.35–11.00) överlappar varandra.',
    ]);
  });

  it('leaves out problems of slots the edit does not touch', () => {
    const late = { ...stored('1445-sammanfattning'), endsAt: instantAt(DAY, '15:30', ZONE) };
    const broken = STORED.map((slot) => (slot.id === late.id ? late : slot));
    const merge = programmeWithRevisedSlots(broken, [{ ...stored(DRUG_SCENES), title: 'Drogscener' }]);
    expect(problemsOfEdit(EVENT, merge)).toEqual([]);
    expect(
      problemsOfEdit(EVENT, programmeWithRevisedSlots(broken, [{ ...late, title: 'Slut' }])),
    ).toHaveLength(1);
  });
});
