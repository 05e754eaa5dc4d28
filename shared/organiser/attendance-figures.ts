import type { EventRecord } from '#shared/domain/event.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from '#shared/domain/organisation.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { type County, SWEDISH_MUNICIPALITIES } from '#shared/municipalities/swedish-municipalities.ts';

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
  byCounty: { county?: County; counts: AttendanceCounts }[];
}

/** "Norrtälje kommun", "Göteborgs stad", "Umeå": the ways participants write their municipality, to its county. */
const COUNTY_BY_NAME = new Map(
  SWEDISH_MUNICIPALITIES.flatMap(({ name, county }) =>
    [name, `${name} kommun`, `${name}s kommun`, `${name} stad`, `${name}s stad`].map(
      (written) => [written.toLocaleLowerCase('sv'), county] as const,
    ),
  ),
);

/** The county of a participant's municipality, if their organisation names a Swedish one. */
export const countyOf = (organisation: string): County | undefined =>
  COUNTY_BY_NAME.get(organisation.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv'));

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
 * Swedish municipalities; the rest together last). Groups nobody came from are left out.
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
  const counties = new Map<string, { county?: County; registrations: Registration[] }>();
  for (const registration of registrations) {
    const county = countyOf(registration.organisation);
    const key = county?.code ?? 'other';
    const group = counties.get(key) ?? { county, registrations: [] };
    group.registrations.push(registration);
    counties.set(key, group);
  }
  const byCounty = [...counties.entries()]
    .sort(([a], [b]) => (a === 'other' ? 1 : b === 'other' ? -1 : a.localeCompare(b)))
    .map(([, group]) => ({
      ...(group.county ? { county: group.county } : {}),
      counts: counted(group.registrations, withNoShows),
    }));
  return { total: counted(registrations, withNoShows), byKind, byCounty };
}
