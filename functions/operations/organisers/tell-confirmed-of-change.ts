import type { AppContext } from '#context/app-context.ts';
import { hashEmail } from '#security/secret-token.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { queueMessageOnce } from '#store/transactions/outbox-queue.ts';

/**
 * Sends every confirmed participant the event as it is now stored, with its updated invite, once per SEQUENCE: the
 * mail of a change calendars must follow, whichever page saved it. Returns how many were told.
 */
export async function tellConfirmedOfChange(context: AppContext, eventId: string): Promise<number> {
  const changed = (await getEventPage(context.table, eventId))?.event;
  if (!changed) return 0;
  const now = context.clock().toISOString();
  const confirmed = (await listRegistrations(context.table, eventId)).filter((r) => r.status === 'confirmed');
  for (const registration of confirmed) {
    await queueMessageOnce(context.table, {
      id: `event-changed:${registration.id}:${changed.sequence ?? 0}`,
      eventId,
      reason: 'event-changed',
      mail: participantMailIntent('event-changed', registration),
      recipientHash: hashEmail(registration.email),
      createdAt: now,
    });
  }
  return confirmed.length;
}
