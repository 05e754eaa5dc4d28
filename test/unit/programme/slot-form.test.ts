import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { eventDays, newSlotValues, readSlotForm, slotFormValues } from '#shared/programme/slot-form.ts';
import { instantAt } from '#shared/time.ts';

const pageOf = (id: string) => {
  const page = demoEventPages('2026-11-22').find(({ event }) => event.id === id);
  if (!page) throw new Error(`no demo event ${id}`);
  return page;
};
/** One day, 10.00–15.00 in Stockholm, in Swedish. */
const TRYGGHETSDAG = pageOf('trygghetsdag-2027');
/** Two days in Oslo, in Norwegian. */
const KS = pageOf('ks-studietur-mc-kriminalitet-2027');
const DAY = '2027-02-04';
const ZONE = 'Europe/Stockholm';
const slot = (page: typeof KS, id: string) => page.slots.find((each) => each.id === id) as ProgrammeSlot;

const form = (fields: Record<string, string>) => ({
  starts: '10:05',
  kind: 'talk',
  title: 'Frågestund',
  ...fields,
});

describe('readSlotForm', () => {
  it('reads a new slot on a one-day event as instants in its zone, with an id in the programme’s scheme', () => {
    const read = readSlotForm(
      form({
        starts: '10:05',
        ends: '10:30',
        title: 'Öppna drogscener i Malmö',
        description: 'Vad vi har lärt oss.',
        speakers: 'Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten\n\nGreta Berg, SKR',
        track: 'Sal B',
        capacity: '40',
      }),
      { event: TRYGGHETSDAG.event, language: 'sv' },
    );
    expect(read).toEqual({
      ok: true,
      slot: {
        id: '1005-oppna-drogscener-i-malmo',
        eventId: TRYGGHETSDAG.event.id,
        startsAt: instantAt(DAY, '10:05', ZONE),
        endsAt: instantAt(DAY, '10:30', ZONE),
        kind: 'talk',
        title: 'Öppna drogscener i Malmö',
        description: 'Vad vi har lärt oss.',
        speakers: [
          { name: 'Mia-Maria Magnusson', title: 'Polisdoktorand', organisation: 'Polismyndigheten' },
          { name: 'Greta Berg', organisation: 'SKR' },
        ],
        track: 'Sal B',
        capacity: 40,
        materials: [],
      },
    });
  });

  it('leaves out what the form leaves empty: the end of a moment, the track, the capacity', () => {
    const read = readSlotForm(form({ ends: ' ', track: '', capacity: '', description: '  ' }), {
      event: TRYGGHETSDAG.event,
      language: 'sv',
    });
    expect(read.ok && read.slot).toEqual({
      id: '1005-fragestund',
      eventId: TRYGGHETSDAG.event.id,
      startsAt: instantAt(DAY, '10:05', ZONE),
      kind: 'talk',
      title: 'Frågestund',
      speakers: [],
      materials: [],
    });
  });

  it('takes 10.05 as typed where the browser shows no time field', () => {
    const read = readSlotForm(form({ starts: '9.05', ends: '9.30' }), {
      event: TRYGGHETSDAG.event,
      language: 'sv',
    });
    expect(read.ok && [read.slot.startsAt, read.slot.endsAt]).toEqual([
      instantAt(DAY, '09:05', ZONE),
      instantAt(DAY, '09:30', ZONE),
    ]);
  });

  it('gives every field in error its own message, in the organiser’s language', () => {
    const read = readSlotForm(
      { starts: '25:00', ends: '10.6o', kind: 'keynote', title: ' ', capacity: '0' },
      { event: TRYGGHETSDAG.event, language: 'sv' },
    );
    expect(read).toEqual({
      ok: false,
      errors: {
        starts: 'Ange ett klockslag, till exempel 10:05.',
        ends: 'Ange ett klockslag, till exempel 10:05.',
        kind: 'Välj vilken typ av pass det är.',
        title: 'Fyll i fältet.',
        capacity: 'Ange ett helt antal platser, minst 1, eller lämna fältet tomt.',
      },
    });
    const english = readSlotForm(
      { starts: '10:30', ends: '10:05', kind: 'talk', title: 'Q&A' },
      {
        event: TRYGGHETSDAG.event,
        language: 'en',
      },
    );
    expect(english).toEqual({ ok: false, errors: { ends: 'The end must come after the start.' } });
  });

  it('asks a multi-day event for one of its days, and puts the day in a new slot’s id', () => {
    const context = { event: KS.event, language: 'nb' as const };
    expect(eventDays(KS.event)).toEqual(['2027-02-17', '2027-02-18']);
    expect(readSlotForm(form({}), context)).toEqual({
      ok: false,
      errors: { day: 'Velg en av arrangementets dager.' },
    });
    expect(readSlotForm(form({ day: '2027-02-19' }), context).ok).toBe(false);
    const read = readSlotForm(form({ day: '2027-02-18', starts: '08:00', ends: '08:30' }), context);
    expect(read.ok && read.slot).toMatchObject({
      id: 'dag2-0800-fragestund',
      startsAt: instantAt('2027-02-18', '08:00', 'Europe/Oslo'),
    });
  });

  it('keeps a changed slot’s id and materials, and refuses fewer places than participants already picked', () => {
    const stored: ProgrammeSlot = {
      ...slot(TRYGGHETSDAG, '1005-oppna-drogscener'),
      capacity: 30,
      materials: [{ title: 'Bilder', url: 'https://skr.se/bilder.pdf' }],
    };
    const values = { ...slotFormValues(stored, TRYGGHETSDAG.event), title: 'Drogscener' };
    const read = readSlotForm(values, { event: TRYGGHETSDAG.event, language: 'sv', stored, picked: 12 });
    expect(read.ok && read.slot).toMatchObject({
      id: '1005-oppna-drogscener',
      title: 'Drogscener',
      materials: stored.materials,
    });
    expect(
      readSlotForm(
        { ...values, capacity: '11' },
        { event: TRYGGHETSDAG.event, language: 'sv', stored, picked: 12 },
      ),
    ).toEqual({
      ok: false,
      errors: { capacity: '12 deltagare har redan valt passet. Ange minst 12 platser.' },
    });
  });
});

describe('readSlotForm on the night the clocks change', () => {
  /** A conference over the night of 27–28 March 2027, when Sweden's clocks go forward at 02:00. */
  const NIGHT = {
    ...TRYGGHETSDAG.event,
    startsAt: instantAt('2027-03-27', '18:00', ZONE),
    endsAt: instantAt('2027-03-28', '12:00', ZONE),
  };

  it('refuses a time that does not exist that night, rather than move it an hour', () => {
    const read = readSlotForm(form({ day: '2027-03-28', starts: '02:15', ends: '03:30' }), {
      event: NIGHT,
      language: 'sv',
    });
    expect(read).toEqual({
      ok: false,
      errors: {
        starts: 'Klockan ställs fram den natten: 02:15 den 28 mars 2027 finns inte. Välj en annan tid.',
      },
    });
    expect(
      readSlotForm(form({ day: '2027-03-28', starts: '03:15' }), { event: NIGHT, language: 'sv' }),
    ).toMatchObject({
      ok: true,
      slot: { startsAt: '2027-03-28T01:15:00Z' },
    });
  });
});

describe('the slot form’s values', () => {
  it('read back as the stored slot, every speaker on a line of their own', () => {
    for (const page of [TRYGGHETSDAG, KS])
      for (const stored of page.slots) {
        const read = readSlotForm(slotFormValues(stored, page.event), {
          event: page.event,
          language: page.event.language,
          stored,
        });
        expect(read).toEqual({ ok: true, slot: stored });
      }
    expect(
      slotFormValues(slot(TRYGGHETSDAG, '1140-krafttag-mot-narkotika'), TRYGGHETSDAG.event).speakers,
    ).toBe(
      'Kerstin Rörsch, brotts- och drogförebyggare, Umeå kommun\nSeth Åberg, brotts- och drogförebyggare, Umeå kommun',
    );
  });

  it('start a new slot as a talk on the event’s first day', () => {
    expect(newSlotValues(KS.event)).toEqual({ day: '2027-02-17', kind: 'talk' });
  });
});
