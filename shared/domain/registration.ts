import type { DelegationMembership } from './delegation.ts';
import type { Language } from './event.ts';
import type { InvoiceRecipient } from './invoice-party.ts';
import type { OrganisationKind } from './organisation.ts';
import type { Answer } from './sign-up-question.ts';

/** `offered`: a freed seat is held for this person until `offerExpiresAt` (events with time-limited offers). */
export type RegistrationStatus = 'confirmed' | 'offered' | 'waiting' | 'cancelled';

/** Whether the registration occupies one of the event's seats: confirmed, or holding an offer. */
export function holdsSeat(status: RegistrationStatus): boolean {
  return status === 'confirmed' || status === 'offered';
}

export interface Registration {
  id: string;
  eventId: string;
  status: RegistrationStatus;
  name: string;
  email: string;
  organisation: string;
  organisationKind: OrganisationKind;
  role: string;
  language: Language;
  createdAt: string;
  /**
   * When the registration last changed: its status, its details, a check-in. Set by every write of it; a registration
   * stored before it was recorded has only `createdAt`.
   */
  updatedAt?: string;
  /** Answers to the event's own questions, by question id; those to sensitive questions are kept with the needs. */
  answers?: Record<string, Answer>;
  /** The add-ons the participant took (`AddOn.id`), each counted against its capacity. */
  addOnIds?: string[];
  /** Who pays, when the event has a price; a delegation member's is the delegation's. */
  invoicing?: InvoiceRecipient;
  /**
   * 1-based place in the waiting list while `status` is `waiting`, counted where it is shown (everyone ahead who
   * leaves moves the person up); never stored.
   */
  waitingPosition?: number;
  /** The order of the waiting list, drawn when joining, lowest first in line: the sort key of the list in GSI1. */
  waitingTicket?: number;
  /** Until when a seat offered from the waiting list is held (status `offered`). */
  offerExpiresAt?: string;
  /** The hash of the participant's agenda feed token (the token is derived again to show the feed's address). */
  agendaFeedTokenHash?: string;
  /** The feed token itself, as registrations made before tokens were derived kept it; no new one is stored. */
  agendaFeedToken?: string;
  /** Set once, when the two-days-before reminder was queued. */
  reminderQueuedAt?: string;
  /** Set once, when the mail that the event's presentations are there was queued. */
  presentationsMailQueuedAt?: string;
  /** Set once, when the invitation to evaluate the event was queued; its reminder sets the second. */
  evaluationInvitedAt?: string;
  evaluationRemindedAt?: string;
  /** When an organiser ticked the person in at the door; the first tick stands. */
  checkedInAt?: string;
  /** Set when a delegation lead registered the person: the seat also holds one of the organisation's quota places. */
  delegation?: DelegationMembership;
  /**
   * Raised by every change of the details after sign-up (absent: none yet). An organiser's form carries the one it
   * was filled from, so a change saved meanwhile, by the participant or another organiser, is not overwritten unseen.
   */
  revision?: number;
}

/**
 * Dietary and accessibility needs, and the answers to the questions an organiser marked sensitive: possibly health
 * data (GDPR art. 9), so stored apart and erased first.
 */
export interface SensitiveNeeds {
  diet?: string;
  accessibility?: string;
  answers?: Record<string, Answer>;
}

/** Whether any need was given: all a mail may say of them, never what they are. */
export function needsGiven(needs: SensitiveNeeds): boolean {
  return Boolean(needs.diet || needs.accessibility);
}
