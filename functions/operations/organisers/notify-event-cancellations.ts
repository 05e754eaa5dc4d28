import type { JobContext } from '#context/job-context.ts';
import { participantMailContext } from '#operations/participants/participant-mail-context.ts';
import { notifyCancelledWorkingGroup } from '#operations/working-groups/group-cancellation-notices.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMail } from '#shared/mail/participant-mail.ts';
import { eventsWithPendingNotices } from '#store/entities/event.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { markCancellationNoticeSent } from '#store/transactions/event-cancellation.ts';
import { queueMessageOnce } from '#store/transactions/outbox-queue.ts';

/**
 * Tells everyone still registered for a cancelled event, with METHOD:CANCEL for those who had the invite, and a
 * working group's members and waiting applicants; returns how many were told. A cancelled event may have more
 * participants than one transaction holds, so the notices go out after the status change, each under its own fixed
 * id; the event stays marked until all are queued, and the job finishes any run that was cut short.
 */
export async function notifyCancelledEvent(context: JobContext, event: EventRecord): Promise<number> {
  const mail = await participantMailContext(context, event);
  const now = context.clock().toISOString();
  const registrations = (await listRegistrations(context.table, event.id)).filter(
    (r) => r.status !== 'cancelled',
  );
  for (const registration of registrations) {
    await queueMessageOnce(context.table, {
      id: `event-cancelled:${registration.id}`,
      eventId: event.id,
      reason: 'event-cancelled',
      message: participantMail('event-cancelled', mail, registration),
      createdAt: now,
    });
  }
  const groupTold = event.kind === 'working-group' ? await notifyCancelledWorkingGroup(context, mail) : 0;
  await markCancellationNoticeSent(context.table, event.id);
  return registrations.length + groupTold;
}

export async function notifyEventCancellations(context: JobContext): Promise<number> {
  let notified = 0;
  for (const event of await eventsWithPendingNotices(context.table, 'cancellationNoticePending')) {
    notified += await notifyCancelledEvent(context, event);
  }
  return notified;
}
