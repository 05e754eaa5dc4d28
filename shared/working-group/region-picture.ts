import type { Application } from '#shared/domain/application.ts';
import { countySeat } from '#shared/municipalities/county-seats.ts';
import { municipalitiesBorder, municipalitySeat } from '#shared/municipalities/municipality-geography.ts';
import { SWEDISH_COUNTIES } from '#shared/municipalities/swedish-municipalities.ts';
import { AROUND, type Box, type PlacedLabel, placeLabels } from './label-placement.ts';
import { countyCodeOf } from './review-list.ts';

/** Where an applicant stands in the picture. */
export interface ApplicantPoint {
  code: string;
  name: string;
  county: string;
  selected: boolean;
  x: number;
  y: number;
}

export interface ApplicantDot extends ApplicantPoint {
  /** The municipality's name beside its dot, with a tick when it is selected. */
  label: PlacedLabel;
  /** The other applicants whose municipalities border this one, in Swedish order. */
  neighbours: string[];
}

export interface CountyName {
  name: string;
  label: PlacedLabel;
}

export interface RegionPicture {
  width: number;
  height: number;
  dotRadius: number;
  /** In Swedish order of their names. */
  applicants: ApplicantDot[];
  /** One for each two applicants whose municipalities share a border. */
  links: { from: ApplicantPoint; to: ApplicantPoint }[];
  /** The counties whose seats lie in the picture, named there: every applicant's county among them. */
  counties: CountyName[];
}

/** Font sizes in user units, as web/styles.ts sets them for .region-name and .region-county-name. */
const NAME_SIZE = 14;
const COUNTY_NAME_SIZE = 13;
const WIDTH = 560;
const MARGIN = 48;
const DOT_RADIUS = 7;
/** Degrees: a picture of one applicant, or of two next to each other, still shows some country around them. */
const LEAST_SPAN = 0.6;

/**
 * The applicants as a schematic picture of their region: each a dot at its municipality's seat (filled when
 * selected), a line between two applicants whose municipalities border each other, and the counties named at their
 * seats for orientation. It shows at a glance whether a selection can work across borders. Coordinates are in an SVG
 * user space `width × height`; every name is placed inside it, clear of the dots where there is room. Who borders
 * whom is worked out once, for the lines and each dot's neighbours alike: a field of hundreds of applicants is
 * drawn on every load of the organisers' list.
 */
export function regionPicture(
  applications: readonly { application: Application; selected: boolean }[],
): RegionPicture {
  const applied = new Set(applications.map(({ application }) => countyCodeOf(application.municipalityCode)));
  const { height, at } = projection([
    ...applications.map(({ application }) => municipalitySeat(application.municipalityCode)),
    ...[...applied].map(countySeat),
  ]);
  const points: ApplicantPoint[] = applications.map(({ application, selected }) => ({
    code: application.municipalityCode,
    name: application.municipality,
    county: application.county,
    selected,
    ...at(municipalitySeat(application.municipalityCode)),
  }));
  const links = bordering(points);
  const neighbours = new Map(points.map(({ code }) => [code, [] as string[]]));
  for (const { from, to } of links) {
    neighbours.get(from.code)?.push(to.name);
    neighbours.get(to.code)?.push(from.name);
  }
  const counties = SWEDISH_COUNTIES.map((county) => ({ ...county, ...at(countySeat(county.code)) })).filter(
    ({ code, x, y }) => applied.has(code) || (x >= 0 && x <= WIDTH && y >= 0 && y <= height),
  );

  const dots = points.map(
    ({ x, y }): Box => ({
      x0: x - DOT_RADIUS - 1,
      y0: y - DOT_RADIUS - 1,
      x1: x + DOT_RADIUS + 1,
      y1: y + DOT_RADIUS + 1,
    }),
  );
  const surroundings = {
    bounds: { x0: 2, y0: 2, x1: WIDTH - 2, y1: height - 2 },
    obstacles: dots,
    lines: links.map(({ from, to }) => ({ x1: from.x, y1: from.y, x2: to.x, y2: to.y })),
  };
  // The crowded dots choose first, while there is still room around them.
  const byCrowding = points
    .map((point) => ({
      point,
      crowding: points.filter((other) => Math.hypot(other.x - point.x, other.y - point.y) < 6 * NAME_SIZE)
        .length,
    }))
    .sort((a, b) => b.crowding - a.crowding)
    .map(({ point }) => point);
  const named = placeLabels(
    byCrowding.map((point) => ({
      ...point,
      clearance: DOT_RADIUS,
      text: point.selected ? `${point.name} ✓` : point.name,
      fontSize: NAME_SIZE,
      positions: AROUND,
    })),
    surroundings,
  );
  const countyNames = placeLabels(
    counties.map((county) => ({
      ...county,
      clearance: DOT_RADIUS,
      text: county.name,
      fontSize: COUNTY_NAME_SIZE,
      positions: ['centre', 'below', 'above', ...AROUND] as const,
    })),
    { ...surroundings, obstacles: [...dots, ...named.map(({ label }) => label.box)] },
  );

  const applicants = named
    .map(({ code, name, county, selected, x, y, label }) => ({
      code,
      name,
      county,
      selected,
      x,
      y,
      label,
      neighbours: (neighbours.get(code) ?? []).sort(bySwedishName),
    }))
    .sort((a, b) => bySwedishName(a.name, b.name));
  return {
    width: WIDTH,
    height,
    dotRadius: DOT_RADIUS,
    applicants,
    links,
    counties: countyNames.map(({ name, label }) => ({ name, label })),
  };
}

const bySwedishName = (a: string, b: string) => a.localeCompare(b, 'sv');

function bordering(points: readonly ApplicantPoint[]): RegionPicture['links'] {
  return points.flatMap((from, i) =>
    points
      .slice(i + 1)
      .filter((to) => municipalitiesBorder(from.code, to.code))
      .map((to) => ({ from, to })),
  );
}

/** North up; longitude degrees shrink with latitude, so they are scaled by the cosine of the middle latitude. */
function projection(points: readonly { lat: number; lon: number }[]) {
  const lats = points.map(({ lat }) => lat);
  const lons = points.map(({ lon }) => lon);
  const middle = {
    lat: (Math.min(...lats) + Math.max(...lats)) / 2,
    lon: (Math.min(...lons) + Math.max(...lons)) / 2,
  };
  const squeeze = Math.cos((middle.lat * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lons) - Math.min(...lons)) * squeeze, LEAST_SPAN);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), LEAST_SPAN);
  const scale = (WIDTH - 2 * MARGIN) / Math.max(spanX, spanY);
  const height = Math.round(2 * MARGIN + spanY * scale);
  return {
    height,
    at: ({ lat, lon }: { lat: number; lon: number }) => ({
      x: Math.round(WIDTH / 2 + (lon - middle.lon) * squeeze * scale),
      y: Math.round(height / 2 + (middle.lat - lat) * scale),
    }),
  };
}
