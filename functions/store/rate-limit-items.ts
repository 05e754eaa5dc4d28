import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table/table.ts';

/**
 * A rate-limit counter: one per scope, subject and fixed window, shared by every Lambda instance.
 *   PK = RATE#<scope>#<sha256(subject)>#<window number>, SK = RATE; `hits`; `expiresAt` an hour after the window
 * The subject (a client address, an e-mail address) appears only hashed.
 */
export interface RateCounter {
  scope: string;
  subjectHash: string;
  window: number;
  limit: number;
  /** Epoch seconds; DynamoDB's TTL erases the counter. */
  expiresAt: number;
}

/**
 * Counts one request, unless the window's limit is reached: false then, and nothing is counted. One conditional
 * update, so instances counting at once never let more than `limit` through.
 */
export async function countRequest(table: Table, counter: RateCounter): Promise<boolean> {
  try {
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: {
          PK: `RATE#${counter.scope}#${counter.subjectHash}#${counter.window}`,
          SK: 'RATE',
        },
        UpdateExpression: 'ADD hits :one SET #type = :type, expiresAt = :expiresAt',
        ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':limit': counter.limit,
          ':type': 'rate-counter',
          ':expiresAt': counter.expiresAt,
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
