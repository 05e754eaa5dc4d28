import type { JobContext } from '#context/job-context.ts';
import { type GroupMember, membersOfApplication } from '#shared/domain/group-member.ts';
import { isScheduled } from '#shared/domain/meeting.ts';
import { groupCancelledMail } from '#shared/mail/decision-mail.ts';
import type { MeetingMailContext } from '#shared/mail/meeting-invite-mail.ts';
import { listReviewedApplications } from '#store/entities/application.ts';
import { listPolls } from '#store/entities/date-poll.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { transact } from '#store/table/send-transaction.ts';
import { closePollItem } from '#store/transactions/date-polls.ts';
import { queueMessageOnce } from '#store/transactions/outbox-queue.ts';
import { notifyMeetingChange } from './meeting-notices.ts';

/**
 * Ends a cancelled working group for its people, returning how many were told: its open date polls close (members
 * no longer see nor answer them, and nobody more is asked); every member gets a CANCEL for each dated meeting still
 * on, as a meeting's own cancellation sends it (the same UID, the SEQUENCE one higher); the people of applications
 * still awaiting their decision, like members with no meeting in their calendar, get a short notice. Those told no
 * already hear nothing more. The ids are fixed, so a second run (the job finishing one cut short) sends nobody
 * anything twice.
 */
export async function notifyCancelledWorkingGroup(
  context: JobContext,
  mail: MeetingMailContext,
): Promise<number> {
  const { event } = mail;
  for (const poll of await listPolls(context.table, event.id)) {
    // A poll closed meanwhile fails the condition, and stays as it is.
    if (poll.status === 'open') await transact(context.table, [closePollItem(context.table, poll)]);
  }
  const meetings = (await getEventPage(context.table, event.id))?.meetings ?? [];
  const withdrawn = meetings.filter(isScheduled).filter((meeting) => !meeting.cancelled);
  for (const meeting of withdrawn) await notifyMeetingChange(context, mail, meeting, 'group-cancelled');
  const members = await listGroupMembers(context.table, event.id);
  const memberIds = new Set(members.map(({ memberId }) => memberId));
  const waiting = (await listReviewedApplications(context.table, event.id))
    .filter(({ application }) => application.status === 'submitted')
    .flatMap(({ application }) => membersOfApplication(application))
    .filter(({ memberId }) => !memberIds.has(memberId));
  const toldShortly = withdrawn.length === 0 ? [...members, ...waiting] : waiting;
  for (const person of toldShortly) await tellShortly(context, mail, person);
  return members.length + waiting.length;
}

function tellShortly(context: JobContext, mail: MeetingMailContext, person: GroupMember): Promise<void> {
  return queueMessageOnce(context.table, {
    id: `group-cancelled:${mail.event.id}:${person.memberId}`,
    eventId: mail.event.id,
    reason: 'event-cancelled',
    message: groupCancelledMail(mail, person),
    createdAt: mail.now.toISOString(),
  });
}
