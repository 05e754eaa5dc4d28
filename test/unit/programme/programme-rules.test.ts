import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { programmeSlots, type SeedSlot } from '#shared/demo/seed-programme.ts';
import type { Language } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { type ProgrammeEvent, programmeProblems } from '#shared/programme/programme-rules.ts';
import { instantAt, localDay } from '#shared/time.ts';

/** Trygghetsdag: one day, 10.00–15.00 in Stockholm. */
const ONE_DAY: ProgrammeEvent = {
  startsAt: instantAt('2022-02-03', '10:00', 'Europe/Stockholm'),
  endsAt: instantAt('2022-02-03', '15:00', 'Europe/Stockholm'),
  timeZone: 'Europe/Stockholm',
  language: 'sv',
};

/** The KS study trip: 11.30 on day 1 to 13.00 on day 2, in Oslo. */
const TWO_DAYS: ProgrammeEvent = {
  startsAt: instantAt('2011-03-23', '11:30', 'Europe/Oslo'),
  endsAt: instantAt('2011-03-24', '13:00', 'Europe/Oslo'),
  timeZone: 'Europe/Oslo',
  language: 'nb',
};

type SlotSpec = Omit<SeedSlot, 'kind' | 'title'> & { title?: string; track?: string };

function slotsOf(event: ProgrammeEvent, ...specs: SlotSpec[]): ProgrammeSlot[] {
  const firstDay = localDay(event.startsAt, event.timeZone);
  const seeds = specs.map(({ track, ...spec }) => ({ kind: 'talk' as const, title: spec.id, ...spec }));
  return programmeSlots('event', firstDay, event.timeZone, seeds).map((slot, index) => {
    const track = specs[index]?.track;
    return track ? { ...slot, track } : slot;
  });
}

const codes = (event: ProgrammeEvent, ...specs: SlotSpec[]) =>
  programmeProblems(event, slotsOf(event, ...specs)).map(({ code, slotIds }) => ({ code, slotIds }));

describe('a slot lies inside the event', () => {
  it('on a one-day event, between its start and its end', () => {
    expect(
      codes(
        ONE_DAY,
        { id: 'a', starts: '10:00', ends: '10:30' },
        { id: 'b', starts: '14:45', ends: '15:00' },
      ),
    ).toEqual([]);
    expect(codes(ONE_DAY, { id: 'closing-moment', starts: '15:00' })).toEqual([]);
  });

  it('on a one-day event, not before its start or past its end', () => {
    expect(codes(ONE_DAY, { id: 'coffee', starts: '09:30', ends: '10:00' })).toEqual([
      { code: 'outside-event', slotIds: ['coffee'] },
    ]);
    expect(codes(ONE_DAY, { id: 'late', starts: '14:45', ends: '15:05' })).toEqual([
      { code: 'outside-event', slotIds: ['late'] },
    ]);
  });

  it('on a multi-day event, anywhere on its days: the dinner after day 1 and breakfast before the start', () => {
    expect(
      codes(
        TWO_DAYS,
        { id: 'breakfast', day: 1, starts: '08:00', ends: '09:00' },
        { id: 'dinner', day: 1, starts: '19:30' },
        { id: 'late-night', day: 2, starts: '22:00', ends: '24:00' },
      ),
    ).toEqual([]);
  });

  it('on a multi-day event, not on a day after its last, nor into it', () => {
    expect(codes(TWO_DAYS, { id: 'day-3', day: 3, starts: '09:00', ends: '10:00' })).toEqual([
      { code: 'outside-event', slotIds: ['day-3'] },
    ]);
    const [lateNight] = slotsOf(TWO_DAYS, { id: 'past-midnight', day: 2, starts: '23:30' });
    const pastMidnight = {
      ...lateNight,
      endsAt: instantAt('2011-03-25', '00:30', 'Europe/Oslo'),
    } as ProgrammeSlot;
    expect(programmeProblems(TWO_DAYS, [pastMidnight]).map(({ code }) => code)).toEqual(['outside-event']);
  });
});

describe('a slot starts before it ends', () => {
  it('holds for a slot with an end after its start, or with no end', () => {
    expect(codes(ONE_DAY, { id: 'a', starts: '13:30', ends: '13:35' }, { id: 'b', starts: '14:00' })).toEqual(
      [],
    );
  });

  it('fails for a slot ending before, or as, it starts', () => {
    expect(
      codes(
        ONE_DAY,
        { id: 'typo', starts: '13:30', ends: '13:00' },
        { id: 'empty', starts: '14:00', ends: '14:00' },
      ),
    ).toEqual([
      { code: 'ends-before-start', slotIds: ['typo'] },
      { code: 'ends-before-start', slotIds: ['empty'] },
    ]);
  });
});

describe('slots in one track do not overlap', () => {
  it('lets one slot end as the next starts', () => {
    expect(
      codes(
        ONE_DAY,
        { id: 'a', starts: '10:00', ends: '10:30' },
        { id: 'b', starts: '10:30', ends: '11:00' },
      ),
    ).toEqual([]);
  });

  it('reports two slots of one track sharing time, the earlier first', () => {
    expect(
      codes(
        ONE_DAY,
        { id: 'b', starts: '10:15', ends: '10:45' },
        { id: 'a', starts: '10:00', ends: '10:30' },
      ),
    ).toEqual([{ code: 'overlap', slotIds: ['a', 'b'] }]);
  });

  it('counts slots without a track as one track, and a slot with no end as a moment within another', () => {
    expect(
      codes(ONE_DAY, { id: 'talk', starts: '10:00', ends: '11:00' }, { id: 'moment', starts: '10:30' }),
    ).toEqual([{ code: 'overlap', slotIds: ['talk', 'moment'] }]);
    expect(codes(ONE_DAY, { id: 'a', starts: '10:00' }, { id: 'b', starts: '10:00' })).toEqual([
      { code: 'overlap', slotIds: ['a', 'b'] },
    ]);
  });

  it('lets slots in different tracks run at the same time', () => {
    expect(
      codes(
        ONE_DAY,
        { id: 'room-a', starts: '13:00', ends: '14:00', track: 'A' },
        { id: 'room-b', starts: '13:00', ends: '14:00', track: 'B' },
        { id: 'plenary', starts: '13:30', ends: '14:30' },
      ),
    ).toEqual([]);
  });
});

describe('problem messages', () => {
  const messages = (language: Language) =>
    programmeProblems(
      { ...ONE_DAY, language },
      slotsOf(
        ONE_DAY,
        { id: 'coffee', title: 'Kaffe', starts: '09:30', ends: '10:00' },
        { id: 'typo', title: 'Paus', starts: '13:30', ends: '03:35' },
        { id: 'a', title: 'Öppna drogscener', starts: '10:05', ends: '10:30' },
        { id: 'b', title: 'Paus', starts: '10:25', ends: '10:35' },
      ),
    ).map(({ message }) => message);

  it('speak Swedish', () => {
    expect(messages('sv')).toEqual([
      'Passet ”Kaffe” (09.30–10.00) ligger utanför evenemangets tid: torsdag 3 februari 2022, 10.00–15.00 (CET).',
      'Passet ”Paus” måste börja innan det slutar (13.30–03.35).',
      'Passen ”Öppna drogscener” (10.05–10.30) och ”Paus” (10.25–10.35) överlappar varandra.',
    ]);
  });

  it('speak Norwegian and English', () => {
    expect(messages('nb')).toEqual([
      'Økten «Kaffe» (09.30–10.00) ligger utenfor arrangementets tid: torsdag 3. februar 2022, 10.00–15.00 (CET).',
      'Økten «Paus» må begynne før den slutter (13.30–03.35).',
      'Øktene «Öppna drogscener» (10.05–10.30) og «Paus» (10.25–10.35) overlapper hverandre.',
    ]);
    expect(messages('en')).toEqual([
      'The session “Kaffe” (09:30–10:00) lies outside the event’s time: Thursday, 3 February 2022, 10:00–15:00 (CET).',
      'The session “Paus” must start before it ends (13:30–03:35).',
      'The sessions “Öppna drogscener” (10:05–10:30) and “Paus” (10:25–10:35) overlap.',
    ]);
  });

  it('name the date and the event’s days on a multi-day event', () => {
    expect(
      programmeProblems(
        TWO_DAYS,
        slotsOf(TWO_DAYS, { id: 'x', title: 'Utflukt', day: 3, starts: '09:00' }),
      ).map(({ message }) => message),
    ).toEqual([
      'Økten «Utflukt» (25. mars 2011 09.00) ligger utenfor arrangementets dager: 23. mars 2011 – 24. mars 2011.',
    ]);
  });
});

describe('the demo programmes', () => {
  it.each(demoEventPages('2026-11-22').map(({ event, slots }) => [event.id, event, slots] as const))(
    '%s keeps the rules',
    (_id, event, slots) => {
      expect(programmeProblems(event, slots)).toEqual([]);
    },
  );
});
