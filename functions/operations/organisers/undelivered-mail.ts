import type { AppContext } from '#context/app-context.ts';
import { renderMailIntent } from '#operations/outbox/render-mail-intent.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { OutboundMessage, OutboxMessage } from '#shared/domain/outbound-message.ts';
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
  const failed = (
    await Promise.all(
      (
        await failedMessages(context.table)
      ).map(async (message) => {
        const event = eventOf(message.eventId);
        const mail = event && (await mailOf(context, message));
        return event && mail ? [{ event, message, to: mail.to, subject: mail.subject }] : [];
      }),
    )
  ).flat();
  const resent = (await resentMessages(context.table)).filter((message) => eventOf(message.eventId));
  return { failed, resentAfterInterruption: resent.length };
}

/** The failed message's mail as it would go out: rendered, or rendered now from its intent (none if erased since). */
async function mailOf(context: AppContext, message: OutboxMessage): Promise<OutboundMessage | undefined> {
  if (message.message) return message.message;
  return message.mail && renderMailIntent(context, { ...message, mail: message.mail });
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
