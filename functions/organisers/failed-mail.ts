import type { EventRecord } from '../../shared/domain/event.ts';
import type { Organiser } from '../../shared/domain/organiser.ts';
import type { OutboxMessage } from '../../shared/domain/outbound-message.ts';
import type { AppContext } from '../http/app-context.ts';
import { failedMessages, retryFailedMessage } from '../store/outbox-items.ts';
import { organisationEvents } from './event-administration.ts';

export interface FailedMail {
  event: EventRecord;
  message: OutboxMessage;
}

/** The messages about the organisation's events that failed every try; never another organisation's. */
export async function organisationFailedMail(
  context: AppContext,
  organiser: Organiser,
): Promise<FailedMail[]> {
  const events = new Map((await organisationEvents(context, organiser)).map((event) => [event.id, event]));
  return (await failedMessages(context.table)).flatMap((message) => {
    const event = message.eventId ? events.get(message.eventId) : undefined;
    return event ? [{ event, message }] : [];
  });
}

/**
 * Queues a failed message about one of the organisation's events for a fresh round of tries. `not-found` for a
 * message that is not the organisation's (the same answer as for one that does not exist), `not-failed` when it
 * was tried again already.
 */
export async function retryOrganisationMail(
  context: AppContext,
  organiser: Organiser,
  eventId: string,
  id: string,
): Promise<'retried' | 'not-failed' | 'not-found'> {
  if (!(await organisationEvents(context, organiser)).some((event) => event.id === eventId))
    return 'not-found';
  return (await retryFailedMessage(context.table, { id, eventId }, context.clock().toISOString()))
    ? 'retried'
    : 'not-failed';
}
