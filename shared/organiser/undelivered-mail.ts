import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboxMessage } from '#shared/domain/outbound-message.ts';

/** A message about one of the organisation's events that did not go out, as the outbox page lists it. */
export interface UndeliveredMail {
  event: EventRecord;
  message: OutboxMessage;
}
