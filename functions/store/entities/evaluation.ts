import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Evaluation } from '#shared/evaluation/evaluation.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * An event's evaluation as its organiser set it up (audience, closing time, questions) and how many have answered,
 * counted in each answer's transaction: PK = EVENT#<id>, SK = #EVALUATION. It holds nothing about anyone.
 */
export const evaluationKey = (eventId: string) => ({ PK: eventPartition(eventId), SK: '#EVALUATION' });

export const keyDesign: KeyDesign = [evaluationKey('<id>')];

export const EVALUATION_ITEM_TYPE = 'evaluation';

const shape: ItemShape<Evaluation> = {
  type: EVALUATION_ITEM_TYPE,
  required: { eventId: 'string', audience: 'string', closesAt: 'string', answerCount: 'number' },
  optional: { invitationsFrom: 'string', questions: 'list', questionsVersion: 'number' },
};

export async function getEvaluation(table: Table, eventId: string): Promise<Evaluation | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: evaluationKey(eventId), ConsistentRead: true }),
  );
  return Item ? checkedRecord(Item, shape) : undefined;
}
