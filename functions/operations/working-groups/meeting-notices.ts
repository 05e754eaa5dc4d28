import type { JobContext } from '#context/job-context.ts';
import { participantMailContext } from '#operations/participants/participant-mail-context.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import {
  type MeetingMailContext,
  type MeetingMailKind,
  meetingInviteMail,
} from '#shared/mail/meeting-invite-mail.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { awaitingMemberNotices } from '#store/reads/member-notices.ts';
import { markMeetingNoticeQueued } from '#store/transactions/meetings.ts';
import { queueMessageOnce } from '#store/transactions/outbox-queue.ts';
import { invitePollMembers } from './date-poll-invitations.ts';
import { meetingInviteId } from './meeting-invite-id.ts';

/**
 * Tells every member of the group of a meeting's change: the invite (REQUEST) for a new date or a move, the CANCEL
 * for a cancellation, of the meeting or of the whole group. A group may have more members than one transaction
 * holds, so the messages go out after the change, each under an id naming the meeting's version and the member,
 * which makes a second run send nothing twice; the meeting stays marked until all are queued, and the scheduled
 * jobs finish a run that was cut short.
 */
export async function notifyMeetingChange(
  context: JobContext,
  mail: MeetingMailContext,
  meeting: Meeting,
  kind: MeetingMailKind,
): Promise<number> {
  if (!isScheduled(meeting)) {
    await markMeetingNoticeQueued(context.table, meeting);
    return 0;
  }
  const { event } = mail;
  const members = await listGroupMembers(context.table, event.id);
  for (const member of members) {
    await queueMessageOnce(context.table, {
      id: meetingInviteId(event, meeting, member),
      eventId: event.id,
      reason: kind === 'scheduled' || kind === 'moved' ? 'meeting-invite' : 'meeting-cancelled',
      message: meetingInviteMail(kind, mail, meeting, member),
      createdAt: mail.now.toISOString(),
    });
  }
  await markMeetingNoticeQueued(context.table, meeting);
  return members.length;
}

/** Finishes the members' notices of meetings and the invitations of date polls that a cut-short run left unqueued. */
export async function finishMemberNotices(context: JobContext): Promise<number> {
  let finished = 0;
  for (const awaiting of await awaitingMemberNotices(context.table)) {
    const page = await getEventPage(
      context.table,
      'poll' in awaiting ? awaiting.poll.eventId : awaiting.stored.meeting.eventId,
    );
    if (!page) continue;
    if ('poll' in awaiting) {
      await invitePollMembers(context, page.event, awaiting.poll);
    } else {
      const { meeting, noticePending } = awaiting.stored;
      // In a cancelled group a meeting still on is withdrawn, whatever was pending: the same CANCEL its cancellation sends.
      const kind =
        page.event.status === 'cancelled' && !meeting.cancelled ? 'group-cancelled' : noticePending;
      if (kind)
        await notifyMeetingChange(context, await participantMailContext(context, page.event), meeting, kind);
    }
    finished += 1;
  }
  return finished;
}
