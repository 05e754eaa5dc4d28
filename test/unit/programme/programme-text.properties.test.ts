import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { programmeSlots, type SeedSlot } from '#shared/demo/seed-programme.ts';
import type { Language, Person, TimeZone } from '#shared/domain/event.ts';
import type { SlotKind } from '#shared/domain/programme-slot.ts';
import { programmeFromText } from '#shared/programme/programme-from-text.ts';
import { programmeProblems } from '#shared/programme/programme-rules.ts';
import { programmeToText } from '#shared/programme/programme-to-text.ts';
import { slotId } from '#shared/programme/slot-id.ts';
import { instantAt } from '#shared/time.ts';
import { TITLES_OF_EACH_KIND } from './titles-of-each-kind.ts';

const ZONES: TimeZone[] = ['Europe/Stockholm', 'Europe/Oslo'];
const LANGUAGES: Language[] = ['sv', 'nb', 'en'];
/** An ordinary day, and the night the clocks go back (02.00–03.00 comes twice; each wall-clock time still names one instant). */
const DAYS = ['2022-02-03', '2026-10-25'];
/** The night the clocks go forward, when 02.00–03.00 does not exist: a pasted time can name no instant of its own. */
const SPRING_FORWARD = '2026-03-29';

const contextArbitrary = (days: string[]) =>
  fc.record({
    eventId: fc.constant('event'),
    day: fc.constantFrom(...days),
    timeZone: fc.constantFrom(...ZONES),
    language: fc.constantFrom(...LANGUAGES),
  });

const FIRST_WORDS = [
  'Öppna',
  'Trygghet',
  'Brås',
  'København',
  'Ærlig',
  'Euphoria',
  'Krafttag',
  'Hvem',
  'Vi',
  'Øst',
];
const WORDS = [
  'drogscener',
  'i',
  'Sverige',
  'møte',
  'med',
  'bandene',
  'vad',
  'hände',
  'sen?',
  '–',
  'av',
  '2022',
  'kommun',
];

const words = fc
  .tuple(fc.constantFrom(...FIRST_WORDS), fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }))
  .map(([first, rest]) => [first, ...rest].join(' '));

const titledKind = fc.oneof(
  fc.constantFrom(...TITLES_OF_EACH_KIND),
  words.map((title): [string, SlotKind] => [title, 'talk']),
);

/** Titles and organisations chosen to cross every branch of the speaker line heuristic. */
const speaker: fc.Arbitrary<Person> = fc.record(
  {
    name: fc.constantFrom(
      'Greta Berg',
      'Mia-Maria Magnusson',
      'Seth Åberg',
      'Ulrika von Sydow',
      'Tore Bjørgo',
    ),
    title: fc.constantFrom(
      'utredare',
      'Polisdoktorand',
      'Lokalpolisområdeschef, LPO Skärholmen',
      'brotts- och drogförebyggare',
      'samordnare på Länsstyrelsen',
    ),
    organisation: fc.constantFrom(
      'Polismyndigheten',
      'Umeå kommun',
      'Urban Utveckling',
      'Sveriges Kommuner och Regioner (SKR)',
      'KS',
      'Justitsministeriets forskningsenhed',
      'forskningsenheten',
    ),
  },
  { requiredKeys: ['name'] },
);

const MINUTES_PER_DAY = 24 * 60;
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** One day's slots: sorted, apart or touching, the last perhaps without an end. */
const daySlots = (day: number) =>
  fc.integer({ min: 1, max: 5 }).chain((count) =>
    fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 0, max: MINUTES_PER_DAY - 1 }), {
          minLength: 2 * count,
          maxLength: 2 * count,
        }),
        fc.array(fc.boolean(), { minLength: count, maxLength: count }),
        fc.boolean(),
        fc.array(
          fc.tuple(titledKind, fc.array(speaker, { maxLength: 3 }), fc.array(words, { maxLength: 2 })),
          { minLength: count, maxLength: count },
        ),
      )
      .map(([times, touchesNext, lastOpen, contents]) => {
        const bounds = [...times].sort((a, b) => a - b);
        return contents.map(([[title, kind], speakers, description], index) => {
          const starts = bounds[2 * index] ?? 0;
          const next = bounds[2 * index + 2];
          const ends = touchesNext[index] && next !== undefined ? next : (bounds[2 * index + 1] ?? 0);
          const open = lastOpen && index === count - 1;
          return {
            day,
            starts: clock(starts),
            ...(!open && { ends: clock(ends) }),
            kind,
            title,
            speakers,
            ...(description.length > 0 && { description: description.join('\n') }),
          };
        });
      }),
  );

const programme = fc
  .tuple(
    contextArbitrary(DAYS),
    fc
      .uniqueArray(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 })
      .chain((days) => fc.tuple(...[...days].sort().map(daySlots))),
  )
  .map(([context, days]) => {
    const seeds = days.flat();
    const multiDay = seeds.some(({ day }) => day !== 1);
    const withIds: SeedSlot[] = seeds.map((seed) => ({
      ...seed,
      id: slotId(seed.starts, seed.title, multiDay ? seed.day : undefined),
    }));
    return { context, slots: programmeSlots(context.eventId, context.day, context.timeZone, withIds) };
  });

/** Lines that reach every branch of the importer, mixed with anything at all. */
const LINE_PIECES = [
  '13.30–3.35 Paus',
  '13.35–4.15 Trygghetsarbete',
  '25.00–26.00 Natt',
  '10.6o–11 Fel',
  '10.00–10.00 Noll',
  '9.00 Start',
  '23.59',
  'Dag 2',
  'Program dag 1.',
  '•',
  '– beskrivning',
  'Greta Berg, SKR',
  'A och B, c, d',
  'Sofie Ahlholm, folkhälsostrateg och Anna Glas, strateg, Norrtälje kommun',
  '',
];
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.oneof(fc.constantFrom(...LINE_PIECES), fc.string({ unit: 'binary', maxLength: 12 })), {
      maxLength: 30,
    })
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end))),
);

/** Pasted programmes that are often readable: time lines in order, some apart, some touching, some clashing. */
const pastedProgramme = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: MINUTES_PER_DAY - 1 }),
      fc.option(fc.integer({ min: 0, max: 180 }), { nil: undefined }),
      fc.constantFrom('.', ':'),
      fc.option(fc.constantFrom('Dag 2', 'Greta Berg, SKR', '– beskrivning', ''), { nil: undefined }),
    ),
    { maxLength: 12 },
  )
  .map((slots) =>
    [...slots]
      .sort(([a], [b]) => a - b)
      .flatMap(([starts, length, separator, after]) => {
        const at = (total: number) =>
          `${Math.floor(total / 60) % 24}${separator}${String(total % 60).padStart(2, '0')}`;
        const line =
          length === undefined ? `${at(starts)} Pass` : `${at(starts)}–${at(starts + length)} Pass`;
        return after === undefined ? [line] : [line, after];
      })
      .join('\n'),
  );

describe('the programme as text', () => {
  it('reads back every programme it writes', () => {
    fc.assert(
      fc.property(programme, ({ context, slots }) => {
        expect(programmeFromText(programmeToText(slots, context), context)).toEqual({ ok: true, slots });
      }),
    );
  });

  it('never throws, and places every error on a line of the text', () => {
    fc.assert(
      fc.property(anyText, contextArbitrary([...DAYS, SPRING_FORWARD]), (text, context) => {
        const lineCount = text.split(/\r\n|\r|\n/).length;
        const result = programmeFromText(text, context);
        for (const { line } of result.ok ? [] : result.errors) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lineCount);
        }
      }),
    );
  });

  it('returns only slots that start before they end and do not overlap', () => {
    fc.assert(
      fc.property(pastedProgramme, contextArbitrary([...DAYS, SPRING_FORWARD]), (text, context) => {
        const result = programmeFromText(text, context);
        if (!result.ok) return;
        const wholeDays = {
          startsAt: instantAt(context.day, '00:00', context.timeZone),
          endsAt: instantAt('2100-01-01', '00:00', context.timeZone),
          timeZone: context.timeZone,
          language: context.language,
        };
        const problems = programmeProblems(wholeDays, result.slots).filter(
          ({ code }) => code !== 'outside-event',
        );
        expect(problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
