/** Organisations are tenants: organisers belong to one, and every event has one as its owner. */

export const ORGANISATION_KINDS = [
  'kommun',
  'region',
  'polis',
  'lansstyrelse',
  'statlig-myndighet',
  'naringsliv',
  'civilsamhalle',
  'annan',
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: 'SE' | 'NO';
  /** Days after an event's end when its participants' personal data is erased. */
  retentionDays: number;
}
