import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DatePoll } from '#shared/domain/date-poll.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign, KeyPlaceholder } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';
import { MEETING_NOTICES_PENDING, twoDigits } from './meeting.ts';

/**
 * A meeting's date poll, in the event's partition:
 *   PK = EVENT#<id>, SK = POLL#<nn>      the proposed times; `status` open or closed
 * While the members' invitations are not all queued the poll carries `invitesPending` and
 * GSI1PK = MEETING-NOTICES#pending, GSI1SK = <eventId>#POLL#<nn>, so the scheduled jobs finish a cut-short run.
 * The members' answers are items of their own (`poll-answer.ts`).
 */
const POLL_PREFIX = 'POLL#';
export const pollKey = (eventId: string, number: number | KeyPlaceholder) => ({
  PK: eventPartition(eventId),
  SK: `${POLL_PREFIX}${twoDigits(number)}`,
});
export const pollInvitesKey = (eventId: string, number: number | KeyPlaceholder) => ({
  GSI1PK: MEETING_NOTICES_PENDING,
  GSI1SK: `${eventId}#${POLL_PREFIX}${twoDigits(number)}`,
});

export const keyDesign: KeyDesign = [
  { ...pollKey('<id>', '<nn>'), gsi1: [pollInvitesKey('<eventId>', '<nn>')] },
];

export const DATE_POLL_TYPE = 'date-poll';

/** A new poll, marked until every member's invitation is queued. */
export function datePollItem(poll: DatePoll): Item {
  return {
    ...pollKey(poll.eventId, poll.meetingNumber),
    type: DATE_POLL_TYPE,
    ...poll,
    invitesPending: true,
    ...pollInvitesKey(poll.eventId, poll.meetingNumber),
  };
}

const shape: ItemShape<DatePoll> = {
  type: DATE_POLL_TYPE,
  required: {
    eventId: 'string',
    meetingNumber: 'number',
    options: 'list',
    status: 'string',
    createdAt: 'string',
  },
  optional: { fixedOptionId: 'string' },
  hidden: ['invitesPending'],
};
export const pollOf = (item: Item) => checkedRecord(item, shape);

/** A transaction element that lets the transaction through only while the poll is open. */
export function pollStillOpen(table: Table, eventId: string, number: number) {
  return {
    ConditionCheck: {
      TableName: table.name,
      Key: pollKey(eventId, number),
      ConditionExpression: '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':open': 'open' },
    },
  };
}

/** A transaction element that holds while the meeting has no open poll: none at all, or a closed one. */
export function noPollOpen(table: Table, eventId: string, number: number) {
  return {
    ConditionCheck: {
      TableName: table.name,
      Key: pollKey(eventId, number),
      ConditionExpression: 'attribute_not_exists(PK) OR #status <> :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':open': 'open' },
    },
  };
}

export async function getPoll(table: Table, eventId: string, number: number): Promise<DatePoll | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: pollKey(eventId, number), ConsistentRead: true }),
  );
  return Item ? pollOf(Item) : undefined;
}

export async function listPolls(table: Table, eventId: string): Promise<DatePoll[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :polls)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':polls': POLL_PREFIX },
    ConsistentRead: true,
  });
  return items.map(pollOf);
}
