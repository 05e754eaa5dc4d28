import type { AppContext } from '#context/app-context.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { OrganisationMailTrouble } from '#shared/organiser/undelivered-mail.ts';
import { failedMessages, resentMessages } from '#store/entities/outbox-message.ts';
import { retryFailedMessage } from '#store/transactions/outbox-delivery.ts';
import { organisationEvents } from './event-administration.ts';

/**
 * The messages about the organisation's events that failed every try, and how many were sent again after their
 * sending was cut short (their recipients may have them twice); never another organisation's.
 */
export async function organisationMailTrouble(
  context: AppContext,
  organiser: Organiser,
): Promise<OrganisationMailTrouble> {
  const events = new Map((await organisationEvents(context, organiser)).map((event) => [event.id, event]));
  const eventOf = (eventId: string | undefined) => (eventId ? events.get(eventId) : undefined);
  const failed = (await failedMessages(context.table)).flatMap((message) => {
    const event = eventOf(message.eventId);
    return event ? [{ event, message }] : [];
  });
  const resent = (await resentMessages(context.table)).filter((message) => eventOf(message.eventId));
  return { failed, resentAfterInterruption: resent.length };
}

/**
 * Queues a failed message about one of the organisation's events for a fresh round of tries. `not-found` for a
 * message that is not the organisation's (the same answer as for one that does not exist), `not-undelivered` when it
 * was tried again already or erased meanwhile.
 */
export async function retryOrganisationMail(
  context: AppContext,
  organiser: Organiser,
  eventId: string,
  id: string,
): Promise<'retried' | 'not-undelivered' | 'not-found'> {
  if (!(await organisationEvents(context, organiser)).some((event) => event.id === eventId))
    return 'not-found';
  return (await retryFailedMessage(context.table, { id, eventId }, context.clock().toISOString()))
    ? 'retried'
    : 'not-undelivered';
}
