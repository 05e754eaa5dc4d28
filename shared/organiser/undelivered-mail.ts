import type { EventRecord } from '#shared/domain/event.ts';
import type { HeldOutboxMessage } from '#shared/domain/outbound-message.ts';

/** A message about one of the organisation's events that did not go out, as the outbox page lists it. */
export interface UndeliveredMail {
  event: EventRecord;
  message: HeldOutboxMessage;
}

/** What the organisers' outbox page shows: what failed, and how many went out again after an interruption. */
export interface OrganisationMailTrouble {
  failed: UndeliveredMail[];
  /** Messages sent again because their sending was cut short, so that their recipients may have two copies. */
  resentAfterInterruption: number;
}
