import { describe, expect, it } from 'vitest';
import {
  municipalityByCode,
  SWEDISH_COUNTIES,
  SWEDISH_MUNICIPALITIES,
} from '#shared/municipalities/swedish-municipalities.ts';

/** Municipalities per county as SCB counts them (since Knivsta and Uppsala split in 2003: 290 in all). */
const PER_COUNTY: Record<string, number> = {
  'Stockholms län': 26,
  'Uppsala län': 8,
  'Södermanlands län': 9,
  'Östergötlands län': 13,
  'Jönköpings län': 13,
  'Kronobergs län': 8,
  'Kalmar län': 12,
  'Gotlands län': 1,
  'Blekinge län': 5,
  'Skåne län': 33,
  'Hallands län': 6,
  'Västra Götalands län': 49,
  'Värmlands län': 16,
  'Örebro län': 12,
  'Västmanlands län': 10,
  'Dalarnas län': 15,
  'Gävleborgs län': 10,
  'Västernorrlands län': 7,
  'Jämtlands län': 8,
  'Västerbottens län': 15,
  'Norrbottens län': 14,
};

describe('the Swedish municipalities', () => {
  it('are 290 in 21 counties', () => {
    expect(SWEDISH_MUNICIPALITIES).toHaveLength(290);
    expect(SWEDISH_COUNTIES).toHaveLength(21);
  });

  it.each(Object.entries(PER_COUNTY))('%s has %i', (county, count) => {
    expect(SWEDISH_MUNICIPALITIES.filter((municipality) => municipality.county.name === county)).toHaveLength(
      count,
    );
  });

  it('have unique 4-digit codes that begin with their county’s code, and unique names', () => {
    expect(new Set(SWEDISH_MUNICIPALITIES.map(({ code }) => code)).size).toBe(290);
    expect(new Set(SWEDISH_MUNICIPALITIES.map(({ name }) => name)).size).toBe(290);
    for (const { code, county } of SWEDISH_MUNICIPALITIES) {
      expect(code).toMatch(/^\d{4}$/);
      expect(code.slice(0, 2)).toBe(county.code);
    }
  });

  it.each([
    ['0180', 'Stockholm'],
    ['1480', 'Göteborg'],
    ['1280', 'Malmö'],
    ['0380', 'Uppsala'],
    ['2480', 'Umeå'],
    ['0188', 'Norrtälje'],
    ['1490', 'Borås'],
    ['1486', 'Strömstad'],
    ['1485', 'Uddevalla'],
    ['1384', 'Kungsbacka'],
    ['0980', 'Gotland'],
    ['2584', 'Kiruna'],
  ])('%s is %s', (code, name) => {
    expect(municipalityByCode(code)?.name).toBe(name);
  });
});
