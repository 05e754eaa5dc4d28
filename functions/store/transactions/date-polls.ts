import type { DatePoll, PollResponse } from '#shared/domain/date-poll.ts';
import { datePollItem, getPoll, noPollOpen, pollKey, pollStillOpen } from '#store/entities/date-poll.ts';
import { eventStillPublished } from '#store/entities/event.ts';
import { meetingKey } from '#store/entities/meeting.ts';
import { pollAnswerItem } from '#store/entities/poll-answer.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

/**
 * The writes that open a poll: the poll (one per meeting), a check that the meeting is still to be decided and not
 * cancelled, and one that the group is still on, in one transaction.
 */
export function newPollItems(table: Table, poll: DatePoll) {
  return [
    {
      Put: {
        TableName: table.name,
        Item: datePollItem(poll),
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

/** The writes of a member's answers: replacing their earlier ones, only while the poll is open. */
export function pollResponseItems(table: Table, response: PollResponse, expiresAt: number) {
  return [
    pollStillOpen(table, response.eventId, response.meetingNumber),
    { Put: { TableName: table.name, Item: pollAnswerItem(response, expiresAt) } },
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
        ':open': 'open',
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
  return noPollOpen(table, eventId, meetingNumber);
}

/** The poll's invitations are all queued: the jobs need not look at it again. */
export async function markPollInvitesQueued(table: Table, poll: DatePoll): Promise<void> {
  await updateIf(table, {
    Key: pollKey(poll.eventId, poll.meetingNumber),
    UpdateExpression: 'REMOVE invitesPending, GSI1PK, GSI1SK',
    ConditionExpression: 'attribute_exists(PK)',
  });
}
