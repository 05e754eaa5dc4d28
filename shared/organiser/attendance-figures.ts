import type { EventRecord } from '#shared/domain/event.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from '#shared/domain/organisation.ts';
import type { Registration } from '#shared/domain/registration.ts';
import {
  NORWEGIAN_COUNTIES,
  NORWEGIAN_MUNICIPALITIES,
} from '#shared/municipalities/norwegian-municipalities.ts';
import { SWEDISH_COUNTIES, SWEDISH_MUNICIPALITIES } from '#shared/municipalities/swedish-municipalities.ts';

/** How many of a group registered, and what became of them. */
export interface AttendanceCounts {
  /** Everyone who signed up, whatever became of it. */
  registered: number;
  confirmed: number;
  /** Confirmed and ticked in at the door. */
  checkedIn: number;
  /** Confirmed but never ticked in: counted only for conferences (they have check-in) once they have ended. */
  noShows?: number;
  cancelled: number;
  /** On the waiting list or holding an offer of a seat. */
  waiting: number;
}

export interface AttendanceFigures {
  total: AttendanceCounts;
  byKind: { kind: OrganisationKind; counts: AttendanceCounts }[];
  /** By the county of the municipality a participant came from; `county` undefined for everyone else. */
  byCounty: { county?: ParticipantCounty; counts: AttendanceCounts }[];
}

/** A Swedish län or a Norwegian fylke. */
export interface ParticipantCounty {
  /** Country and county code, `SE-03` (Uppsala län) or `NO-03` (Oslo): the codes alone overlap. */
  key: string;
  name: string;
}

const swedish = ({ code, name }: { code: string; name: string }): ParticipantCounty => ({
  key: `SE-${code}`,
  name,
});
const norwegian = ({ code, name }: { code: string; name: string }): ParticipantCounty => ({
  key: `NO-${code}`,
  name,
});
/** Swedish counties first, each country's in code order. */
const COUNTY_ORDER = [...SWEDISH_COUNTIES.map(swedish), ...NORWEGIAN_COUNTIES.map(norwegian)].map(
  ({ key }) => key,
);

const written = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/**
 * "Norrtälje kommun", "Göteborgs stad", "Umeå", "Drammen kommune", "Guovdageaidnu": the ways participants write
 * their municipality, to its county. A way that names municipalities in two counties (Lund is Swedish and Norwegian,
 * Herøy and Våler are each two Norwegian ones) names none.
 */
const COUNTY_BY_NAME = new Map<string, ParticipantCounty | null>();
const learn = (ways: string[], county: ParticipantCounty) => {
  for (const way of ways.map(written)) {
    const known = COUNTY_BY_NAME.get(way);
    COUNTY_BY_NAME.set(way, known === undefined || known?.key === county.key ? county : null);
  }
};
for (const { name, county } of SWEDISH_MUNICIPALITIES) {
  learn([name, `${name} kommun`, `${name}s kommun`, `${name} stad`, `${name}s stad`], swedish(county));
}
for (const { name, otherNames, county } of NORWEGIAN_MUNICIPALITIES) {
  // SSB tells the two Herøy and the two Våler apart by their county in brackets; participants write just the name.
  const names = [name.replace(/ \(.*\)$/, ''), ...otherNames];
  learn(
    names.flatMap((each) => [each, `${each} kommune`]),
    norwegian(county),
  );
}

/** The county of a participant's municipality, if their organisation names a Swedish or Norwegian one. */
export const countyOf = (organisation: string): ParticipantCounty | undefined =>
  COUNTY_BY_NAME.get(written(organisation)) ?? undefined;

function counted(registrations: readonly Registration[], withNoShows: boolean): AttendanceCounts {
  const confirmed = registrations.filter(({ status }) => status === 'confirmed');
  const checkedIn = confirmed.filter(({ checkedInAt }) => checkedInAt !== undefined).length;
  return {
    registered: registrations.length,
    confirmed: confirmed.length,
    checkedIn,
    ...(withNoShows ? { noShows: confirmed.length - checkedIn } : {}),
    cancelled: registrations.filter(({ status }) => status === 'cancelled').length,
    waiting: registrations.filter(({ status }) => status === 'waiting' || status === 'offered').length,
  };
}

/**
 * An event's attendance: in all, by the kind of organisation participants came from, and by county (those from
 * Swedish or Norwegian municipalities; the rest together last). Groups nobody came from are left out.
 */
export function attendanceFigures(
  event: Pick<EventRecord, 'kind' | 'endsAt'>,
  registrations: readonly Registration[],
  now: Date,
): AttendanceFigures {
  const withNoShows = event.kind === 'conference' && now.getTime() >= Date.parse(event.endsAt);
  const byKind = ORGANISATION_KINDS.map((kind) => ({
    kind,
    counts: counted(
      registrations.filter(({ organisationKind }) => organisationKind === kind),
      withNoShows,
    ),
  })).filter(({ counts }) => counts.registered > 0);
  const counties = new Map<string, { county?: ParticipantCounty; registrations: Registration[] }>();
  for (const registration of registrations) {
    const county = countyOf(registration.organisation);
    const key = county?.key ?? 'other';
    const group = counties.get(key) ?? { county, registrations: [] };
    group.registrations.push(registration);
    counties.set(key, group);
  }
  const byCounty = [...counties.entries()]
    .sort(([a], [b]) =>
      a === 'other' ? 1 : b === 'other' ? -1 : COUNTY_ORDER.indexOf(a) - COUNTY_ORDER.indexOf(b),
    )
    .map(([, group]) => ({
      ...(group.county ? { county: group.county } : {}),
      counts: counted(group.registrations, withNoShows),
    }));
  return { total: counted(registrations, withNoShows), byKind, byCounty };
}
