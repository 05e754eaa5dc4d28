import type { Meeting } from '#shared/domain/meeting.ts';
import type { MeetingInviteKind } from '#shared/mail/meeting-invite-mail.ts';
import { meetingKey, storedMeetingItem } from '#store/entities/meeting.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

/**
 * A transaction element that writes a meeting as it is after a change. A new meeting's number must be free; a
 * changed meeting must still have the SEQUENCE the organiser saw (`expectedSequence`) and not be cancelled, so of two
 * organisers saving at once one wins and the other is told, and nothing is lost; `toBeDecided` also needs it still
 * without a date. The item is replaced whole, so a change that brings no notice of its own passes on any still
 * pending.
 */
export function meetingItem(
  table: Table,
  meeting: Meeting,
  change: { expectedSequence?: number; notice?: MeetingInviteKind; toBeDecided?: boolean },
) {
  return {
    Put: {
      TableName: table.name,
      Item: storedMeetingItem({ meeting, ...(change.notice ? { noticePending: change.notice } : {}) }),
      ...(change.expectedSequence === undefined
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : {
            ConditionExpression: `#sequence = :expected AND attribute_not_exists(cancelled)${change.toBeDecided ? ' AND attribute_not_exists(startsAt)' : ''}`,
            ExpressionAttributeNames: { '#sequence': 'sequence' },
            ExpressionAttributeValues: { ':expected': change.expectedSequence },
          }),
    },
  };
}

/**
 * Clears the pending notice once every member's message is queued, unless the meeting changed again meanwhile (then
 * the newer change's notice is pending and its own fan-out clears it).
 */
export async function markMeetingNoticeQueued(table: Table, meeting: Meeting): Promise<void> {
  await updateIf(table, {
    Key: meetingKey(meeting.eventId, meeting.number),
    UpdateExpression: 'REMOVE noticePending, GSI1PK, GSI1SK',
    ConditionExpression: '#sequence = :sequence',
    ExpressionAttributeNames: { '#sequence': 'sequence' },
    ExpressionAttributeValues: { ':sequence': meeting.sequence },
  });
}
