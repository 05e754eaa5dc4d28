import { describe, expect, it } from 'vitest';
import {
  NORWEGIAN_COUNTIES,
  NORWEGIAN_MUNICIPALITIES,
} from '#shared/municipalities/norwegian-municipalities.ts';

/** Municipalities per county as SSB counts them on 1 January 2024 (Haram out of Ålesund again: 357 in all). */
const PER_COUNTY: Record<string, [code: string, count: number]> = {
  Oslo: ['03', 1],
  Rogaland: ['11', 23],
  'Møre og Romsdal': ['15', 27],
  Nordland: ['18', 41],
  Østfold: ['31', 12],
  Akershus: ['32', 21],
  Buskerud: ['33', 18],
  Innlandet: ['34', 46],
  Vestfold: ['39', 6],
  Telemark: ['40', 17],
  Agder: ['42', 25],
  Vestland: ['46', 43],
  Trøndelag: ['50', 38],
  Troms: ['55', 21],
  Finnmark: ['56', 18],
};

const byCode = (wanted: string) => NORWEGIAN_MUNICIPALITIES.find(({ code }) => code === wanted);

describe('the Norwegian municipalities', () => {
  it('are 357 in 15 counties', () => {
    expect(NORWEGIAN_MUNICIPALITIES).toHaveLength(357);
    expect(NORWEGIAN_COUNTIES.map(({ code, name }) => [name, code])).toEqual(
      Object.entries(PER_COUNTY).map(([name, [code]]) => [name, code]),
    );
  });

  it.each(Object.entries(PER_COUNTY))('%s has %j', (county, [, count]) => {
    expect(
      NORWEGIAN_MUNICIPALITIES.filter((municipality) => municipality.county.name === county),
    ).toHaveLength(count);
  });

  it('have unique 4-digit codes that begin with their county’s code, and unique names', () => {
    expect(new Set(NORWEGIAN_MUNICIPALITIES.map(({ code }) => code)).size).toBe(357);
    expect(new Set(NORWEGIAN_MUNICIPALITIES.map(({ name }) => name)).size).toBe(357);
    for (const { code, county } of NORWEGIAN_MUNICIPALITIES) {
      expect(code).toMatch(/^\d{4}$/);
      expect(code.slice(0, 2)).toBe(county.code);
    }
  });

  it.each([
    ['0301', 'Oslo', 'Oslo'],
    ['1103', 'Stavanger', 'Rogaland'],
    ['1508', 'Ålesund', 'Møre og Romsdal'],
    ['1580', 'Haram', 'Møre og Romsdal'],
    ['1804', 'Bodø', 'Nordland'],
    ['3107', 'Fredrikstad', 'Østfold'],
    ['3201', 'Bærum', 'Akershus'],
    ['3301', 'Drammen', 'Buskerud'],
    ['3312', 'Lier', 'Buskerud'],
    ['3314', 'Øvre Eiker', 'Buskerud'],
    ['3403', 'Hamar', 'Innlandet'],
    ['3905', 'Tønsberg', 'Vestfold'],
    ['4003', 'Skien', 'Telemark'],
    ['4204', 'Kristiansand', 'Agder'],
    ['4601', 'Bergen', 'Vestland'],
    ['5001', 'Trondheim', 'Trøndelag'],
    ['5501', 'Tromsø', 'Troms'],
    ['5612', 'Kautokeino', 'Finnmark'],
  ])('%s is %s in %s', (code, name, county) => {
    expect(byCode(code)).toMatchObject({ name, county: { name: county } });
  });

  it('keep the official Sami and Kven names beside the bokmål one', () => {
    expect(byCode('5612')?.otherNames).toEqual(['Guovdageaidnu']);
    expect(byCode('5540')?.otherNames).toEqual(['Gáivuotna', 'Kaivuono']);
    expect(byCode('3301')?.otherNames).toEqual([]);
  });
});
