import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DatePoll, PollResponse } from '#shared/domain/date-poll.ts';
import { eventStillPublished, meetingKey } from './event-items.ts';
import { MEETING_NOTICES_PENDING } from './meeting-items.ts';
import { type Item, recordOf } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';

/**
 * A meeting's date poll and the members' answers, in the event's partition:
 *   PK = EVENT#<id>, SK = POLL#<nn>                        the proposed times; `status` open or closed
 *   PK = EVENT#<id>, SK = POLLANSWER#<nn>#<memberId>       one member's answers; personal data, with `expiresAt`
 * While the members' invitations are not all queued the poll carries `invitesPending` and
 * GSI1PK = MEETING-NOTICES#pending, GSI1SK = <eventId>#POLL#<nn>, so the scheduled jobs finish a cut-short run.
 */
const two = (number: number) => String(number).padStart(2, '0');
const pollKey = (eventId: string, number: number) => ({ PK: `EVENT#${eventId}`, SK: `POLL#${two(number)}` });
const answerKey = (eventId: string, number: number, memberId: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `POLLANSWER#${two(number)}#${memberId}`,
});
const OPEN = { ':open': 'open' };

/**
 * The writes that open a poll: the poll (one per meeting), a check that the meeting is still to be decided and not
 * cancelled, and one that the group is still on, in one transaction.
 */
export function newPollItems(table: Table, poll: DatePoll) {
  return [
    {
      Put: {
        TableName: table.name,
        Item: {
          ...pollKey(poll.eventId, poll.meetingNumber),
          type: 'date-poll',
          ...poll,
          invitesPending: true,
          GSI1PK: MEETING_NOTICES_PENDING,
          GSI1SK: `${poll.eventId}#POLL#${two(poll.meetingNumber)}`,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    {
      ConditionCheck: {
        TableName: table.name,
        Key: meetingKey(poll.eventId, poll.meetingNumber),
        ConditionExpression:
          'attribute_exists(PK) AND attribute_not_exists(startsAt) AND attribute_not_exists(cancelled)',
      },
    },
    eventStillPublished(table, poll.eventId),
  ];
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
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':polls': 'POLL#' },
    ConsistentRead: true,
  });
  return items.map(pollOf);
}

export async function listPollResponses(
  table: Table,
  eventId: string,
  number: number,
): Promise<PollResponse[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :answers)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':answers': `POLLANSWER#${two(number)}#` },
    ConsistentRead: true,
  });
  return items.map((item) => recordOf<PollResponse>(item));
}

export async function getPollResponse(
  table: Table,
  eventId: string,
  number: number,
  memberId: string,
): Promise<PollResponse | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: answerKey(eventId, number, memberId),
      ConsistentRead: true,
    }),
  );
  return Item ? recordOf<PollResponse>(Item) : undefined;
}

/** The writes of a member's answers: replacing their earlier ones, only while the poll is open. */
export function pollResponseItems(table: Table, response: PollResponse, expiresAt: number) {
  return [
    {
      ConditionCheck: {
        TableName: table.name,
        Key: pollKey(response.eventId, response.meetingNumber),
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: OPEN,
      },
    },
    {
      Put: {
        TableName: table.name,
        Item: {
          ...answerKey(response.eventId, response.meetingNumber, response.memberId),
          type: 'poll-answer',
          ...response,
          expiresAt,
        },
      },
    },
  ];
}

/**
 * A transaction element that closes an open poll: on the time the organisers fixed from it (`optionId`), or without
 * one when they dated or cancelled the meeting by hand.
 */
export function closePollItem(table: Table, poll: DatePoll, optionId?: string) {
  return {
    Update: {
      TableName: table.name,
      Key: pollKey(poll.eventId, poll.meetingNumber),
      UpdateExpression: optionId ? 'SET #status = :closed, fixedOptionId = :option' : 'SET #status = :closed',
      ConditionExpression: '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ...OPEN,
        ':closed': 'closed',
        ...(optionId ? { ':option': optionId } : {}),
      },
    },
  };
}

/**
 * The transaction element that ends a meeting's date poll along with a change that dates or cancels the meeting by
 * hand: it closes the poll that is open, or, when there is none, checks that none was opened meanwhile (else the
 * change fails, and the organiser sees the poll and tries again).
 */
export async function pollEndingItem(table: Table, eventId: string, meetingNumber: number) {
  const poll = await getPoll(table, eventId, meetingNumber);
  if (poll?.status === 'open') return closePollItem(table, poll);
  return {
    ConditionCheck: {
      TableName: table.name,
      Key: pollKey(eventId, meetingNumber),
      ConditionExpression: 'attribute_not_exists(PK) OR #status <> :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: OPEN,
    },
  };
}

/** The poll's invitations are all queued: the jobs need not look at it again. */
export async function markPollInvitesQueued(table: Table, poll: DatePoll): Promise<void> {
  try {
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: pollKey(poll.eventId, poll.meetingNumber),
        UpdateExpression: 'REMOVE invitesPending, GSI1PK, GSI1SK',
        ConditionExpression: 'attribute_exists(PK)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

export function pollOf(item: Item): DatePoll {
  return recordOf<DatePoll>(item, ['invitesPending']);
}
