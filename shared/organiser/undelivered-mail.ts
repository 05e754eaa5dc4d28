import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboxMessage } from '#shared/domain/outbound-message.ts';

/** A message about one of the organisation's events that did not go out, as the outbox page lists it. */
export interface UndeliveredMail {
  event: EventRecord;
  message: OutboxMessage;
  /** Its recipient and subject, as rendered (a mail kept as an intent is rendered for the page). */
  to: string;
  subject: string;
}

/** What the organisers' outbox page shows: what failed, and how many went out again after an interruption. */
export interface OrganisationMailTrouble {
  failed: UndeliveredMail[];
  /** Messages sent again because their sending was cut short, so that their recipients may have two copies. */
  resentAfterInterruption: number;
}
