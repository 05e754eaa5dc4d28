import type { AppContext } from '#context/app-context.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { cutShortBefore } from '#shared/mail/delivery-retry.ts';
import type { UndeliveredMail } from '#shared/organiser/undelivered-mail.ts';
import { undeliveredMessages } from '#store/entities/outbox-message.ts';
import { retryUndeliveredMessage } from '#store/transactions/outbox-delivery.ts';
import { organisationEvents } from './event-administration.ts';

/**
 * The messages about the organisation's events that failed every try or whose sending was cut short; never another
 * organisation's.
 */
export async function organisationUndeliveredMail(
  context: AppContext,
  organiser: Organiser,
): Promise<UndeliveredMail[]> {
  const events = new Map((await organisationEvents(context, organiser)).map((event) => [event.id, event]));
  const undelivered = await undeliveredMessages(context.table, cutShortBefore(context.clock().toISOString()));
  return undelivered.flatMap((message) => {
    const event = message.eventId ? events.get(message.eventId) : undefined;
    return event ? [{ event, message }] : [];
  });
}

/**
 * Queues an undelivered message about one of the organisation's events for a fresh round of tries. `not-found` for
 * a message that is not the organisation's (the same answer as for one that does not exist), `not-undelivered`
 * when it was tried again already or went out meanwhile.
 */
export async function retryOrganisationMail(
  context: AppContext,
  organiser: Organiser,
  eventId: string,
  id: string,
): Promise<'retried' | 'not-undelivered' | 'not-found'> {
  if (!(await organisationEvents(context, organiser)).some((event) => event.id === eventId))
    return 'not-found';
  const now = context.clock().toISOString();
  return (await retryUndeliveredMessage(context.table, { id, eventId }, now, cutShortBefore(now)))
    ? 'retried'
    : 'not-undelivered';
}
