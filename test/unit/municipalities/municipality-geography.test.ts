import { describe, expect, it } from 'vitest';
import { countySeat } from '#shared/municipalities/county-seats.ts';
import {
  MUNICIPALITY_GEOGRAPHY,
  municipalitiesBorder,
  municipalitySeat,
} from '#shared/municipalities/municipality-geography.ts';
import { SWEDISH_MUNICIPALITIES } from '#shared/municipalities/swedish-municipalities.ts';

/**
 * Which Swedish counties share a land border, from the counties' published descriptions (Gotland has no land
 * neighbour): the municipal borders are checked against it.
 */
const BORDERS: [string, string][] = [
  ['01', '03'],
  ['01', '04'],
  ['03', '19'],
  // Heby and Avesta meet at Färnebofjärden, where Uppsala, Västmanland, Dalarna and Gävleborg come together.
  ['03', '20'],
  ['03', '21'],
  ['04', '05'],
  ['04', '18'],
  ['04', '19'],
  ['05', '06'],
  ['05', '08'],
  ['05', '18'],
  ['06', '07'],
  ['06', '08'],
  ['06', '13'],
  ['06', '14'],
  ['07', '08'],
  ['07', '10'],
  ['07', '12'],
  ['07', '13'],
  ['08', '10'],
  ['10', '12'],
  ['12', '13'],
  ['13', '14'],
  ['14', '17'],
  ['14', '18'],
  ['17', '18'],
  ['17', '20'],
  ['18', '19'],
  ['18', '20'],
  ['19', '20'],
  ['20', '21'],
  ['20', '23'],
  ['21', '22'],
  ['21', '23'],
  ['22', '23'],
  ['22', '24'],
  ['23', '24'],
  ['24', '25'],
];

const countiesBorder = (a: string, b: string) =>
  BORDERS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** Great-circle distance in kilometres. */
function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.lat - a.lat) / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Gävleborg and the counties north of it, where municipalities are large and seats far apart. */
const inNorrland = (code: string) => code.slice(0, 2) >= '21';
const name = (code: string) =>
  SWEDISH_MUNICIPALITIES.find((municipality) => municipality.code === code)?.name;
const pairs = [...MUNICIPALITY_GEOGRAPHY].flatMap(([code, { borders }]) =>
  borders.map((other) => [code, other] as const),
);

describe('where the municipalities lie and whom they border', () => {
  it('is known for every municipality, and for no other code', () => {
    expect([...MUNICIPALITY_GEOGRAPHY.keys()].sort()).toEqual(
      SWEDISH_MUNICIPALITIES.map(({ code }) => code).sort(),
    );
    for (const [, other] of pairs) expect(MUNICIPALITY_GEOGRAPHY.has(other), other).toBe(true);
  });

  it('is symmetric: whoever a municipality borders borders it', () => {
    const oneSided = pairs
      .filter(([a, b]) => !municipalitiesBorder(b, a))
      .map(([a, b]) => `${name(a)}–${name(b)}`);
    expect(oneSided).toEqual([]);
  });

  it('never has a municipality border itself or name a neighbour twice', () => {
    for (const [code, { borders }] of MUNICIPALITY_GEOGRAPHY) {
      expect(borders, name(code)).not.toContain(code);
      expect(new Set(borders).size, name(code)).toBe(borders.length);
    }
  });

  it('gives every municipality but Gotland a neighbour', () => {
    const alone = [...MUNICIPALITY_GEOGRAPHY]
      .filter(([, { borders }]) => borders.length === 0)
      .map(([code]) => code);
    expect(alone).toEqual(['0980']);
  });

  // Seats of neighbours in Götaland and Svealand lie at most about 80 km apart; in Norrland up to about 150 km
  // (Kiruna–Pajala, Gällivare–Boden). A pair beyond these bounds is almost surely a wrong code.
  it('puts the seats of neighbours within 100 km of each other, or 200 km in Norrland', () => {
    const tooFar = pairs
      .filter(([a, b]) => {
        const limit = inNorrland(a) || inNorrland(b) ? 200 : 100;
        return kilometres(municipalitySeat(a), municipalitySeat(b)) > limit;
      })
      .map(([a, b]) => `${name(a)}–${name(b)}`);
    expect(tooFar).toEqual([]);
  });

  it('only lets municipalities of the same county or of bordering counties border each other', () => {
    const impossible = pairs
      .filter(([a, b]) => a.slice(0, 2) !== b.slice(0, 2) && !countiesBorder(a.slice(0, 2), b.slice(0, 2)))
      .map(([a, b]) => `${name(a)}–${name(b)}`);
    expect(impossible).toEqual([]);
  });

  it('places every seat inside Sweden’s bounding box', () => {
    for (const [code, { seat }] of MUNICIPALITY_GEOGRAPHY) {
      expect(seat.lat, name(code)).toBeGreaterThan(55.3);
      expect(seat.lat, name(code)).toBeLessThan(69.1);
      expect(seat.lon, name(code)).toBeGreaterThan(10.9);
      expect(seat.lon, name(code)).toBeLessThan(24.2);
    }
  });

  // The longest county seen from its seat: Västra Götaland reaches 180 km to Gullspång, Norrbotten 270 km to Kiruna.
  it('places every seat within 200 km of its county’s seat, or 300 km in Västerbotten and Norrbotten', () => {
    for (const [code, { seat }] of MUNICIPALITY_GEOGRAPHY) {
      const county = code.slice(0, 2);
      const limit = county === '24' || county === '25' ? 300 : 200;
      expect(kilometres(seat, countySeat(county)), name(code)).toBeLessThan(limit);
    }
  });

  it('puts each county’s -80 municipality, the county seat, where the county has its seat', () => {
    for (const county of new Set(SWEDISH_MUNICIPALITIES.map(({ county }) => county.code))) {
      expect(kilometres(municipalitySeat(`${county}80`), countySeat(county)), county).toBeLessThan(5);
    }
  });

  it.each([
    ['1490', '1491', 'Borås', 'Ulricehamn'],
    ['1407', '1480', 'Öckerö', 'Göteborg'],
    ['0840', '0880', 'Mörbylånga', 'Kalmar'],
    ['1480', '1384', 'Göteborg', 'Kungsbacka'],
    ['0180', '0184', 'Stockholm', 'Solna'],
    ['2584', '2523', 'Kiruna', 'Gällivare'],
  ])('knows that %s and %s border each other (%s, %s)', (a, b) => {
    expect(municipalitiesBorder(a, b)).toBe(true);
  });

  it.each([
    ['1480', '1496', 'Göteborg', 'Skövde'],
    ['1496', '0583', 'Skövde', 'Motala'], // across Vättern
    ['1494', '1785', 'Lidköping', 'Säffle'], // across Vänern
  ])('knows that %s and %s do not (%s, %s)', (a, b) => {
    expect(municipalitiesBorder(a, b)).toBe(false);
  });
});
