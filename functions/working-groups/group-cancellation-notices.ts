import type { EventRecord } from '../../shared/domain/event.ts';
import { type GroupMember, membersOfApplication } from '../../shared/domain/group-member.ts';
import { isScheduled, meetingSequence } from '../../shared/domain/meeting.ts';
import { groupCancelledMail } from '../../shared/mail/decision-mail.ts';
import { meetingInviteMail } from '../../shared/mail/meeting-invite-mail.ts';
import { eventUrl } from '../http/public-urls.ts';
import type { JobContext } from '../jobs/send-reminders.ts';
import { organiserOf } from '../participants/apply-to-working-group.ts';
import { listReviewedApplications } from '../store/application-items.ts';
import { getEventPage } from '../store/event-items.ts';
import { listGroupMembers } from '../store/group-member-items.ts';
import { queueMessageOnce } from '../store/outbox-items.ts';
import { meetingInviteId } from './meeting-invite-id.ts';

/**
 * Tells the people of a cancelled working group, returning how many: every member gets a CANCEL for each dated
 * meeting still on, one message per meeting as with the invites (the same UID, the SEQUENCE one higher); the people
 * of applications still awaiting their decision, like members with no meeting in their calendar, get a short
 * notice. Those told no already hear nothing more. The ids are fixed, so a second run (the job finishing one cut
 * short) sends nobody anything twice.
 */
export async function notifyCancelledWorkingGroup(context: JobContext, event: EventRecord): Promise<number> {
  const meetings = (await getEventPage(context.table, event.id))?.meetings ?? [];
  const organisation = await organiserOf(context, event);
  const now = context.clock();
  const mail = { event, organisation, eventUrl: eventUrl(context.publicBaseUrl, event.id), now };
  const withdrawn = meetings.filter(isScheduled).filter((meeting) => !meeting.cancelled);
  const members = await listGroupMembers(context.table, event.id);
  const memberIds = new Set(members.map(({ memberId }) => memberId));
  const waiting = (await listReviewedApplications(context.table, event.id))
    .filter(({ application }) => application.status === 'submitted')
    .flatMap(({ application }) => membersOfApplication(application))
    .filter(({ memberId }) => !memberIds.has(memberId));
  const tellShortly = (person: GroupMember) =>
    queueMessageOnce(context.table, {
      id: `group-cancelled:${event.id}:${person.memberId}`,
      eventId: event.id,
      reason: 'event-cancelled',
      message: groupCancelledMail(mail, person),
      createdAt: now.toISOString(),
    });
  for (const member of members) {
    if (withdrawn.length === 0) await tellShortly(member);
    for (const meeting of withdrawn) {
      await queueMessageOnce(context.table, {
        id: meetingInviteId(
          event.id,
          { number: meeting.number, sequence: meetingSequence(meeting, event) },
          member,
        ),
        eventId: event.id,
        reason: 'meeting-cancelled',
        message: meetingInviteMail('group-cancelled', mail, meeting, member),
        createdAt: now.toISOString(),
      });
    }
  }
  for (const person of waiting) await tellShortly(person);
  return members.length + waiting.length;
}
