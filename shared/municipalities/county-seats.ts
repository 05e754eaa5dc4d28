/**
 * Latitude and longitude of each Swedish county's seat, by länskod: where the picture of the applicants' region
 * names the county. From the counties' published descriptions.
 */
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
