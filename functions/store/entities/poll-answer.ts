import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { PollResponse } from '#shared/domain/date-poll.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign, KeyPlaceholder } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';
import { twoDigits } from './meeting.ts';

/**
 * A group member's answers to a date poll (`date-poll.ts`), in the event's partition:
 *   PK = EVENT#<id>, SK = POLLANSWER#<nn>#<memberId>       one member's answers; personal data, with `expiresAt`
 */
const answersOf = (number: number | KeyPlaceholder) => `POLLANSWER#${twoDigits(number)}#`;
export const answerKey = (eventId: string, number: number | KeyPlaceholder, memberId: string) => ({
  PK: eventPartition(eventId),
  SK: `${answersOf(number)}${memberId}`,
});

export const keyDesign: KeyDesign = [answerKey('<id>', '<nn>', '<memberId>')];

export function pollAnswerItem(response: PollResponse, expiresAt: number): Item {
  return {
    ...answerKey(response.eventId, response.meetingNumber, response.memberId),
    type: 'poll-answer',
    ...response,
    expiresAt,
  };
}

const shape: ItemShape<PollResponse> = {
  type: 'poll-answer',
  required: {
    eventId: 'string',
    meetingNumber: 'number',
    memberId: 'string',
    answers: 'map',
    answeredAt: 'string',
  },
};
const pollResponseOf = (item: Item) => checkedRecord(item, shape);

export async function listPollResponses(
  table: Table,
  eventId: string,
  number: number,
): Promise<PollResponse[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :answers)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':answers': answersOf(number) },
    ConsistentRead: true,
  });
  return items.map(pollResponseOf);
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
  return Item ? pollResponseOf(Item) : undefined;
}
