import { describe, expect, it } from 'vitest';
import type { Registration } from '#shared/domain/registration.ts';
import { attendanceCsv } from '#shared/organiser/attendance-csv.ts';
import { attendanceFigures, countyOf } from '#shared/organiser/attendance-figures.ts';

const conference = { kind: 'conference' as const, endsAt: '2027-02-04T14:00:00Z' };
const during = new Date('2027-02-04T12:00:00Z');
const after = new Date('2027-02-04T14:00:00Z');

let n = 0;
const registration = (
  organisation: string,
  organisationKind: Registration['organisationKind'],
  status: Registration['status'],
  checkedInAt?: string,
): Registration => ({
  id: `r${++n}`,
  eventId: 'e',
  name: `Person ${n}`,
  email: `p${n}@example.se`,
  organisation,
  organisationKind,
  role: 'samordnare',
  language: 'sv',
  createdAt: '2026-12-01T00:00:00Z',
  status,
  ...(checkedInAt ? { checkedInAt } : {}),
});

const REGISTRATIONS = [
  registration('Norrtälje kommun', 'kommun', 'confirmed', '2027-02-04T08:50:00Z'),
  registration('Stockholms stad', 'kommun', 'confirmed'),
  registration('Umeå kommun', 'kommun', 'cancelled'),
  registration('Polisregion Nord', 'polis', 'confirmed', '2027-02-04T08:55:00Z'),
  registration('Drammen kommune', 'kommun', 'waiting'),
];

describe('the county of a participant’s municipality', () => {
  it('is found however the municipality is written', () => {
    expect(countyOf('Norrtälje kommun')?.name).toBe('Stockholms län');
    expect(countyOf('  göteborgs   stad ')?.name).toBe('Västra Götalands län');
    expect(countyOf('Umeå')?.name).toBe('Västerbottens län');
    expect(countyOf('Drammen kommune')?.name).toBe('Buskerud');
    expect(countyOf('Drammen')?.name).toBe('Buskerud');
    expect(countyOf('Oslo kommune')?.name).toBe('Oslo');
    expect(countyOf('bergen kommune')?.name).toBe('Vestland');
    expect(countyOf('Guovdageaidnu')?.name).toBe('Finnmark');
    expect(countyOf('Polismyndigheten')).toBeUndefined();
  });

  it('keys a Swedish and a Norwegian county apart though their codes are the same', () => {
    expect(countyOf('Uppsala kommun')).toEqual({ key: 'SE-03', name: 'Uppsala län' });
    expect(countyOf('Oslo kommune')).toEqual({ key: 'NO-03', name: 'Oslo' });
  });

  it('names no county where a name is two municipalities’ in different counties', () => {
    expect(countyOf('Lund kommun')?.key).toBe('SE-12');
    expect(countyOf('Lund kommune')?.key).toBe('NO-11');
    expect(countyOf('Lund')).toBeUndefined();
    expect(countyOf('Herøy kommune')).toBeUndefined();
    expect(countyOf('Våler kommune')).toBeUndefined();
  });
});

describe('an event’s attendance', () => {
  it('counts a KS study trip’s participants from Drammen and Lier under Buskerud', () => {
    const trip = { kind: 'study-trip' as const, endsAt: '2027-05-12T14:00:00Z' };
    const figures = attendanceFigures(
      trip,
      [
        registration('Drammen kommune', 'kommun', 'confirmed'),
        registration('Lier kommune', 'kommun', 'confirmed'),
        registration('Oslo kommune', 'kommun', 'confirmed'),
        registration('KS', 'annan', 'confirmed'),
      ],
      during,
    );
    expect(
      figures.byCounty.map(({ county, counts }) => [county?.key, county?.name, counts.registered]),
    ).toEqual([
      ['NO-03', 'Oslo', 1],
      ['NO-33', 'Buskerud', 2],
      [undefined, undefined, 1],
    ]);
  });

  it('counts each state in all, by kind of organisation and by county, the others last', () => {
    const figures = attendanceFigures(conference, REGISTRATIONS, during);
    expect(figures.total).toEqual({ registered: 5, confirmed: 3, checkedIn: 2, cancelled: 1, waiting: 1 });
    expect(figures.byKind.map(({ kind, counts }) => [kind, counts.registered, counts.checkedIn])).toEqual([
      ['kommun', 4, 1],
      ['polis', 1, 1],
    ]);
    expect(figures.byCounty.map(({ county, counts }) => [county?.name, counts.registered])).toEqual([
      ['Stockholms län', 2],
      ['Västerbottens län', 1],
      ['Buskerud', 1],
      [undefined, 1],
    ]);
  });

  it('counts no-shows only for a conference that has ended: confirmed but never checked in', () => {
    expect(attendanceFigures(conference, REGISTRATIONS, after).total.noShows).toBe(1);
    expect(
      attendanceFigures({ ...conference, kind: 'study-trip' }, REGISTRATIONS, after).total.noShows,
    ).toBeUndefined();
  });

  it('exports as CSV with a row for the total, each kind and each county', () => {
    const lines = attendanceCsv(attendanceFigures(conference, REGISTRATIONS, after), 'sv')
      .replace('\uFEFF', '')
      .split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'Uppdelning;Grupp;Anmälda;Bekräftade;Incheckade;Uteblivna;Avbokade;Väntelista',
      'Totalt;;5;3;2;1;1;1',
      'Typ av organisation;Kommun;4;2;1;1;1;1',
    ]);
    expect(lines).toContain('Län eller fylke;Buskerud;1;0;0;0;0;1');
    expect(lines).toContain('Län eller fylke;Annan eller okänd kommun;1;1;1;0;0;0');
  });
});
