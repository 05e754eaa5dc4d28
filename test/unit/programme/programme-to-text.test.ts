import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { programmeFromText } from '#shared/programme/programme-from-text.ts';
import { programmeToText } from '#shared/programme/programme-to-text.ts';
import { localDay } from '#shared/time.ts';

const pages = demoEventPages('2026-11-22').filter(({ slots }) => slots.length > 0);
/** The text carries neither: ids come from time and title, kinds from the title (the demo calls one KS talk plenary). */
const asWritten = ({ id, kind, ...slot }: ProgrammeSlot) => slot;

describe('programmeToText', () => {
  const trygghetsdag = pages.find(({ event }) => event.id === 'trygghetsdag-2022');

  it('writes the organisers’ form: time line, speakers, a blank line between slots', () => {
    const text = programmeToText(trygghetsdag?.slots ?? [], {
      day: '2022-02-03',
      timeZone: 'Europe/Stockholm',
      language: 'sv',
    });
    expect(text.split('\n\n').slice(0, 3)).toEqual([
      '10.00–10.05 Inledning\nGreta Berg, Sveriges Kommuner och Regioner (SKR)',
      '10.05–10.30 Öppna drogscener\nMia-Maria Magnusson, Polisdoktorand, Polismyndigheten',
      '10.30–10.35 Paus',
    ]);
    expect(text).toContain(
      '11.40–12.00 Krafttag mot narkotika\nKerstin Rörsch och Seth Åberg, brotts- och drogförebyggare, Umeå kommun',
    );
  });

  it.each(pages.map(({ event, slots }) => [event.id, event, slots] as const))(
    'writes the %s programme so that it reads back the same',
    (_id, event, slots) => {
      const context = {
        eventId: event.id,
        day: localDay(event.startsAt, event.timeZone),
        timeZone: event.timeZone,
        language: event.language,
      };
      const readBack = programmeFromText(programmeToText(slots, context), context);
      expect(readBack.ok && readBack.slots.map(asWritten)).toEqual(slots.map(asWritten));
    },
  );
});
