import type { AppContext } from '#context/app-context.ts';
import { auditWrites } from '#operations/organisers/audit-trail.ts';
import { organiserOf, participantMailContext } from '#operations/participants/participant-mail-context.ts';
import type { DatePoll, PollAnswer, PollOption } from '#shared/domain/date-poll.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import type { ScheduledMeeting } from '#shared/domain/meeting.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { noticeOfChange } from '#shared/working-group/meeting-series.ts';
import { eventStillPublished } from '#store/entities/event.ts';
import { getMeeting } from '#store/entities/meeting.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { transact } from '#store/table/send-transaction.ts';
import { closePollItem, newPollItems, pollResponseItems } from '#store/transactions/date-polls.ts';
import { meetingItem } from '#store/transactions/meetings.ts';
import { invitePollMembers } from './date-poll-invitations.ts';
import { meetingChange } from './meeting-changes.ts';
import { notifyMeetingChange } from './meeting-notices.ts';
import { meetingScheduledWebhook } from './meeting-webhook.ts';

/**
 * Opens a date poll for a meeting still to be decided and asks every member. `taken` when the meeting has a poll
 * already, or has meanwhile got a date or been cancelled; `group-cancelled` when the whole group has.
 */
export async function openDatePoll(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  meetingNumber: number,
  options: PollOption[],
): Promise<{ kind: 'sent'; told: number } | { kind: 'taken' } | { kind: 'group-cancelled' }> {
  const poll: DatePoll = {
    eventId: page.event.id,
    meetingNumber,
    options,
    status: 'open',
    createdAt: context.clock().toISOString(),
  };
  const change = meetingChange(page.event, meetingNumber, 'date-poll-opened');
  const audit = await auditWrites(context, organiser, change, page.event);
  const items = newPollItems(context.table, poll);
  const failed = await transact(context.table, [...items, ...audit]);
  // The group's check is the last of the poll's writes.
  if (failed === items.length - 1) return { kind: 'group-cancelled' };
  if (failed !== undefined) return { kind: 'taken' };
  return { kind: 'sent', told: await invitePollMembers(context, page.event, poll) };
}

/** Stores a member's answers, replacing any earlier ones; `closed` once the organisers have fixed the date. */
export async function answerDatePoll(
  context: AppContext,
  page: EventPage,
  member: GroupMember,
  poll: DatePoll,
  answers: Record<string, PollAnswer>,
): Promise<'saved' | 'closed'> {
  const { expiresAt } = erasureTimes(page.event, await organiserOf(context, page.event));
  const response = {
    eventId: poll.eventId,
    meetingNumber: poll.meetingNumber,
    memberId: member.memberId,
    answers,
    answeredAt: context.clock().toISOString(),
  };
  const failed = await transact(context.table, pollResponseItems(context.table, response, expiresAt));
  return failed === undefined ? 'saved' : 'closed';
}

export type FixDateOutcome =
  | { kind: 'fixed'; meeting: ScheduledMeeting; told: number }
  | { kind: 'closed' }
  | { kind: 'changed-meanwhile' }
  | { kind: 'group-cancelled' };

/**
 * "Fix this date": one transaction closes the poll and dates the meeting (if it is still the version the poll was
 * for, to be decided); then every member gets the invite, exactly as when an organiser sets a date by hand.
 */
export async function fixPollDate(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  poll: DatePoll,
  optionId: string,
): Promise<FixDateOutcome> {
  const option = poll.options.find(({ id }) => id === optionId);
  const stored = await getMeeting(context.table, poll.eventId, poll.meetingNumber);
  if (poll.status !== 'open' || !option) return { kind: 'closed' };
  // A meeting dated meanwhile is the store's to refuse (`toBeDecided`), as one dated while this runs must be.
  if (!stored || stored.meeting.cancelled) return { kind: 'changed-meanwhile' };
  const before = stored.meeting;
  const meeting: ScheduledMeeting = {
    ...before,
    startsAt: option.startsAt,
    endsAt: option.endsAt,
    sequence: before.sequence + 1,
  };
  const notice = noticeOfChange(before, meeting) ?? stored.noticePending;
  const change = meetingChange(page.event, poll.meetingNumber, 'meeting-date-fixed');
  const failed = await transact(context.table, [
    closePollItem(context.table, poll, option.id),
    meetingItem(context.table, meeting, { expectedSequence: before.sequence, notice, toBeDecided: true }),
    eventStillPublished(context.table, page.event.id),
    ...(await auditWrites(context, organiser, change, page.event)),
    ...(await meetingScheduledWebhook(context, page.event, meeting, notice)),
  ]);
  // By the element that refused: the poll, the meeting or the group.
  if (failed === 0) return { kind: 'closed' };
  if (failed === 2) return { kind: 'group-cancelled' };
  if (failed !== undefined) return { kind: 'changed-meanwhile' };
  const told = notice
    ? await notifyMeetingChange(context, await participantMailContext(context, page.event), meeting, notice)
    : 0;
  return { kind: 'fixed', meeting, told };
}
