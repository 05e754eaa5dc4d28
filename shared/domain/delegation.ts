import type { DelegationRole } from './delegation-role.ts';
import type { Language } from './event.ts';
import type { InvoiceRecipient } from './invoice-party.ts';
import type { OrganisationKind } from './organisation.ts';

/** Several people from one organisation, registered for an event together by their lead, within the organisation's quota. */
export interface Delegation {
  eventId: string;
  /** The organisation as the event names it ("Øvre Eiker"). */
  organisation: string;
  /** The key its quota is counted under (see `organisationKey`). */
  organisationKey: string;
  leadName: string;
  leadEmail: string;
  language: Language;
  createdAt: string;
  /** Who pays for the delegation, when the event has a price: one invoice for all its members. */
  invoicing?: InvoiceRecipient;
}

/** What a member's registration records of the delegation it came with. */
export interface DelegationMembership {
  organisationKey: string;
  role: DelegationRole;
}

/** Delegations are municipal: the police officer of a municipality's delegation comes from the police. */
export function memberOrganisationKind(role: DelegationRole): OrganisationKind {
  return role === 'police' ? 'polis' : 'kommun';
}
