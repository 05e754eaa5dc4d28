import type { JobContext } from '#context/job-context.ts';
import { participantMailContext } from '#operations/participants/participant-mail-context.ts';
import type { DatePoll } from '#shared/domain/date-poll.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { datePollMail } from '#shared/mail/date-poll-mail.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { transact } from '#store/table/send-transaction.ts';
import { markPollInvitesQueued } from '#store/transactions/date-polls.ts';
import { queueMessage } from '#store/transactions/outbox-queue.ts';
import { newMemberLink } from './member-links.ts';

/**
 * Asks every member of the group to answer a date poll, each through a fresh link of their own written in the same
 * transaction as the message: a second run finds the message there and writes neither again. The poll stays marked
 * until all are queued, and the scheduled jobs finish a run that was cut short; a poll closed meanwhile, or of a
 * group cancelled meanwhile (its cancellation closes its polls), asks no one.
 */
export async function invitePollMembers(
  context: JobContext,
  event: EventRecord,
  poll: DatePoll,
): Promise<number> {
  if (poll.status !== 'open' || event.status === 'cancelled') {
    await markPollInvitesQueued(context.table, poll);
    return 0;
  }
  const mail = await participantMailContext(context, event);
  const { expiresAt } = erasureTimes(event, mail.organisation);
  const createdAt = mail.now.toISOString();
  const members = await listGroupMembers(context.table, event.id);
  for (const member of members) {
    const link = newMemberLink(context.table, context.publicBaseUrl, member, expiresAt);
    const failed = await transact(context.table, [
      link.item,
      queueMessage(context.table, {
        id: `poll:${event.id}:${String(poll.meetingNumber).padStart(2, '0')}:${member.memberId}`,
        eventId: event.id,
        reason: 'date-poll',
        message: datePollMail(mail, poll, member, link.pageUrl),
        createdAt,
      }),
    ]);
    // The message is there already: an earlier run asked this member.
    if (failed !== undefined && failed !== 1)
      throw new Error(`asking ${member.memberId} failed at element ${failed}`);
  }
  await markPollInvitesQueued(context.table, poll);
  return members.length;
}
