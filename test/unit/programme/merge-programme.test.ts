import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { mergeProgramme } from '#shared/programme/merge-programme.ts';
import { programmeFromText } from '#shared/programme/programme-from-text.ts';
import { instantAt } from '#shared/time.ts';
import { TRYGGHETSDAG_PROGRAMME_CORRECTED } from './seed-programmes.ts';

const DAY = '2022-02-03';
const ZONE = 'Europe/Stockholm';
const SLIDES = { title: 'Bilder', url: 'https://skr.se/oppna-drogscener.pdf' };

/** The demo programme as stored, its ids in the demo's own scheme rather than the importer's; one talk already has slides. */
const STORED: ProgrammeSlot[] = (
  demoEventPages('2026-11-22').find(({ event }) => event.id === 'trygghetsdag-2022')?.slots ?? []
).map((slot) => (slot.id === '1005-oppna-drogscener' ? { ...slot, materials: [SLIDES], sequence: 2 } : slot));

function imported(text: string): ProgrammeSlot[] {
  const result = programmeFromText(text, {
    eventId: 'trygghetsdag-2022',
    day: DAY,
    timeZone: ZONE,
    language: 'sv',
  });
  if (!result.ok) throw new Error(result.errors.map(({ message }) => message).join(' '));
  return result.slots;
}

const edited = (...replacements: [string, string][]) =>
  imported(
    replacements.reduce((text, [from, to]) => text.replace(from, to), TRYGGHETSDAG_PROGRAMME_CORRECTED),
  );
const slotTitled = (slots: ProgrammeSlot[], title: string) => slots.find((slot) => slot.title === title);
const ids = (slots: ProgrammeSlot[]) => slots.map(({ id }) => id);

describe('mergeProgramme', () => {
  it('gives a slot added under an id an earlier save removed the SEQUENCE after its CANCEL', () => {
    const without = STORED.filter(({ id }) => id !== '1005-oppna-drogscener');
    const added = imported(TRYGGHETSDAG_PROGRAMME_CORRECTED).find(
      ({ title }) => title === 'Öppna drogscener',
    );
    if (!added) throw new Error('no Öppna drogscener in the text');
    const merged = mergeProgramme(without, [...without, added], [{ slotId: added.id, sequence: 3 }]);
    expect(merged.added).toMatchObject([{ id: added.id, sequence: 4 }]);
  });

  it('keeps every id, material and SEQUENCE when the programme comes back unchanged', () => {
    const merged = mergeProgramme(STORED, imported(TRYGGHETSDAG_PROGRAMME_CORRECTED), []);
    expect(merged.slots).toEqual(STORED);
    expect([merged.added, merged.changed, merged.removed]).toEqual([[], [], []]);
  });

  it('keeps the id and slides of a moved slot and raises its SEQUENCE; the break it replaced is removed', () => {
    const merged = mergeProgramme(
      STORED,
      edited(['10.05–10.30 Öppna drogscener', '10.10–10.35 Öppna drogscener'], ['10.30–10.35 Paus\n', '']),
      [],
    );
    expect(slotTitled(merged.slots, 'Öppna drogscener')).toEqual({
      ...slotTitled(STORED, 'Öppna drogscener'),
      startsAt: instantAt(DAY, '10:10', ZONE),
      endsAt: instantAt(DAY, '10:35', ZONE),
      materials: [SLIDES],
      sequence: 3,
    });
    expect(ids(merged.changed)).toEqual(['1005-oppna-drogscener']);
    expect(ids(merged.removed)).toEqual(['1030-paus']);
    expect(ids(merged.slots.filter(({ title }) => title === 'Paus'))).toEqual(['1100-paus', '1330-paus']);
  });

  it('keeps the id of a renamed slot, matched by its start, and raises its SEQUENCE from none to 1', () => {
    const merged = mergeProgramme(STORED, edited(['12.00–13.00 Lunch', '12.00–13.00 Lunch i matsalen']), []);
    expect(merged.changed).toEqual([
      { ...slotTitled(STORED, 'Lunch'), title: 'Lunch i matsalen', sequence: 1 },
    ]);
    expect(merged.removed).toEqual([]);
  });

  it('matches titles whatever their case and spacing, and still counts the new spelling as a change', () => {
    const respelled = edited(['13.00–13.30', '13.05–13.30']).map((slot) =>
      slot.title.startsWith('Kartläggning')
        ? { ...slot, title: ' KARTLÄGGNING av  öppna drogscener i Sverige' }
        : slot,
    );
    const merged = mergeProgramme(STORED, respelled, []);
    expect(ids(merged.changed)).toEqual(['1300-oppna-drogscener-i-sverige']);
    expect(merged.changed[0]?.title).toBe(' KARTLÄGGNING av  öppna drogscener i Sverige');
  });

  it('raises the SEQUENCE for a change of speakers or description alone', () => {
    const merged = mergeProgramme(
      STORED,
      edited(
        ['Greta Berg, SKR', 'Greta Berg, SKR\n– Frågor från publiken'],
        ['Oliver Berger,', 'Olle Berger,'],
      ),
      [],
    );
    expect(ids(merged.changed)).toEqual(['1300-oppna-drogscener-i-sverige', '1445-sammanfattning']);
  });

  it('keeps what the text cannot say: a track, a session’s own capacity', () => {
    const tracked = STORED.map((slot) => ({ ...slot, track: 'Stora salen', capacity: 40 }));
    const merged = mergeProgramme(tracked, imported(TRYGGHETSDAG_PROGRAMME_CORRECTED), []);
    expect(merged.slots).toEqual(tracked);
    expect(merged.changed).toEqual([]);
  });

  it('gives a new slot SEQUENCE 0 and the importer’s id, unless a stored slot, kept or removed, has it', () => {
    const before = imported('10.20–10.25 Fika\n10.30–10.35 Paus');
    const merged = mergeProgramme(
      before,
      imported('10.20–10.25 Paus\n10.30–10.35 Paus!\n10.40–10.45 Fika'),
      [],
    );
    expect(merged.slots.map(({ id, title, sequence }) => [id, title, sequence])).toEqual([
      ['1030-paus', 'Paus', 1],
      ['1030-paus-2', 'Paus!', 0],
      ['1020-fika', 'Fika', 1],
    ]);
    expect(ids(merged.added)).toEqual(['1030-paus-2']);
    expect(merged.removed).toEqual([]);
  });

  it('removes what the import leaves out, and never gives its id to a new slot: calendars have cancelled it', () => {
    const moved = mergeProgramme(imported('10.00–10.30 Öppning'), imported('09.00–09.30 Öppning'), []).slots;
    const merged = mergeProgramme(moved, imported('10.00–10.30 Öppning!'), []);
    expect(merged.removed.map(({ id, startsAt }) => [id, startsAt])).toEqual([
      ['1000-oppning', instantAt(DAY, '09:00', ZONE)],
    ]);
    expect(merged.added.map(({ id, sequence }) => [id, sequence])).toEqual([['1000-oppning-2', 0]]);
  });
});
