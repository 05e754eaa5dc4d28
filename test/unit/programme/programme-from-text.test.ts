import { describe, expect, it } from 'vitest';
import { type DemoEventPage, demoEventPages } from '#shared/demo/demo-events.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import {
  type ProgrammeFromText,
  type ProgrammeTextContext,
  programmeFromText,
} from '#shared/programme/programme-from-text.ts';
import { instantAt } from '#shared/time.ts';
import {
  KS_STUDY_TRIP_PROGRAMME,
  TRYGGHETSDAG_PROGRAMME,
  TRYGGHETSDAG_PROGRAMME_CORRECTED,
} from './seed-programmes.ts';
import { TITLES_OF_EACH_KIND } from './titles-of-each-kind.ts';

const pages = demoEventPages('2026-11-22');

function page(id: string): DemoEventPage {
  const found = pages.find((candidate) => candidate.event.id === id);
  if (!found) throw new Error(`No demo page ${id}`);
  return found;
}

const TRYGGHETSDAG: ProgrammeTextContext = {
  eventId: 'trygghetsdag-2022',
  day: '2022-02-03',
  timeZone: 'Europe/Stockholm',
  language: 'sv',
};
const KS_STUDY_TRIP: ProgrammeTextContext = {
  eventId: 'ks-studietur-mc-kriminalitet-2011',
  day: '2011-03-23',
  timeZone: 'Europe/Oslo',
  language: 'nb',
};

function slotsOf(result: ProgrammeFromText): ProgrammeSlot[] {
  if (!result.ok) throw new Error(`Not imported: ${result.errors.map(({ message }) => message).join(' ')}`);
  return result.slots;
}

function errorsOf(result: ProgrammeFromText) {
  if (result.ok) throw new Error('Imported, where errors were expected');
  return result.errors;
}

const withoutId = ({ id, ...slot }: ProgrammeSlot) => slot;
const at = (clock: string, day = TRYGGHETSDAG.day) => instantAt(day, clock, TRYGGHETSDAG.timeZone);
const importSv = (text: string) => programmeFromText(text, TRYGGHETSDAG);

describe('the Trygghetsdag seed programme', () => {
  it('is refused for exactly its two typos, each with the time it meant', () => {
    expect(errorsOf(importSv(TRYGGHETSDAG_PROGRAMME))).toEqual([
      {
        line: 33,
        message: 'Rad 33: sluttiden 3.35 ligger före starttiden 13.30. Menade du 13.35?',
        suggestion: '13.35',
      },
      {
        line: 35,
        message: 'Rad 35: sluttiden 4.15 ligger före starttiden 13.35. Menade du 14.15?',
        suggestion: '14.15',
      },
    ]);
  });

  it('with the typos put right, gives the demo slots: titles, times, kinds and speakers', () => {
    const slots = slotsOf(importSv(TRYGGHETSDAG_PROGRAMME_CORRECTED));
    expect(slots.map(withoutId)).toEqual(page('trygghetsdag-2022').slots.map(withoutId));
    expect(slots).toHaveLength(13);
  });

  it('gives readable ids from start time and title, in the demo data scheme', () => {
    expect(slotsOf(importSv(TRYGGHETSDAG_PROGRAMME_CORRECTED)).map(({ id }) => id)).toEqual([
      '1000-inledning',
      '1005-oppna-drogscener',
      '1030-paus',
      '1035-kunskapsbaserat-forebyggande',
      '1100-paus',
      '1110-bras-kartlaggning',
      '1140-krafttag-mot-narkotika',
      '1200-lunch',
      '1300-kartlaggning-av-oppna-drogscener',
      '1330-paus',
      '1335-trygghetsarbete-i-norrtalje',
      '1415-euphoria-vad-hande-sen',
      '1445-sammanfattning',
    ]);
  });
});

describe('the KS study trip programme in Norwegian', () => {
  const slots = slotsOf(programmeFromText(KS_STUDY_TRIP_PROGRAMME, KS_STUDY_TRIP));
  const asWritten = ({ title, startsAt, endsAt, description, speakers }: ProgrammeSlot) => ({
    title,
    startsAt,
    endsAt,
    description,
    speakers,
  });

  it('lands on two days, each slot ending where the next starts, as the demo data has it', () => {
    expect(slots.map(asWritten)).toEqual(page('ks-studietur-mc-kriminalitet-2011').slots.map(asWritten));
  });

  it('keeps the end of day 1 and the dinner as moments, with no end of their own', () => {
    const day1 = (clock: string) => instantAt('2011-03-23', clock, 'Europe/Oslo');
    expect(
      slots.filter(({ endsAt }) => endsAt === undefined).map(({ title, startsAt }) => [title, startsAt]),
    ).toEqual([
      ['Slutt dag 1', day1('18:15')],
      ['Middag', day1('19:30')],
      ['Lunsj. Hjemreise', instantAt('2011-03-24', '13:00', 'Europe/Oslo')],
    ]);
  });

  it('reads each kind from its title as the demo data has it, but for the closing talk the demo calls plenary', () => {
    const kindByTitle = (each: ProgrammeSlot[]) =>
      Object.fromEntries(each.map(({ title, kind }) => [title, kind]));
    expect(kindByTitle(slots)).toEqual({
      ...kindByTitle(page('ks-studietur-mc-kriminalitet-2011').slots),
      'Veien videre ift. kommunenes arbeid med MC-kriminalitet': 'talk',
    });
  });

  it('prefixes the ids with the day, as the demo data does over several days', () => {
    expect(slots.map(({ id }) => id).filter((id) => id.includes('-08') || id.includes('1130'))).toEqual([
      'dag1-1130-velkommen',
      'dag2-0830-de-danske-kommunenes-mote',
    ]);
  });
});

describe('time lines', () => {
  it.each([
    ['10.00–10.05 Inledning', '10:00', '10:05', 'Inledning'],
    ['10:00-10:05 Inledning', '10:00', '10:05', 'Inledning'],
    ['10.00 — 10.05: Inledning', '10:00', '10:05', 'Inledning'],
    ['9.00–9.30Inledning', '09:00', '09:30', 'Inledning'],
    ['  10.00 -10.05   Öppna   drogscener  ', '10:00', '10:05', 'Öppna drogscener'],
  ])('reads %j', (line, starts, ends, title) => {
    expect(slotsOf(importSv(line))).toMatchObject([{ startsAt: at(starts), endsAt: at(ends), title }]);
  });

  it('ends a slot given only its start where the next one starts that day, and leaves the last open', () => {
    const slots = slotsOf(importSv('11.30: Velkommen\n11.45 Om läget\n12.45. Lunch.'));
    expect(slots.map(({ title, startsAt, endsAt }) => [title, startsAt, endsAt])).toEqual([
      ['Velkommen', at('11:30'), at('11:45')],
      ['Om läget', at('11:45'), at('12:45')],
      ['Lunch', at('12:45'), undefined],
    ]);
  });

  it.each([['Dag 2'], ['Dag 2.'], ['Day 2'], ['Program dag 2'], ['Forslag: Program dag 2.']])(
    'moves the lines after the header %j to that day',
    (header) => {
      const slots = slotsOf(importSv(`Dag 1\n10.00–11.00 Första\n${header}\n09.00–10.00 Andra`));
      expect(slots.map(({ startsAt }) => startsAt)).toEqual([at('10:00'), at('09:00', '2022-02-04')]);
    },
  );

  it('lets touching slots follow each other', () => {
    expect(slotsOf(importSv('10.00–10.30 A\n10.30–11.00 B'))).toHaveLength(2);
  });
});

describe('speaker and description lines', () => {
  const speakersOf = (line: string) => slotsOf(importSv(`10.00–10.30 Pass\n${line}`))[0]?.speakers;

  it.each([
    [
      'Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten',
      [{ name: 'Mia-Maria Magnusson', title: 'Polisdoktorand', organisation: 'Polismyndigheten' }],
    ],
    ['Greta Berg, SKR', [{ name: 'Greta Berg', organisation: 'SKR' }]],
    ['Greta Berg, sakområdesexpert', [{ name: 'Greta Berg', title: 'sakområdesexpert' }]],
    ['Oliver Berger, Urban Utveckling', [{ name: 'Oliver Berger', organisation: 'Urban Utveckling' }]],
    ['Anna Svensson, kommunpolis', [{ name: 'Anna Svensson', title: 'kommunpolis' }]],
    ['Anna Svensson, Polisregion Väst', [{ name: 'Anna Svensson', organisation: 'Polisregion Väst' }]],
    ['Tore Bjørgo', [{ name: 'Tore Bjørgo' }]],
    [
      'Kari Nordmann og Ola Nordmann, SLT-koordinator, Bergen kommune',
      [
        { name: 'Kari Nordmann', title: 'SLT-koordinator', organisation: 'Bergen kommune' },
        { name: 'Ola Nordmann', title: 'SLT-koordinator', organisation: 'Bergen kommune' },
      ],
    ],
    [
      'Jane Doe and John Doe, Oslo Police District',
      [
        { name: 'Jane Doe', organisation: 'Oslo Police District' },
        { name: 'John Doe', organisation: 'Oslo Police District' },
      ],
    ],
    [
      'Sofie Ahlholm, folkhälsostrateg och Anna Glas, brottsförebyggande strateg, Norrtälje kommun',
      [
        { name: 'Sofie Ahlholm', title: 'folkhälsostrateg', organisation: 'Norrtälje kommun' },
        { name: 'Anna Glas', title: 'brottsförebyggande strateg', organisation: 'Norrtälje kommun' },
      ],
    ],
    [
      'Susan Friberg, Lokalpolisområdeschef, LPO Skärholmen, Polismyndigheten',
      [
        {
          name: 'Susan Friberg',
          title: 'Lokalpolisområdeschef, LPO Skärholmen',
          organisation: 'Polismyndigheten',
        },
      ],
    ],
  ])('reads %j', (line, speakers) => {
    expect(speakersOf(line)).toEqual(speakers);
  });

  it('writes out an abbreviation wherever the programme spells it out once', () => {
    const slots = slotsOf(
      importSv(
        '10.00–10.30 A\nGreta Berg, SKR\n10.30–11.00 B\nGreta Berg, Sveriges Kommuner och Regioner (SKR)',
      ),
    );
    expect(slots.map(({ speakers }) => speakers[0]?.organisation)).toEqual([
      'Sveriges Kommuner och Regioner (SKR)',
      'Sveriges Kommuner och Regioner (SKR)',
    ]);
  });

  it('takes dashed and bulleted lines as the description, and ignores blank and bare bullet lines', () => {
    const [slot] = slotsOf(importSv('10.00–10.30 Pass\n\n– Första raden\n•\n• Andra raden\nGreta Berg, SKR'));
    expect(slot).toMatchObject({
      description: 'Första raden\nAndra raden',
      speakers: [{ name: 'Greta Berg' }],
    });
  });
});

describe('kinds and ids', () => {
  it.each([...TITLES_OF_EACH_KIND, ['Pausen i arbetet', 'talk'], ['Inledning', 'talk']])(
    '%s is a %s',
    (title, kind) => {
      expect(slotsOf(importSv(`10.00–10.30 ${title}`))[0]?.kind).toBe(kind);
    },
  );

  it('folds å, ä, ö, ø and æ to ASCII in ids', () => {
    expect(slotsOf(importSv('09.15–10.00 Åtgärder för ærlig økonomi'))[0]?.id).toBe(
      '0915-atgarder-for-aerlig-okonomi',
    );
  });
});

describe('line errors', () => {
  const errors = (text: string, language: ProgrammeTextContext['language'] = 'sv') =>
    errorsOf(programmeFromText(text, { ...TRYGGHETSDAG, language }));

  it('names a time it cannot read', () => {
    expect(errors('10.00–10.30 A\n10.6o–11.00 B')).toEqual([
      {
        line: 2,
        message: 'Rad 2: tiden i ”10.6o–11.00 B” går inte att läsa. Skriv den som 10.05–10.30 eller 10.05.',
      },
    ]);
    expect(errors('10–11 A')).toHaveLength(1);
    expect(errors('10.00–11 A')).toHaveLength(1);
  });

  it('refuses times outside 00.00–23.59', () => {
    expect(errors('23.30–24.00 A\n10.75 B')).toEqual([
      { line: 1, message: 'Rad 1: 24.00 är ingen klocktid – timmen ska vara 00–23 och minuten 00–59.' },
      { line: 2, message: 'Rad 2: 10.75 är ingen klocktid – timmen ska vara 00–23 och minuten 00–59.' },
    ]);
  });

  it('refuses an end before the start, suggesting nothing where no guess fits before the next slot', () => {
    expect(errors('14.00–9.00 A\n14.30–15.00 B')).toEqual([
      { line: 1, message: 'Rad 1: sluttiden 9.00 ligger före starttiden 14.00.' },
    ]);
  });

  it('suggests a twelve-hour slip when the tens digit is not the mistake', () => {
    expect(errors('9.30–1.00 A\n13.00–14.00 B')).toEqual([
      {
        line: 1,
        message: 'Rad 1: sluttiden 1.00 ligger före starttiden 9.30. Menade du 13.00?',
        suggestion: '13.00',
      },
    ]);
  });

  it('refuses a slot that ends as it starts', () => {
    expect(errors('10.00–10.00 A')).toEqual([
      { line: 1, message: 'Rad 1: passet slutar 10.00, samma tid som det börjar.' },
    ]);
  });

  it('refuses an overlap with the slot before, or with any earlier slot still going on', () => {
    expect(errors('10.00–10.30 A\n10.15–10.45 B')).toEqual([
      { line: 2, message: 'Rad 2: passet 10.15–10.45 överlappar passet på rad 1 (10.00–10.30).' },
    ]);
    expect(errors('10.00–12.00 A\n10.30–10.45 B\n11.00 C')[1]).toEqual({
      line: 3,
      message: 'Rad 3: passet 11.00 överlappar passet på rad 1 (10.00–12.00).',
    });
  });

  it('refuses a slot listed before an earlier one', () => {
    expect(errors('10.00–10.30 A\n09.00–09.30 B')).toEqual([
      {
        line: 2,
        message:
          'Rad 2: passet börjar 09.00, före passet på rad 1 som börjar 10.00. Skriv passen i tidsordning.',
      },
    ]);
  });

  it('refuses a speaker line with no time line before it, also after a day header', () => {
    expect(errors('Greta Berg, SKR\n10.00–10.30 A\nDag 2\nOla Nordmann')).toEqual([
      {
        line: 1,
        message:
          'Rad 1: ”Greta Berg, SKR” hör inte till något pass. Skriv passets tid och rubrik på raden före, till exempel 10.05–10.30 Rubrik.',
      },
      {
        line: 4,
        message:
          'Rad 4: ”Ola Nordmann” hör inte till något pass. Skriv passets tid och rubrik på raden före, till exempel 10.05–10.30 Rubrik.',
      },
    ]);
  });

  it('refuses a time line with no title, and raises no second error for the lines under a broken one', () => {
    expect(errors('10.00–10.30\nGreta Berg, SKR\n25.00 Kväll\nOla Nordmann')).toEqual([
      { line: 1, message: 'Rad 1: passet saknar rubrik efter tiden.' },
      { line: 3, message: 'Rad 3: 25.00 är ingen klocktid – timmen ska vara 00–23 och minuten 00–59.' },
    ]);
  });

  it('speaks Norwegian and English to organisers of events in those languages', () => {
    expect(errors('13.30–13.35 Pause\n13.35–4.15 Trygghet\n14.15 Slutt', 'nb')).toEqual([
      {
        line: 2,
        message: 'Linje 2: sluttiden 4.15 ligger før starttiden 13.35. Mente du 14.15?',
        suggestion: '14.15',
      },
    ]);
    expect(errors('13:30–13:35 Break\n13:35–4:15 Safety\n14:15 End of day', 'en')).toEqual([
      {
        line: 2,
        message: 'Line 2: the end time 4:15 is before the start time 13:35. Did you mean 14:15?',
        suggestion: '14:15',
      },
    ]);
  });
});
