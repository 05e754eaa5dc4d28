import type { Meeting } from '../../shared/domain/meeting.ts';
import type { MeetingInviteKind } from '../../shared/mail/meeting-invite-mail.ts';
import type { MeetingFields } from '../../shared/working-group/meeting-form.ts';
import { nextMeetingNumber, noticeOfChange } from '../../shared/working-group/meeting-series.ts';
import type { AppContext } from '../http/app-context.ts';
import { transact } from '../store/application-items.ts';
import type { EventPage } from '../store/event-items.ts';
import { getMeeting, meetingItem } from '../store/meeting-items.ts';
import { notifyMeetingChange } from './meeting-notices.ts';

export type MeetingChangeOutcome =
  | { kind: 'saved'; meeting: Meeting; notice?: MeetingInviteKind; told: number }
  | { kind: 'changed-meanwhile' }
  | { kind: 'cancelled-already' }
  | { kind: 'full' };

/**
 * Saves an organiser's change to a meeting, if it is still the version they saw, and tells the members what their
 * calendars must follow. SEQUENCE goes up on every save: the feeds carry the agenda too.
 */
export async function changeMeeting(
  context: AppContext,
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
  return saveAndTell(context, page, after, expectedSequence, notice, stored.noticePending);
}

/** Adds the next meeting of the series, dated or to be decided; a dated one reaches the members' calendars. */
export async function addMeeting(
  context: AppContext,
  page: EventPage,
  fields: MeetingFields,
): Promise<MeetingChangeOutcome> {
  const number = nextMeetingNumber(page.meetings);
  if (number === undefined) return { kind: 'full' };
  const meeting: Meeting = { eventId: page.event.id, number, ...fields, sequence: 0 };
  return saveAndTell(context, page, meeting, undefined, noticeOfChange(undefined, meeting));
}

async function saveAndTell(
  context: AppContext,
  page: EventPage,
  meeting: Meeting,
  expectedSequence: number | undefined,
  notice: MeetingInviteKind | undefined,
  stillPending?: MeetingInviteKind,
): Promise<MeetingChangeOutcome> {
  const pending = notice ?? stillPending;
  const failed = await transact(context.table, [
    meetingItem(context.table, meeting, { expectedSequence, notice: pending }),
  ]);
  if (failed !== undefined) return { kind: 'changed-meanwhile' };
  const told = pending ? await notifyMeetingChange(context, page.event, meeting, pending) : 0;
  return { kind: 'saved', meeting, ...(notice ? { notice } : {}), told: notice ? told : 0 };
}
