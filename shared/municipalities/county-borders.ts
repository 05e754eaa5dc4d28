/**
 * Which Swedish counties share a land border (the municipal borders in municipality-geography.ts are checked against
 * it), and where each county's seat lies (where the picture of the region names the county). From the counties'
 * published descriptions; Gotland has no land neighbour.
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

/** Latitude and longitude of each county's seat, by länskod. */
const COUNTY_SEATS: Readonly<Record<string, { lat: number; lon: number }>> = {
  '01': { lat: 59.33, lon: 18.07 },
  '03': { lat: 59.86, lon: 17.64 },
  '04': { lat: 58.75, lon: 17.01 },
  '05': { lat: 58.41, lon: 15.62 },
  '06': { lat: 57.78, lon: 14.16 },
  '07': { lat: 56.88, lon: 14.81 },
  '08': { lat: 56.66, lon: 16.36 },
  '09': { lat: 57.64, lon: 18.29 },
  '10': { lat: 56.16, lon: 15.59 },
  '12': { lat: 55.6, lon: 13.0 },
  '13': { lat: 56.67, lon: 12.86 },
  '14': { lat: 57.71, lon: 11.97 },
  '17': { lat: 59.38, lon: 13.5 },
  '18': { lat: 59.27, lon: 15.21 },
  '19': { lat: 59.61, lon: 16.55 },
  '20': { lat: 60.61, lon: 15.63 },
  '21': { lat: 60.67, lon: 17.14 },
  '22': { lat: 62.63, lon: 17.94 },
  '23': { lat: 63.18, lon: 14.64 },
  '24': { lat: 63.83, lon: 20.26 },
  '25': { lat: 65.58, lon: 22.15 },
};

export function countySeat(code: string): { lat: number; lon: number } {
  const seat = COUNTY_SEATS[code];
  if (!seat) throw new Error(`no county with länskod ${code}`);
  return seat;
}

export function countiesBorder(a: string, b: string): boolean {
  return BORDERS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}
