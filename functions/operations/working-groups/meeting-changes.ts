import type { AppContext } from '#context/app-context.ts';
import { auditWrites, partChange } from '#operations/organisers/audit-trail.ts';
import { participantMailContext } from '#operations/participants/participant-mail-context.ts';
import type { AuditAction } from '#shared/domain/audit-entry.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import type { MeetingInviteKind } from '#shared/mail/meeting-invite-mail.ts';
import type { MeetingFields } from '#shared/working-group/meeting-form.ts';
import { nextMeetingNumber, noticeOfChange } from '#shared/working-group/meeting-series.ts';
import { eventStillPublished } from '#store/entities/event.ts';
import { getMeeting } from '#store/entities/meeting.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { transact } from '#store/table/send-transaction.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { pollEndingItem } from '#store/transactions/date-polls.ts';
import { meetingItem } from '#store/transactions/meetings.ts';
import { notifyMeetingChange } from './meeting-notices.ts';
import { meetingScheduledWebhook } from './meeting-webhook.ts';

export type MeetingChangeOutcome =
  | { kind: 'saved'; meeting: Meeting; notice?: MeetingInviteKind; told: number }
  | { kind: 'changed-meanwhile' }
  | { kind: 'cancelled-already' }
  | { kind: 'group-cancelled' }
  | { kind: 'full' };

/**
 * A change of a meeting as the audit trail names it: by its number with the group's title (one organisation may run
 * several groups), under an id unique on the trail.
 */
export const meetingChange = (
  event: Pick<EventRecord, 'id' | 'title' | 'language'>,
  number: number,
  action: AuditAction,
) =>
  partChange(
    'meeting',
    `${event.id}/${number}`,
    `${messagesFor(event.language).meetingNumber(number)}, ${event.title}`,
    action,
  );

/**
 * Saves an organiser's change to a meeting, if it is still the version they saw, and tells the members what their
 * calendars must follow. SEQUENCE goes up on every save: the feeds carry the agenda too. A meeting dated or
 * cancelled by hand needs its date poll no more: the poll closes in the same transaction, so members stop seeing
 * and answering it.
 */
export async function changeMeeting(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  before: Meeting,
  expectedSequence: number,
  change: MeetingFields | { cancelled: true },
): Promise<MeetingChangeOutcome> {
  const stored = await getMeeting(context.table, page.event.id, before.number);
  if (!stored) return { kind: 'changed-meanwhile' };
  if (stored.meeting.cancelled) return { kind: 'cancelled-already' };
  const { eventId, number } = stored.meeting;
  const after: Meeting =
    'cancelled' in change
      ? { ...stored.meeting, cancelled: true, sequence: expectedSequence + 1 }
      : { eventId, number, ...change, sequence: expectedSequence + 1 };
  const notice = noticeOfChange(stored.meeting, after);
  const action = after.cancelled ? 'meeting-cancelled' : 'meeting-changed';
  const also = [
    ...(isScheduled(after) || after.cancelled ? [await pollEndingItem(context.table, eventId, number)] : []),
    ...(await auditWrites(context, organiser, meetingChange(page.event, number, action), page.event)),
  ];
  return saveAndTell(
    context,
    page,
    after,
    { expectedSequence, notice, stillPending: stored.noticePending },
    also,
  );
}

/** Adds the next meeting of the series, dated or to be decided; a dated one reaches the members' calendars. */
export async function addMeeting(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  fields: MeetingFields,
): Promise<MeetingChangeOutcome> {
  const number = nextMeetingNumber(page.meetings);
  if (number === undefined) return { kind: 'full' };
  const meeting: Meeting = { eventId: page.event.id, number, ...fields, sequence: 0 };
  const audit = await auditWrites(
    context,
    organiser,
    meetingChange(page.event, number, 'meeting-added'),
    page.event,
  );
  return saveAndTell(context, page, meeting, { notice: noticeOfChange(undefined, meeting) }, audit);
}

/**
 * Writes the meeting with what goes with it (`also`: its poll's end, its audit entries) while the group is on, then
 * tells the members.
 */
async function saveAndTell(
  context: AppContext,
  page: EventPage,
  meeting: Meeting,
  change: { expectedSequence?: number; notice?: MeetingInviteKind; stillPending?: MeetingInviteKind },
  also: TransactItem[],
): Promise<MeetingChangeOutcome> {
  const { notice } = change;
  const pending = notice ?? change.stillPending;
  const failed = await transact(context.table, [
    eventStillPublished(context.table, page.event.id),
    meetingItem(context.table, meeting, { expectedSequence: change.expectedSequence, notice: pending }),
    ...also,
    ...(await meetingScheduledWebhook(context, page.event, meeting, notice)),
  ]);
  if (failed === 0) return { kind: 'group-cancelled' };
  if (failed !== undefined) return { kind: 'changed-meanwhile' };
  const told = pending
    ? await notifyMeetingChange(context, await participantMailContext(context, page.event), meeting, pending)
    : 0;
  return { kind: 'saved', meeting, ...(notice ? { notice } : {}), told: notice ? told : 0 };
}
