import type { EvaluationAnswers } from '#shared/evaluation/evaluation-answer-form.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * One anonymous answer to an event's evaluation, under a random id: PK = EVENT#<id>, SK = EVALANSWER#<answerId>.
 * It holds the answers and nothing else: no registration, address, token or time, so nobody can tell whose it is.
 */
export const evaluationAnswerKey = (eventId: string, answerId: string) => ({
  PK: eventPartition(eventId),
  SK: `${ANSWER_PREFIX}${answerId}`,
});
const ANSWER_PREFIX = 'EVALANSWER#';

export const keyDesign: KeyDesign = [evaluationAnswerKey('<id>', '<answerId>')];

const ANSWER_TYPE = 'evaluation-answer';

export const evaluationAnswerItem = (
  eventId: string,
  answerId: string,
  answers: EvaluationAnswers,
): Item => ({
  ...evaluationAnswerKey(eventId, answerId),
  type: ANSWER_TYPE,
  answers,
});

const shape: ItemShape<{ answers: EvaluationAnswers }> = { type: ANSWER_TYPE, required: { answers: 'map' } };

/** Every answer to the event's evaluation. */
export async function listEvaluationAnswers(table: Table, eventId: string): Promise<EvaluationAnswers[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :answers)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':answers': ANSWER_PREFIX },
    ConsistentRead: true,
  });
  return items.map((item) => checkedRecord(item, shape).answers);
}
