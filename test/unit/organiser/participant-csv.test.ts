import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { participantCsv, participantTable } from '#shared/organiser/participant-csv.ts';

function demoEvent(id: string): EventRecord {
  const page = demoEventPages('2026-11-22').find(({ event }) => event.id === id);
  if (!page) throw new Error(`No demo event ${id}`);
  return page.event;
}

const TRYGGHETSDAG = demoEvent('trygghetsdag-2027');

function registration(changes: Partial<Registration>): Registration {
  return {
    id: 'kerstin',
    eventId: TRYGGHETSDAG.id,
    status: 'confirmed',
    name: 'Kerstin Rörsch',
    email: 'kerstin@umea.se',
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'brotts- och drogförebyggare',
    language: 'sv',
    createdAt: '2026-11-30T07:05:00Z',
    ...changes,
  };
}

const KERSTIN = registration({ answers: { diskussionspass: 'krafttag' } });
const SETH = registration({
  id: 'seth',
  status: 'waiting',
  waitingPosition: 2,
  name: 'Seth Åberg',
  email: 'seth@polisen.se',
  organisation: 'Polismyndigheten',
  organisationKind: 'polis',
  role: 'kommunpolis',
  createdAt: '2027-01-10T22:30:00Z',
});

describe('the participant table', () => {
  it('has a header and one row per registration in the organiser’s language, times in the event’s zone', () => {
    expect(participantTable(TRYGGHETSDAG, [KERSTIN, SETH], 'sv')).toEqual({
      header: [
        'Namn',
        'E-post',
        'Organisation',
        'Typ',
        'Titel eller roll',
        'Status',
        'Plats i kön',
        'Anmäld',
        'Vilket pass vill du helst diskutera?',
      ],
      rows: [
        [
          'Kerstin Rörsch',
          'kerstin@umea.se',
          'Umeå kommun',
          'Kommun',
          'brotts- och drogförebyggare',
          'Bekräftad',
          '',
          '30 november 2026 08.05',
          'Krafttag mot narkotika',
        ],
        [
          'Seth Åberg',
          'seth@polisen.se',
          'Polismyndigheten',
          'Polis',
          'kommunpolis',
          'Väntelista',
          '2',
          '10 januari 2027 23.30',
          '',
        ],
      ],
    });
  });

  it('follows the organiser’s language, not the event’s', () => {
    const { header, rows } = participantTable(TRYGGHETSDAG, [SETH], 'nb');
    expect(header[6]).toBe('Plass i køen');
    expect(rows[0]?.[5]).toBe('Venteliste');
  });

  it('names the question in the organiser’s language where the organiser wrote it in theirs', () => {
    expect(participantTable(TRYGGHETSDAG, [KERSTIN], 'nb').header[8]).toBe(
      'Hvilken økt vil du helst diskutere?',
    );
  });

  it('keeps a reworded choice’s answers, and a removed question’s answers under its old name', () => {
    const [question] = TRYGGHETSDAG.questions ?? [];
    if (!question) throw new Error('Trygghetsdag asks its question');
    const changed: EventRecord = {
      ...TRYGGHETSDAG,
      questions: [
        {
          ...question,
          removed: true,
          choices: question.choices?.map((choice) =>
            choice.id === 'krafttag' ? { ...choice, label: 'Krafttag' } : choice,
          ),
        },
      ],
    };
    const { header, rows } = participantTable(changed, [KERSTIN, SETH], 'sv');
    expect(header[8]).toBe('Vilket pass vill du helst diskutera? (borttagen fråga)');
    expect(rows.map((row) => row[8])).toEqual(['Krafttag', '']);
    expect(participantTable(changed, [SETH], 'sv').header).toHaveLength(8);
  });

  it('writes each answer as people read it: several choices, yes or no, a number, a date', () => {
    const event: EventRecord = {
      ...TRYGGHETSDAG,
      questions: [
        {
          id: 'dagar',
          type: 'several-choices',
          label: 'Dagar',
          required: false,
          choices: [
            { id: 'tis', label: 'Tisdag' },
            { id: 'ons', label: 'Onsdag' },
          ],
        },
        { id: 'middag', type: 'yes-no', label: 'Middag', required: false },
        { id: 'antal', type: 'number', label: 'Antal', required: false },
        { id: 'ankomst', type: 'date', label: 'Ankomst', required: false },
      ],
    };
    const answered = registration({
      answers: { dagar: ['tis', 'ons'], middag: 'yes', antal: '3.5', ankomst: '2027-03-08' },
    });
    expect(participantTable(event, [answered], 'sv').rows[0]?.slice(8)).toEqual([
      'Tisdag, Onsdag',
      'Ja',
      '3.5',
      '2027-03-08',
    ]);
  });

  it('never holds the answers to a sensitive question, not even its column', () => {
    const event: EventRecord = {
      ...TRYGGHETSDAG,
      questions: [
        { id: 'hjalp', type: 'short-text', label: 'Behöver du ledsagare?', required: false, sensitive: true },
      ],
    };
    const { header, rows } = participantTable(
      event,
      [registration({ answers: { hjalp: 'Ja, rullstol' } })],
      'sv',
    );
    expect(header).not.toContain('Behöver du ledsagare?');
    expect(rows.flat()).not.toContain('Ja, rullstol');
  });

  it('never holds needs', () => {
    const withNeeds = { ...KERSTIN, diet: 'Glutenfri', accessibility: 'Hörslinga' } as Registration;
    expect(participantTable(TRYGGHETSDAG, [withNeeds], 'sv').rows.flat().join(' ')).not.toMatch(
      /Glutenfri|Hörslinga/,
    );
  });
});

describe('the participant list as CSV', () => {
  it('opens in Excel: a byte-order mark, semicolons between cells, CRLF after every row', () => {
    const csv = participantCsv(TRYGGHETSDAG, [KERSTIN], 'sv');
    expect(csv).toBe(
      '\uFEFFNamn;E-post;Organisation;Typ;Titel eller roll;Status;Plats i kön;Anmäld;Vilket pass vill du helst diskutera?\r\n' +
        'Kerstin Rörsch;kerstin@umea.se;Umeå kommun;Kommun;brotts- och drogförebyggare;Bekräftad;;30 november 2026 08.05;Krafttag mot narkotika\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const hostile = registration({
      name: '=HYPERLINK("https://evil.example","Klicka")',
      organisation: '+46 Umeå',
      role: '-samordnare',
      email: '@kerstin@umea.se',
    });
    const [, row] = participantCsv(TRYGGHETSDAG, [hostile], 'sv').split('\r\n');
    expect(row?.split(';').slice(0, 5)).toEqual([
      `"'=HYPERLINK(""https://evil.example"",""Klicka"")"`,
      "'@kerstin@umea.se",
      "'+46 Umeå",
      'Kommun',
      "'-samordnare",
    ]);
  });

  it('quotes cells with a separator, a quote or a line break, doubling the quotes', () => {
    const awkward = registration({
      name: 'Berg; Anna',
      organisation: 'Föreningen "Trygg"',
      role: 'rad ett\nrad två',
    });
    const csv = participantCsv(TRYGGHETSDAG, [awkward], 'sv');
    expect(csv).toContain('"Berg; Anna";kerstin@umea.se;"Föreningen ""Trygg""";Kommun;"rad ett\nrad två";');
  });
});
