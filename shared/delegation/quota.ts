import type { EventRecord, Quotas } from '#shared/domain/event.ts';

/**
 * The most members one registration or one change may carry: each member is five writes of one DynamoDB
 * transaction (at most 100), beside the seats, the quota and the delegation's own items.
 */
export const MAX_MEMBERS_AT_ONCE = 19;

export type EventWithQuotas = EventRecord & { quotas: Quotas };

/** Events with quotas per organisation take delegations, and only delegations: a lone sign-up would bypass them. */
export function takesDelegations(event: EventRecord): event is EventWithQuotas {
  return event.quotas !== undefined;
}

/**
 * The key an organisation's quota is counted under. Leads write "Oslo kommune" as often as "Oslo", and in any
 * case or spacing; all of these are one organisation.
 */
export function organisationKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('nb')
    .replace(/ (kommune|kommun|municipality)$/, '');
}

export type OrganisationQuota =
  | { kind: 'quota'; organisation: string; key: string; max: number }
  | { kind: 'not-invited'; organisation: string };

/**
 * How many places an organisation may take: its tier's maximum, or the default for the other invited ones. Where
 * only invited organisations may register, any other is refused. An organisation named in a tier counts as invited.
 */
export function quotaFor(quotas: Quotas, name: string): OrganisationQuota {
  const key = organisationKey(name);
  const isThis = (listed: string) => organisationKey(listed) === key;
  const tier = quotas.tiers.find((candidate) => candidate.organisations.some(isThis));
  const listedAs = quotas.invitedOrganisations.find(isThis) ?? tier?.organisations.find(isThis);
  const organisation = listedAs ?? name.trim().replace(/\s+/g, ' ');
  if (quotas.invitedOnly && !listedAs) return { kind: 'not-invited', organisation };
  return {
    kind: 'quota',
    organisation,
    key,
    max: tier?.maxPerOrganisation ?? quotas.defaultMaxPerOrganisation,
  };
}

export function placesLeft(max: number, taken: number): number {
  return Math.max(0, max - taken);
}

/** The most members any organisation may bring: the number of rows the lead's form offers. */
export function largestQuota(quotas: Quotas): number {
  return Math.max(quotas.defaultMaxPerOrganisation, ...quotas.tiers.map((tier) => tier.maxPerOrganisation));
}

/** How many places an organisation has taken, under the name it registered with. */
export interface QuotaCount {
  organisation: string;
  taken: number;
}

export interface OrganisationPlaces {
  organisation: string;
  key: string;
  max: number;
  taken: number;
  left: number;
}

/** Every invited organisation in the event's order with its places, then any other that has registered. */
export function placesByOrganisation(quotas: Quotas, counts: readonly QuotaCount[]): OrganisationPlaces[] {
  const named = [...quotas.invitedOrganisations, ...quotas.tiers.flatMap((tier) => tier.organisations)];
  const takenByKey = new Map(counts.map((count) => [organisationKey(count.organisation), count.taken]));
  const places = new Map<string, OrganisationPlaces>();
  for (const name of [...named, ...counts.map((count) => count.organisation)]) {
    const quota = quotaFor(quotas, name);
    if (quota.kind !== 'quota' || places.has(quota.key)) continue;
    const { organisation, key, max } = quota;
    const taken = takenByKey.get(key) ?? 0;
    places.set(key, { organisation, key, max, taken, left: placesLeft(max, taken) });
  }
  return [...places.values()];
}
