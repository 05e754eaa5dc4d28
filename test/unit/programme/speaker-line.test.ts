import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { speakerLines, speakersFromLine, spellingOutAbbreviations } from '#shared/programme/speaker-line.ts';

describe('reading a speaker line', () => {
  it('reads name, title and organisation', () => {
    expect(speakersFromLine('Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten')).toEqual([
      { name: 'Mia-Maria Magnusson', title: 'Polisdoktorand', organisation: 'Polismyndigheten' },
    ]);
  });

  it('makes the parts between the name and the last part the title', () => {
    expect(
      speakersFromLine('Susan Friberg, Lokalpolisområdeschef, LPO Skärholmen, Polismyndigheten'),
    ).toEqual([
      {
        name: 'Susan Friberg',
        title: 'Lokalpolisområdeschef, LPO Skärholmen',
        organisation: 'Polismyndigheten',
      },
    ]);
  });

  it.each([
    ['Greta Berg, SKR', { organisation: 'SKR' }],
    [
      'Greta Berg, Sveriges Kommuner och Regioner (SKR)',
      { organisation: 'Sveriges Kommuner och Regioner (SKR)' },
    ],
    ['Kerstin Rörsch, Umeå kommun', { organisation: 'Umeå kommun' }],
    ['Katharina Tollin, Brottsförebyggande rådet', { organisation: 'Brottsförebyggande rådet' }],
    ['Oliver Berger, Urban Utveckling', { organisation: 'Urban Utveckling' }],
    ['Pia Persson, Polisen', { organisation: 'Polisen' }],
    ['Greta Berg, sakområdesexpert', { title: 'sakområdesexpert' }],
    ['Pia Persson, kommunpolis', { title: 'kommunpolis' }],
    ['Mia-Maria Magnusson, Polisdoktorand', { title: 'Polisdoktorand' }],
  ])('tells an organisation from a title in %j', (line, after) => {
    expect(speakersFromLine(line)).toEqual([{ name: line.split(',')[0], ...after }]);
  });

  it('lets joined names share what follows them, in each language', () => {
    const shared = { title: 'brotts- och drogförebyggare', organisation: 'Umeå kommun' };
    expect(
      speakersFromLine('Kerstin Rörsch och Seth Åberg, brotts- och drogförebyggare, Umeå kommun'),
    ).toEqual([
      { name: 'Kerstin Rörsch', ...shared },
      { name: 'Seth Åberg', ...shared },
    ]);
    expect(speakersFromLine('Jonas Lindstad og Maria Pedersen')).toEqual([
      { name: 'Jonas Lindstad' },
      { name: 'Maria Pedersen' },
    ]);
  });

  it('starts the next speaker at "och Name" in a title, who shares the organisation', () => {
    expect(
      speakersFromLine(
        'Sofie Ahlholm, folkhälsostrateg och Anna Glas, brottsförebyggande strateg, Norrtälje kommun',
      ),
    ).toEqual([
      { name: 'Sofie Ahlholm', title: 'folkhälsostrateg', organisation: 'Norrtälje kommun' },
      { name: 'Anna Glas', title: 'brottsförebyggande strateg', organisation: 'Norrtälje kommun' },
    ]);
  });

  it('keeps "och" inside a title that is not followed by a name', () => {
    expect(speakersFromLine('Kim Karlsson, samordnare och utredare, Umeå kommun')).toEqual([
      { name: 'Kim Karlsson', title: 'samordnare och utredare', organisation: 'Umeå kommun' },
    ]);
  });

  it('reads an empty part as what the two-part rule would misread', () => {
    expect(speakersFromLine('Anna Berg, , forskningsenheten')).toEqual([
      { name: 'Anna Berg', organisation: 'forskningsenheten' },
    ]);
    expect(speakersFromLine('Anna Berg, utredare på Länsstyrelsen,')).toEqual([
      { name: 'Anna Berg', title: 'utredare på Länsstyrelsen' },
    ]);
  });
});

describe('writing speaker lines', () => {
  it('joins speakers in a row who share title and organisation, in the programme’s language', () => {
    const shared = { title: 'brotts- och drogförebyggare', organisation: 'Umeå kommun' };
    const speakers = [
      { name: 'Kerstin Rörsch', ...shared },
      { name: 'Seth Åberg', ...shared },
      { name: 'Greta Berg', organisation: 'SKR' },
    ];
    expect(speakerLines(speakers, 'sv')).toEqual([
      'Kerstin Rörsch och Seth Åberg, brotts- och drogförebyggare, Umeå kommun',
      'Greta Berg, SKR',
    ]);
    expect(speakerLines(speakers.slice(0, 2), 'en')[0]).toMatch(/^Kerstin Rörsch and Seth Åberg, /);
  });

  it('leaves a part empty where the line would otherwise read back differently', () => {
    expect(speakerLines([{ name: 'Anna Berg', organisation: 'forskningsenheten' }], 'sv')).toEqual([
      'Anna Berg, , forskningsenheten',
    ]);
    expect(speakerLines([{ name: 'Anna Berg', title: 'utredare på Länsstyrelsen' }], 'sv')).toEqual([
      'Anna Berg, utredare på Länsstyrelsen,',
    ]);
    expect(speakerLines([{ name: 'Anna Berg', title: 'utredare, analytiker' }], 'sv')).toEqual([
      'Anna Berg, utredare, analytiker,',
    ]);
    expect(speakerLines([{ name: 'Anna Berg' }], 'sv')).toEqual(['Anna Berg']);
  });

  it('reads back as every speaker of the demo programmes', () => {
    for (const { event, slots } of demoEventPages('2026-11-22'))
      for (const { speakers } of slots)
        expect(speakerLines(speakers, event.language).flatMap(speakersFromLine)).toEqual(speakers);
  });
});

describe('spelling out abbreviations', () => {
  it('gives an abbreviation the name the programme spelled out once', () => {
    const speakers = [
      { name: 'Greta Berg', organisation: 'Sveriges Kommuner och Regioner (SKR)' },
      { name: 'Greta Berg', organisation: 'SKR' },
      { name: 'Ola Hansen', organisation: 'KS' },
      { name: 'Anna Glas' },
    ];
    expect(speakers.map(spellingOutAbbreviations(speakers))).toEqual([
      { name: 'Greta Berg', organisation: 'Sveriges Kommuner och Regioner (SKR)' },
      { name: 'Greta Berg', organisation: 'Sveriges Kommuner och Regioner (SKR)' },
      { name: 'Ola Hansen', organisation: 'KS' },
      { name: 'Anna Glas' },
    ]);
  });

  it('keeps the first spelling when the programme gives two', () => {
    const speakers = [
      { name: 'A', organisation: 'Brottsförebyggande rådet (Brå)' },
      { name: 'B', organisation: 'Brottsförebyggande rådet i Sverige (Brå)' },
      { name: 'C', organisation: 'Brå' },
    ];
    expect(spellingOutAbbreviations(speakers)({ name: 'C', organisation: 'Brå' })).toEqual({
      name: 'C',
      organisation: 'Brottsförebyggande rådet (Brå)',
    });
  });
});
