import type { DelegationRole, WishedRole } from '#shared/domain/delegation-role.ts';
import type { Quotas } from '#shared/domain/event.ts';
import { holdsSeat, type Registration } from '#shared/domain/registration.ts';
import { type OrganisationPlaces, placesByOrganisation } from './quota.ts';
import { coveredRoles, missingRoles } from './role-check.ts';

export interface DelegationSummary extends OrganisationPlaces {
  covered: WishedRole[];
  missing: WishedRole[];
}

/**
 * Per organisation, for the organiser: places taken of its maximum, and which wished-for roles its delegation
 * brings and lacks (nothing lacks for an organisation that has not registered).
 */
export function delegationOverview(
  quotas: Quotas,
  registrations: readonly Registration[],
): DelegationSummary[] {
  const byKey = new Map<string, { organisation: string; roles: DelegationRole[] }>();
  for (const { delegation, organisation, status } of registrations) {
    if (!delegation || !holdsSeat(status)) continue;
    const entry = byKey.get(delegation.organisationKey) ?? { organisation, roles: [] };
    entry.roles.push(delegation.role);
    byKey.set(delegation.organisationKey, entry);
  }
  const counts = [...byKey.values()].map(({ organisation, roles }) => ({
    organisation,
    taken: roles.length,
  }));
  return placesByOrganisation(quotas, counts).map((places) => {
    const roles = byKey.get(places.key)?.roles ?? [];
    return {
      ...places,
      covered: coveredRoles(quotas.wishedRoles, roles),
      missing: places.taken > 0 ? missingRoles(quotas.wishedRoles, roles) : [],
    };
  });
}
