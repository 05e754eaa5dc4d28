import type { Application } from '../domain/application.ts';
import { countiesBorder, countySeat, neighbouringCounties } from '../municipalities/county-borders.ts';
import { SWEDISH_COUNTIES } from '../municipalities/swedish-municipalities.ts';
import { countyCodeOf } from './review-list.ts';

export interface CountyNode {
  code: string;
  name: string;
  x: number;
  y: number;
  applicants: string[];
  selected: string[];
}

export interface RegionPicture {
  width: number;
  height: number;
  counties: CountyNode[];
  borders: { from: CountyNode; to: CountyNode }[];
}

const WIDTH = 560;
const MARGIN = 70;

/**
 * The applicants' counties and the counties around them as a schematic picture: each county at its seat, a line
 * where two counties share a border, and in each the municipalities that applied and those selected. It shows at a
 * glance whether a selection can work across borders. Coordinates are in an SVG user space `width × height`.
 */
export function regionPicture(
  applications: readonly { application: Application; selected: boolean }[],
): RegionPicture {
  const applied = new Set(applications.map(({ application }) => countyCodeOf(application.municipalityCode)));
  const shown = new Set([...applied, ...[...applied].flatMap(neighbouringCounties)]);
  const counties = SWEDISH_COUNTIES.filter((county) => shown.has(county.code));
  const seats = counties.map((county) => countySeat(county.code));
  // Longitude degrees shrink with latitude: scale them by the cosine of the middle latitude.
  const lats = seats.map((seat) => seat.lat);
  const lons = seats.map((seat) => seat.lon);
  const squeeze = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lons) - Math.min(...lons)) * squeeze, 0.5);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), 0.5);
  const scale = (WIDTH - 2 * MARGIN) / Math.max(spanX, spanY);
  const nodes: CountyNode[] = counties.map((county) => {
    const seat = countySeat(county.code);
    const inCounty = applications.filter(
      ({ application }) => countyCodeOf(application.municipalityCode) === county.code,
    );
    const names = (list: typeof inCounty) =>
      list.map(({ application }) => application.municipality).sort((a, b) => a.localeCompare(b, 'sv'));
    return {
      code: county.code,
      name: county.name,
      x: Math.round(MARGIN + (seat.lon - Math.min(...lons)) * squeeze * scale),
      y: Math.round(MARGIN + (Math.max(...lats) - seat.lat) * scale),
      applicants: names(inCounty),
      selected: names(inCounty.filter(({ selected }) => selected)),
    };
  });
  return {
    width: WIDTH,
    height: Math.round(2 * MARGIN + spanY * scale),
    counties: nodes,
    borders: nodes.flatMap((from, i) =>
      nodes.slice(i + 1).flatMap((to) => (countiesBorder(from.code, to.code) ? [{ from, to }] : [])),
    ),
  };
}

/**
 * The other applicants a municipality could work with across a border: those in its own county or in a county that
 * borders it. County borders are the finest the platform knows; it has no municipal border data.
 */
export function neighbouringApplicants(
  application: Application,
  applications: readonly Application[],
): Application[] {
  const county = countyCodeOf(application.municipalityCode);
  return applications.filter((other) => {
    if (other.municipalityCode === application.municipalityCode) return false;
    const otherCounty = countyCodeOf(other.municipalityCode);
    return otherCounty === county || countiesBorder(county, otherCounty);
  });
}
