import type { EventRecord } from '../../shared/domain/event.ts';
import { isScheduled, type Meeting } from '../../shared/domain/meeting.ts';
import { type MeetingInviteKind, meetingInviteMail } from '../../shared/mail/meeting-invite-mail.ts';
import { eventUrl } from '../http/public-urls.ts';
import type { JobContext } from '../jobs/send-reminders.ts';
import { organiserOf } from '../participants/apply-to-working-group.ts';
import { pollOf } from '../store/date-poll-items.ts';
import { getEventPage } from '../store/event-items.ts';
import { listGroupMembers } from '../store/group-member-items.ts';
import {
  itemsAwaitingMemberNotices,
  markMeetingNoticeQueued,
  storedMeetingOf,
} from '../store/meeting-items.ts';
import { queueMessageOnce } from '../store/outbox-items.ts';
import { invitePollMembers } from './date-poll-invitations.ts';
import { meetingInviteId } from './meeting-invite-id.ts';

/**
 * Tells every member of the group of a meeting's change: the invite (REQUEST) for a new date or a move, the CANCEL
 * for a cancellation. A group may have more members than one transaction holds, so the messages go out after the
 * change, each under an id naming the meeting's version and the member, which makes a second run send nothing twice;
 * the meeting stays marked until all are queued, and the scheduled jobs finish a run that was cut short.
 */
export async function notifyMeetingChange(
  context: JobContext,
  event: EventRecord,
  meeting: Meeting,
  kind: MeetingInviteKind,
): Promise<number> {
  if (!isScheduled(meeting)) {
    await markMeetingNoticeQueued(context.table, meeting);
    return 0;
  }
  const organisation = await organiserOf(context, event);
  const now = context.clock();
  const mail = { event, organisation, eventUrl: eventUrl(context.publicBaseUrl, event.id), now };
  const members = await listGroupMembers(context.table, event.id);
  for (const member of members) {
    await queueMessageOnce(context.table, {
      id: meetingInviteId(event.id, meeting, member),
      eventId: event.id,
      reason: kind === 'cancelled' ? 'meeting-cancelled' : 'meeting-invite',
      message: meetingInviteMail(kind, mail, meeting, member),
      createdAt: now.toISOString(),
    });
  }
  await markMeetingNoticeQueued(context.table, meeting);
  return members.length;
}

/** Finishes the members' notices of meetings and the invitations of date polls that a cut-short run left unqueued. */
export async function finishMemberNotices(context: JobContext): Promise<number> {
  let finished = 0;
  for (const item of await itemsAwaitingMemberNotices(context.table)) {
    const page = await getEventPage(context.table, String(item.eventId));
    if (!page) continue;
    if (item.type === 'date-poll') {
      await invitePollMembers(context, page.event, pollOf(item));
    } else {
      const { meeting, noticePending } = storedMeetingOf(item);
      if (noticePending) await notifyMeetingChange(context, page.event, meeting, noticePending);
    }
    finished += 1;
  }
  return finished;
}
