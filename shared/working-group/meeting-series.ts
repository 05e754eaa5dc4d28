import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import type { MeetingInviteKind } from '#shared/mail/meeting-invite-mail.ts';

/** "5–7 regionala träffar": the plan's most; a series holds no more. */
export const MOST_MEETINGS_IN_A_SERIES = 7;

/** The number a new meeting gets, or undefined when the series is full. Cancelled meetings keep their numbers. */
export function nextMeetingNumber(meetings: readonly Pick<Meeting, 'number'>[]): number | undefined {
  const next = Math.max(0, ...meetings.map(({ number }) => number)) + 1;
  return next <= MOST_MEETINGS_IN_A_SERIES ? next : undefined;
}

/**
 * What the members must be told of a change: a meeting that gets its date is `scheduled`, a dated one whose time or
 * place changes is `moved`, a dated one called off is `cancelled`. Agendas and materials reach them through the
 * feed and the group page; a meeting without a date is in nobody's calendar, so its changes need no invite.
 */
export function noticeOfChange(before: Meeting | undefined, after: Meeting): MeetingInviteKind | undefined {
  const wasDated = before !== undefined && isScheduled(before) && !before.cancelled;
  if (after.cancelled) return wasDated ? 'cancelled' : undefined;
  if (!isScheduled(after)) return undefined;
  if (!wasDated) return 'scheduled';
  const moved =
    Date.parse(before.startsAt ?? '') !== Date.parse(after.startsAt) ||
    Date.parse(before.endsAt ?? '') !== Date.parse(after.endsAt) ||
    JSON.stringify(before.venue) !== JSON.stringify(after.venue);
  return moved ? 'moved' : undefined;
}
