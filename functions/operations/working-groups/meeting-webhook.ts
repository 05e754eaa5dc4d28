import type { JobContext } from '#context/job-context.ts';
import { webhookEmitter } from '#operations/webhooks/webhook-emission.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import type { MeetingInviteKind } from '#shared/mail/meeting-invite-mail.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

/**
 * The `meeting.scheduled` announcement of a change that dates a meeting or moves it (the members' invites say
 * `scheduled` or `moved`), to go in the change's transaction; nothing for any other change.
 */
export async function meetingScheduledWebhook(
  context: JobContext,
  event: Pick<EventRecord, 'id' | 'organisationId'>,
  meeting: Meeting,
  notice: MeetingInviteKind | undefined,
): Promise<TransactItem[]> {
  if ((notice !== 'scheduled' && notice !== 'moved') || !isScheduled(meeting) || meeting.cancelled) return [];
  const emit = await webhookEmitter(context, event.organisationId);
  return emit(
    'meeting.scheduled',
    {
      organisationId: event.organisationId,
      eventId: event.id,
      meetingNumber: meeting.number,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
    },
    context.clock().toISOString(),
  );
}
