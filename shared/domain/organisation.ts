import type { SellerDetails } from './invoice-party.ts';
/** Organisations are tenants: organisers belong to them, and every event has one as its owner. */

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
  /**
   * Days an audit entry is kept after it was written; unset, `DEFAULT_AUDIT_RETENTION_DAYS`. Entries may outlive the
   * personal data they named: the person is then pseudonymised in them.
   */
  auditRetentionDays?: number;
  /** The name outgoing mail about the organisation's events is sent under; the platform's own when unset. */
  senderName?: string;
  /** Where replies to that mail go; nowhere but the platform's no-reply address when unset. */
  replyTo?: string;
  /** The organisation as the seller on its invoices; an event with a price cannot be invoiced without it. */
  seller?: SellerDetails;
}

/**
 * The retention an admin may set: at least a week, so the event's own follow-up is possible, and at most ten years,
 * the longest Swedish archiving rules ask of event records.
 */
export const RETENTION_DAYS_BOUNDS = { min: 7, max: 3650 } as const;

/**
 * Who changed what must be answerable for longer than the event's own follow-up: two years unless the admins say
 * otherwise, at least a quarter of a year (the old default), at most the ten years of the longest archiving rules.
 */
export const DEFAULT_AUDIT_RETENTION_DAYS = 730;
export const AUDIT_RETENTION_DAYS_BOUNDS = { min: 90, max: 3650 } as const;

export const auditRetentionDaysOf = (organisation: Pick<Organisation, 'auditRetentionDays'>): number =>
  organisation.auditRetentionDays ?? DEFAULT_AUDIT_RETENTION_DAYS;
