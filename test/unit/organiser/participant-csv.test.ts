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

const KERSTIN = registration({});
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
        ],
      ],
    });
  });

  it('follows the organiser’s language, not the event’s', () => {
    const { header, rows } = participantTable(TRYGGHETSDAG, [SETH], 'nb');
    expect(header[6]).toBe('Plass i køen');
    expect(rows[0]?.[5]).toBe('Venteliste');
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
      '\uFEFFNamn;E-post;Organisation;Typ;Titel eller roll;Status;Plats i kön;Anmäld\r\n' +
        'Kerstin Rörsch;kerstin@umea.se;Umeå kommun;Kommun;brotts- och drogförebyggare;Bekräftad;;30 november 2026 08.05\r\n',
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
