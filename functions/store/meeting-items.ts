import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { MeetingInviteKind } from '#shared/mail/meeting-invite-mail.ts';
import { meetingKey, meetingOf } from './event-items.ts';
import type { Item } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';
import { TABLE_LAYOUT } from './table/table-layout.ts';

/**
 * A working group's meeting lives in its event's page collection (PK = EVENT#<id>, SK = #MEETING#<nn>, see
 * event-items.ts). While the members have not all been told of its latest change it also carries
 *   noticePending = scheduled | moved | cancelled,  GSI1PK = MEETING-NOTICES#pending,  GSI1SK = <eventId>#MEETING#<nn>
 * so the scheduled jobs find a fan-out that was cut short. Date polls awaiting their invitations share that list.
 */
export const MEETING_NOTICES_PENDING = 'MEETING-NOTICES#pending';

export interface StoredMeeting {
  meeting: Meeting;
  noticePending?: MeetingInviteKind;
}

export async function getMeeting(
  table: Table,
  eventId: string,
  number: number,
): Promise<StoredMeeting | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: meetingKey(eventId, number), ConsistentRead: true }),
  );
  return Item ? storedMeetingOf(Item) : undefined;
}

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
  const pending = change.notice
    ? {
        noticePending: change.notice,
        GSI1PK: MEETING_NOTICES_PENDING,
        GSI1SK: `${meeting.eventId}#MEETING#${String(meeting.number).padStart(2, '0')}`,
      }
    : {};
  return {
    Put: {
      TableName: table.name,
      Item: { ...meetingKey(meeting.eventId, meeting.number), type: 'meeting', ...meeting, ...pending },
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
  try {
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: meetingKey(meeting.eventId, meeting.number),
        UpdateExpression: 'REMOVE noticePending, GSI1PK, GSI1SK',
        ConditionExpression: '#sequence = :sequence',
        ExpressionAttributeNames: { '#sequence': 'sequence' },
        ExpressionAttributeValues: { ':sequence': meeting.sequence },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** Meetings and date polls whose members have not all been told yet, as their items. */
export async function itemsAwaitingMemberNotices(table: Table): Promise<Item[]> {
  return queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :pending',
    ExpressionAttributeValues: { ':pending': MEETING_NOTICES_PENDING },
  });
}

export function storedMeetingOf(item: Item): StoredMeeting {
  const noticePending = item.noticePending as MeetingInviteKind | undefined;
  return { meeting: meetingOf(item), ...(noticePending ? { noticePending } : {}) };
}
