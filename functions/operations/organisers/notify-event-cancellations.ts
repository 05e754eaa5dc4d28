import type { JobContext } from '#context/job-context.ts';
import { participantMailContext } from '#operations/participants/participant-mail-context.ts';
import { notifyCancelledWorkingGroup } from '#operations/working-groups/group-cancellation-notices.ts';
import { hashEmail } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { ParticipantMailContext } from '#shared/mail/participant-mail.ts';
import { sessionChangeMail } from '#shared/mail/session-change-mail.ts';
import { eventsWithPendingNotices } from '#store/entities/event.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { heldSessionInvites } from '#store/entities/session-invite.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { markCancellationNoticeSent } from '#store/transactions/event-cancellation.ts';
import { queueMessageOnce } from '#store/transactions/outbox-queue.ts';
import { queueSessionCancelOnce } from '#store/transactions/session-invites.ts';

/**
 * Tells everyone still registered for a cancelled event, with METHOD:CANCEL for those who had the invite, and a
 * working group's members and waiting applicants; returns how many were told. Each session whose invite a
 * participant holds gets its CANCEL too, in a message of its own: calendar programs take one invite from a message.
 * A cancelled event may have more participants than one transaction holds, so the notices go out after the status
 * change, each under its own fixed id; the event stays marked until all are queued, and the job finishes any run that
 * was cut short.
 */
export async function notifyCancelledEvent(context: JobContext, event: EventRecord): Promise<number> {
  const mail = await participantMailContext(context, event);
  const now = context.clock().toISOString();
  const everyone = await listRegistrations(context.table, event.id);
  const registrations = everyone.filter((r) => r.status !== 'cancelled');
  for (const registration of registrations) {
    await queueMessageOnce(context.table, {
      id: `event-cancelled:${registration.id}`,
      eventId: event.id,
      reason: 'event-cancelled',
      // The CANCEL carries the SEQUENCE of the cancellation it tells of.
      mail: participantMailIntent('event-cancelled', registration, { eventSequence: event.sequence ?? 0 }),
      recipientHash: hashEmail(registration.email),
      createdAt: now,
    });
  }
  await withdrawHeldSessions(context, mail, everyone);
  const groupTold = event.kind === 'working-group' ? await notifyCancelledWorkingGroup(context, mail) : 0;
  await markCancellationNoticeSent(context.table, event.id);
  return registrations.length + groupTold;
}

/**
 * The CANCEL of every session invite held in the event, forgetting each as it is queued (so a run cut short goes on
 * where it stopped). A session no longer in the programme is its removal's to withdraw.
 */
async function withdrawHeldSessions(
  context: JobContext,
  mail: ParticipantMailContext,
  registrations: readonly Registration[],
): Promise<void> {
  const { event } = mail;
  const byId = new Map(registrations.map((registration) => [registration.id, registration]));
  const slots = new Map(
    ((await getEventPage(context.table, event.id))?.slots ?? []).map((slot) => [slot.id, slot]),
  );
  for (const invite of await heldSessionInvites(context.table, event.id)) {
    const registration = byId.get(invite.registrationId);
    const slot = slots.get(invite.slotId);
    if (!registration || !slot) continue;
    await queueSessionCancelOnce(
      context.table,
      {
        id: `session-event-cancelled:${registration.id}:${slot.id}`,
        eventId: event.id,
        reason: 'event-cancelled',
        message: sessionChangeMail('event-cancelled', mail, registration, slot),
        createdAt: mail.now.toISOString(),
      },
      invite,
    );
  }
}

export async function notifyEventCancellations(context: JobContext): Promise<number> {
  let notified = 0;
  for (const event of await eventsWithPendingNotices(context.table, 'cancellationNoticePending')) {
    notified += await notifyCancelledEvent(context, event);
  }
  return notified;
}
