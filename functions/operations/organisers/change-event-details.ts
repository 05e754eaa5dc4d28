import type { AppContext } from '#context/app-context.ts';
import { participantMailContext } from '#operations/participants/participant-mail-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMail } from '#shared/mail/participant-mail.ts';
import type { EventDetails } from '#shared/organiser/event-details-form.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { updateEventDetails } from '#store/transactions/event-details.ts';
import { queueMessageOnce } from '#store/transactions/outbox-queue.ts';

/**
 * Saves a new time, place or name, then sends every confirmed participant the updated invite: same UID, higher
 * SEQUENCE. Feeds change at once; the e-mail is for calendars that fetch feeds only every few hours, and for people.
 * Returns how many were told, or undefined when someone else saved a change first.
 */
export async function changeEventDetails(
  context: AppContext,
  event: EventRecord,
  details: EventDetails,
  /** The organiser's audit entry, saved with the change. */
  audit: TransactItem[],
): Promise<number | undefined> {
  if (!(await updateEventDetails(context.table, event, details, audit))) return undefined;
  return tellConfirmedOfChange(context, event.id);
}

/**
 * Sends every confirmed participant the event as it is now stored, with its updated invite, once per SEQUENCE: the
 * mail of a change calendars must follow, whichever page saved it. Returns how many were told.
 */
export async function tellConfirmedOfChange(context: AppContext, eventId: string): Promise<number> {
  const changed = (await getEventPage(context.table, eventId))?.event;
  if (!changed) return 0;
  const mail = await participantMailContext(context, changed);
  const now = context.clock().toISOString();
  const confirmed = (await listRegistrations(context.table, eventId)).filter((r) => r.status === 'confirmed');
  for (const registration of confirmed) {
    await queueMessageOnce(context.table, {
      id: `event-changed:${registration.id}:${changed.sequence ?? 0}`,
      eventId,
      reason: 'event-changed',
      message: participantMail('event-changed', mail, registration),
      createdAt: now,
    });
  }
  return confirmed.length;
}
